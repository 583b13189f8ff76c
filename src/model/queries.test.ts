import { describe, expect, it } from 'vitest';
import { loadModel } from './loadModel';
import {
  claimsOf,
  dateExtent,
  describeItem,
  entityLabel,
  edgeAttributes,
  evidenceFor,
  evidenceQuoting,
  kindOf,
  neighbours,
  nodeAttributes,
  relationEnds,
  relationsOf,
  resolveId,
  sourceOf,
  sourceTitle,
} from './queries';
import { buildNewsGraph } from './testNewsGraph';

const model = loadModel(buildNewsGraph());

describe('resolveId', () => {
  it('keeps current entity, claim and edge ids', () => {
    expect(resolveId(model, 'tiktok')).toBe('tiktok');
    expect(resolveId(model, 'claim-data-in-us')).toBe('claim-data-in-us');
    expect(resolveId(model, 'bytedance-owns-tiktok')).toBe('bytedance-owns-tiktok');
  });

  it('maps former ids to current ones', () => {
    expect(resolveId(model, 'tik-tok')).toBe('tiktok');
    expect(resolveId(model, 'tiktok-inc')).toBe('tiktok');
  });

  it('returns null for unknown ids', () => {
    expect(resolveId(model, 'nope')).toBeNull();
  });
});

describe('entityLabel', () => {
  it("gives an entity's label from the tables, and an unknown id back as it is", () => {
    const tiktok = model.nodes.index.get('tiktok')!;
    expect(entityLabel(model, 'tiktok')).toBe(model.nodes.attributes[tiktok]?.label);
    expect(entityLabel(model, 'tiktok')).not.toBe('tiktok');
    expect(entityLabel(model, 'no-such-entity')).toBe('no-such-entity');
  });
});

describe('relationsOf', () => {
  it('groups by predicate and direction, ordered by predicate label', () => {
    const groups = relationsOf(model, 'tiktok');
    expect(groups.map((g) => [g.predicateLabel, g.direction])).toEqual([
      ['investigated', 'incoming'],
      ['is part of', 'outgoing'],
      ['owns', 'incoming'],
      ['stated', 'outgoing'],
      ['targets', 'incoming'],
    ]);
  });

  it('describes each relation with neighbour, date, evidence and corroboration', () => {
    const owns = relationsOf(model, 'tiktok').find((g) => g.predicate === 'owns');
    expect(owns?.relations).toEqual([
      expect.objectContaining({
        edgeId: 'bytedance-owns-tiktok',
        direction: 'incoming',
        neighbourId: 'bytedance',
        neighbourLabel: 'ByteDance',
        neighbourType: 'organization',
        dateStart: null,
        sources: ['s1', 's2', 's3'],
        corroboration: 3,
        derived: false,
      }),
    ]);
    expect(owns?.relations[0]?.evidence).toHaveLength(3);
  });

  it('orders relations in a group by date, undated last', () => {
    const about = relationsOf(model, 'us-user-data').find((g) => g.predicate === 'about');
    expect(about?.relations.map((r) => r.neighbourId)).toEqual([
      'claim-engineers-access',
      'claim-data-in-us',
    ]);
    const target = relationsOf(model, 'trump-eo').filter((g) => g.direction === 'incoming');
    expect(target.map((g) => g.predicate)).toEqual(['revoked', 'signed']);
  });

  it('is empty for unknown or isolated nodes', () => {
    expect(relationsOf(model, 'oracle')).toEqual([]);
    expect(relationsOf(model, 'nope')).toEqual([]);
  });
});

describe('neighbours', () => {
  it('lists distinct neighbours, most connected first', () => {
    expect(neighbours(model, 'bytedance')).toEqual(['tiktok', 'engineers']);
    expect(neighbours(model, 'oracle')).toEqual([]);
  });
});

describe('claimsOf', () => {
  it('lists claims stated by and about an entity', () => {
    expect(claimsOf(model, 'tiktok').stated.map((c) => c.id)).toEqual(['claim-data-in-us']);
    const about = claimsOf(model, 'us-user-data');
    expect(about.stated).toEqual([]);
    expect(about.about.map((c) => c.id)).toEqual(['claim-data-in-us', 'claim-engineers-access']);
    expect(about.about[0]?.claim.disputed).toBe(true);
  });
});

