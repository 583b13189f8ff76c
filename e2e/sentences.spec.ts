// Every sentence the explorer writes about the bundled corpus (data/), from either end of every
// relation, checked against readings written out here by hand: tense, number and no claimant said
// twice (issue 17, "Words and dates"). It reads the corpus the app serves, as compiled for it.
import type { APIRequestContext } from '@playwright/test';
import { loadModel } from '../src/model/loadModel';
import { describeRelationSentence, joinSentence, type Sentence } from '../src/model/sentences';
import type { CompiledGraph } from '../src/schema/compiledGraph';
import { detailsPanel, expect, openExplorer, test } from './fixtures';

/** Subject first and object first, singular; "was" turns to "were" after the plurals below. */
const EXPECTED_READINGS: Record<string, [active: string, passive: string]> = {
  has_access_to: ['had access to', 'was accessible to'],
  owns: ['owned', 'was owned by'],
  held: ['held', 'was held by'],
  employed_by: ['was employed by', 'employed'],
  based_in: ['was based in', 'was home to'],
  part_of: ['was part of', 'included'],
  participated_in: ['took part in', 'involved'],
  signed: ['signed', 'was signed by'],
  revoked: ['revoked', 'was revoked by'],
  targets: ['targeted', 'was targeted by'],
  enacted: ['enacted', 'was enacted by'],
  testified_at: ['testified at', 'heard testimony from'],
  recorded: ['recorded', 'was recorded in'],
  threatened_to_ban: ['threatened to ban', 'was threatened with a ban by'],
  not_hosted_in: ['was not hosted in', 'did not host'],
};

/** The labels of the corpus that name several things, listed by a reader. */
const PLURAL_LABELS = new Set([
  'Central Beijing offices',
  'China-based employees',
  'Chinese organisations and individuals',
  'Engineers in China',
  'Internal TikTok meetings (80+, Sept 2021 – Jan 2022)',
  'Internal and external security specialists',
  'Internet applications controlled by foreign entities',
  'Lawmakers',
  'Leaked recordings of internal TikTok meetings',
  'Project Texas consultants (task force)',
  'TikTok and ByteDance internal tools',
  'TikTok employees heard in the recordings',
  "TikTok's US users",
  "TikTok's data centers (US and Singapore)",
  'US-based TikTok employees',
]);

const inNumber = (verb: string, label: string): string =>
  PLURAL_LABELS.has(label) ? verb.replace(/^was\b/, 'were') : verb;

interface Reading {
  predicate: string;
  active: Sentence;
  passive: Sentence;
}

/** Every relation of the served corpus, read from both ends. */
async function readServedCorpus(request: APIRequestContext): Promise<Reading[]> {
  const response = await request.get('./corpus.json');
  expect(response.ok()).toBe(true);
  const model = loadModel((await response.json()) as CompiledGraph);
  return Array.from({ length: model.edges.count }, (_, e) => ({
    predicate: model.predicates.ids[model.edges.predicate[e] ?? 0] ?? '',
    active: describeRelationSentence(model, e, 'active'),
    passive: describeRelationSentence(model, e, 'passive'),
  }));
}

test.describe('the bundled corpus, in sentences', () => {
  let sentences: Reading[] = [];
  test.beforeEach(async ({ request }) => {
    sentences = await readServedCorpus(request);
  });

  test('reads every relation of a dozen predicates as expected, both ways', () => {
    const checked = new Set<string>();
    for (const { predicate, active, passive } of sentences) {
      const expected = EXPECTED_READINGS[predicate];
      if (!expected) continue;
      checked.add(predicate);
      expect(active.verb).toBe(inNumber(expected[0], active.first));
      expect(passive.verb).toBe(inNumber(expected[1], passive.first));
    }
    expect([...checked].sort()).toEqual(Object.keys(EXPECTED_READINGS).sort());
  });

  test('puts every "was" in the number of its subject', () => {
    for (const { active, passive } of sentences) {
      for (const sentence of [active, passive]) {
        const head = /^(was|were)\b/.exec(sentence.verb)?.[1];
        if (head)
          expect(`${sentence.first}: ${head}`).toBe(
            `${sentence.first}: ${inNumber('was', sentence.first)}`,
          );
        expect(sentence.verb).not.toMatch(/^(is|are|has|have)\b/);
      }
    }
  });

  test('never repeats the claimant of a statement', () => {
    const stated = sentences.filter((s) => s.predicate === 'stated');
    expect(stated.length).toBeGreaterThan(20);
    for (const { active } of stated) {
      expect(active.verb).toMatch(/^stated( that|:)$/);
      expect(active.second.startsWith(`${active.first}:`)).toBe(false);
    }
  });

  test('reads the sentences the issue quoted', () => {
    const all = sentences.flatMap((s) => [joinSentence(s.active), joinSentence(s.passive)]);
    expect(all).toContain('Engineers in China had access to US user data');
    expect(all).toContain('TikTok stated that US data stays in the US, China has no access');
    expect(all).toContain('US Senate hearing (October 2021) was held by US Senate');
    expect(all).toContain('TikTok was owned by ByteDance');
    expect(all).toContain(
      "Donald Trump stated that TikTok's data collection could give the CCP access",
    );
  });
});

test('the details say it in sentences, from either end', async ({ page }) => {
  await openExplorer(page, '?sel=china-based-engineers-had-access-to-us-user-data');
  await expect(detailsPanel(page, 'Engineers in China had access to US user data')).toBeVisible();
  await openExplorer(page, '?sel=senate-hearing-october-2021');
  const hearing = detailsPanel(page, 'US Senate hearing (October 2021)');
  await expect(
    hearing.getByRole('heading', { name: 'US Senate hearing (October 2021) was held by…' }),
  ).toBeVisible();
});
