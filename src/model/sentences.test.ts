import { describe, expect, it } from 'vitest';
import { CLAIM_PREDICATE_DEFINITIONS, PREDICATE_DEFINITIONS } from '../schema/vocabulary';
import { loadModel } from './loadModel';
import {
  agreeVerb,
  describeClaimSentence,
  describeRelationSentence,
  joinSentence,
  readPredicate,
} from './sentences';
import { buildTestGraph } from './testGraph';

const ALL_PREDICATES = [...PREDICATE_DEFINITIONS, ...CLAIM_PREDICATE_DEFINITIONS];

/** One relation per predicate, from a plural subject (a group) to a singular object. */
function modelWithEveryPredicate() {
  return loadModel(
    buildTestGraph({
      sources: ['s1'],
      entities: [
        { id: 'engineers', label: 'Engineers in China', type: 'group' },
        { id: 'data', label: 'US user data', type: 'data_asset' },
        { id: 'tiktok', label: 'TikTok' },
      ],
      relations: ALL_PREDICATES.map((p) => ({
        id: `r-${p.id}`,
        subject: p.id === 'owns' ? 'tiktok' : 'engineers',
        predicate: p.id,
        object: 'data',
        sources: ['s1'],
      })),
    }),
  );
}

describe('agreeVerb', () => {
  it('puts a leading was, is or has in the plural, and nothing else', () => {
    expect(agreeVerb('was part of', true)).toBe('were part of');
    expect(agreeVerb('is based in', true)).toBe('are based in');
    expect(agreeVerb('has access to', true)).toBe('have access to');
    expect(agreeVerb('had access to', true)).toBe('had access to');
    expect(agreeVerb('washed', true)).toBe('washed');
    expect(agreeVerb('was part of', false)).toBe('was part of');
  });
});

describe('every predicate of the vocabulary', () => {
  const model = modelWithEveryPredicate();
  const indexOf = (id: string) => model.edges.ids.indexOf(`r-${id}`);

  it.each(ALL_PREDICATES.map((p) => [p.id, p] as const))('%s reads both ways', (_, p) => {
    if (!p.readings) throw new Error(`${p.id} has no readings`);
    const e = indexOf(p.id);
    const active = describeRelationSentence(model, e, 'active');
    const passive = describeRelationSentence(model, e, 'passive');
    const subject = p.id === 'owns' ? 'TikTok' : 'Engineers in China';
    expect(active.first).toBe(subject);
    expect(active.second).toBe('US user data');
    expect(passive.first).toBe('US user data');
    expect(passive.second).toBe(subject);
    // Past tense, agreeing with a plural subject: never a present "is/has" or a singular "was".
    expect(active.verb).not.toMatch(/^(is|are|has|have)\b/);
    if (p.id !== 'owns') expect(active.verb).not.toMatch(/^was\b/);
    expect(passive.verb).not.toMatch(/^(is|are|has|have)\b/);
    expect(passive.verb).not.toMatch(/^were\b/);
    // "stated" introduces what was said rather than naming a thing.
    expect(active.verb).toBe(
      p.id === 'stated' ? 'stated that' : agreeVerb(p.readings.active, p.id !== 'owns'),
    );
    expect(passive.verb).toBe(p.readings.passive);
  });

  it('reads exactly as written for a few', () => {
    const read = (id: string, voice: 'active' | 'passive') =>
      joinSentence(describeRelationSentence(model, indexOf(id), voice));
    expect(read('has_access_to', 'active')).toBe('Engineers in China had access to US user data');
    expect(read('has_access_to', 'passive')).toBe(
      'US user data was accessible to Engineers in China',
    );
    expect(read('part_of', 'active')).toBe('Engineers in China were part of US user data');
    expect(read('owns', 'passive')).toBe('US user data was owned by TikTok');
    expect(read('held', 'passive')).toBe('US user data was held by Engineers in China');
  });
});

describe('a predicate without readings', () => {
  it('reads by its label, subject first, from either end', () => {
    expect(readPredicate(null, 'lobbied', 'passive')).toEqual({ verb: 'lobbied', voice: 'active' });
    const graph = buildTestGraph({
      sources: ['s1'],
      entities: [{ id: 'acme' }, { id: 'senate' }],
      relations: [
        { id: 'r', subject: 'acme', predicate: 'lobbied', object: 'senate', sources: ['s1'] },
      ],
    });
    const model = loadModel(graph);
    expect(model.predicates.readings[model.predicates.index.get('lobbied') ?? -1]).toBeNull();
    expect(joinSentence(describeRelationSentence(model, 0, 'passive'))).toBe('acme lobbied senate');
  });
});

describe('describeClaimSentence', () => {
  it('does not repeat the claimant its label starts with', () => {
    expect(describeClaimSentence('TikTok', 'TikTok: US data stays in the US')).toBe(
      'TikTok stated that US data stays in the US',
    );
    expect(
      describeClaimSentence('Donald Trump', "Trump: TikTok's data collection could give access"),
    ).toBe("Donald Trump stated that TikTok's data collection could give access");
  });

  it('keeps a tag naming something else, and quotes, after a colon', () => {
    expect(describeClaimSentence('An author', 'Headline: "TikTok data accessed"')).toBe(
      'An author stated: Headline: "TikTok data accessed"',
    );
    expect(describeClaimSentence('A member', '"Everything is seen in China"')).toBe(
      'A member stated: "Everything is seen in China"',
    );
  });

  it('lowers a common first word after "that", never a name', () => {
    expect(describeClaimSentence('BuzzFeed News', 'The recordings paint a picture')).toBe(
      'BuzzFeed News stated that the recordings paint a picture',
    );
    expect(describeClaimSentence('TikTok', 'USDS was created in May')).toBe(
      'TikTok stated that USDS was created in May',
    );
    expect(describeClaimSentence('An author', 'Chinese laws indicate CCP access')).toBe(
      'An author stated that Chinese laws indicate CCP access',
    );
  });
});