describe('evidenceFor', () => {
  it('returns a relation’s evidence', () => {
    expect(evidenceFor(model, 'eo-targets-tiktok').map((e) => e.source)).toEqual(['s1', 's2']);
  });

  it('falls back to the claim’s evidence for a derived edge without its own', () => {
    expect(evidenceFor(model, 'claim-data-in-us--stated').map((e) => e.source)).toEqual(['s1']);
    expect(
      evidenceFor(model, 'claim-engineers-access--contradicts--claim-data-in-us').map(
        (e) => e.source,
      ),
    ).toEqual(['s2', 's1']);
  });

  it('returns a claim node’s evidence, and nothing for entities or unknown ids', () => {
    expect(evidenceFor(model, 'claim-engineers-access').map((e) => e.source)).toEqual(['s2']);
    expect(evidenceFor(model, 'tiktok')).toEqual([]);
    expect(evidenceFor(model, 'nope')).toEqual([]);
  });
});

describe('edgeAttributes and evidenceQuoting', () => {
  it("reads a relation's attributes from the columns, and nothing for an entity", () => {
    expect(edgeAttributes(model, 'eo-targets-tiktok')).toMatchObject({
      predicate: 'targets',
      sources: ['s1', 's2'],
    });
    expect(edgeAttributes(model, 'tiktok')).toBeUndefined();
  });

  it('lists every quote from one source, in relations and in claims, and only those', () => {
    const fromS2 = evidenceQuoting(model, 's2');
    expect(fromS2.length).toBeGreaterThan(0);
    expect(fromS2.every((quote) => quote.source === 's2')).toBe(true);
    // All of them: every relation's and claim's quotes from s2, counted the slow way.
    const relations = model.edges.ids.flatMap((_id, e) => model.edges.attributesOf(e).evidence);
    const claims = model.nodes.attributes.flatMap((a) => a.claim?.evidence ?? []);
    const expected = [...relations, ...claims].filter((quote) => quote.source === 's2');
    expect(fromS2).toEqual(expected);
    expect(claims.some((quote) => quote.source === 's2')).toBe(true);
    expect(evidenceQuoting(model, 'no-such-source')).toEqual([]);
  });
});

describe('dateExtent and sourceTitle', () => {
  it('spans the finite days of relations and claims', () => {
    expect(dateExtent(model)).toEqual({ start: '2019-10-01', end: '2022-12-31' });
  });

  it('gives titles of known sources only', () => {
    expect(sourceTitle(model, 's2')).toBe('Title of s2');
    expect(sourceTitle(model, 'nope')).toBeNull();
  });
});

describe('reading an item by its id', () => {
  it('tells an entity, a claim and a relation apart', () => {
    expect(kindOf(model, 'tiktok')).toBe('entity');
    expect(kindOf(model, 'claim-data-in-us')).toBe('claim');
    expect(kindOf(model, 'bytedance-owns-tiktok')).toBe('relation');
    expect(kindOf(model, 'nobody')).toBeNull();
  });

  it('gives node attributes and relation ends from the tables', () => {
    expect(nodeAttributes(model, 'tiktok')).toMatchObject({
      label: 'TikTok',
      type: 'organization',
    });
    expect(nodeAttributes(model, 'bytedance-owns-tiktok')).toBeUndefined();
    expect(relationEnds(model, 'bytedance-owns-tiktok')).toEqual({
      source: 'bytedance',
      target: 'tiktok',
    });
    expect(relationEnds(model, 'tiktok')).toBeUndefined();
  });

  it('describes a relation in words, a node by its label, anything else by its id', () => {
    expect(describeItem(model, 'bytedance-owns-tiktok')).toBe('ByteDance owned TikTok');
    expect(describeItem(model, 'tiktok')).toBe('TikTok');
    expect(describeItem(model, 'nobody')).toBe('nobody');
  });

  it('gives a source, and nothing for an unknown id', () => {
    expect(sourceOf(model, 's1')?.id).toBe('s1');
    expect(sourceOf(model, 'nope')).toBeUndefined();
  });
});
