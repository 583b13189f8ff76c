import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import { makeState, newsModel as model } from '../testFixtures';
import type { ViewState } from '../../viewState/viewState';
import {
  filterElements,
  REJECT_DATE,
  REJECT_HIDDEN,
  REJECT_MIN_SOURCES,
  REJECT_PREDICATES,
  REJECT_SOURCES,
  REJECT_TYPES,
} from './filterElements';

function keptEdges(patch: Partial<ViewState>): string[] {
  const { edgeRejects } = filterElements(model, makeState(patch));
  return model.edges.ids.filter((_, e) => edgeRejects[e] === 0).sort();
}

function rejectsOf(patch: Partial<ViewState>, id: string): number {
  return filterElements(model, makeState(patch)).edgeRejects[model.edges.index.get(id)!]!;
}

const UNDATED = ['bytedance-owns-tiktok', 'engineers-based-in-china', 'tiktok-part-of-bytedance'];

describe('filterElements', () => {
  it('keeps everything by default', () => {
    expect(keptEdges({})).toHaveLength(model.edges.count);
    expect(filterElements(model, makeState()).keptEdges).toBe(model.edges.count);
  });

  it('date: keeps relations overlapping the range, undated ones, and claims in range', () => {
    expect(keptEdges({ dateFrom: '2021-01-01', dateTo: '2021-12-31' })).toEqual(
      [
        'biden-revoked-eo',
        'data-stored-in-singapore',
        'engineers-accessed-data',
        ...UNDATED,
      ].sort(),
    );
  });

  it('date: a claim out of range takes its undated derived edges with it', () => {
    expect(rejectsOf({ dateFrom: '2022-01-01' }, 'claim-data-in-us--about--us-user-data')).toBe(
      REJECT_DATE,
    );
    expect(rejectsOf({ dateFrom: '2022-01-01' }, 'claim-engineers-access--about--engineers')).toBe(
      0,
    );
  });

  it('date: open-ended bounds; undated derived edges are dated by their claim', () => {
    expect(keptEdges({ dateTo: '2019-12-31', includeUndated: false })).toEqual([
      'claim-data-in-us--about--us-user-data',
      'claim-data-in-us--stated',
      'data-stored-in-singapore',
    ]);
  });

  it('date: undated relations follow includeUndated, even with no range', () => {
    const kept = keptEdges({ includeUndated: false });
    for (const id of UNDATED) expect(kept).not.toContain(id);
    expect(kept).toContain('trump-signed-eo');
  });

  it('sources: keeps relations with a checked source', () => {
    expect(keptEdges({ sources: ['s3'] })).toEqual(
      [...UNDATED.slice(0, 2), 'biden-revoked-eo'].sort(),
    );
    expect(keptEdges({ sources: [] })).toEqual([]);
  });

  it('sources: derived edges follow their claims', () => {
    const kept = keptEdges({ sources: ['s1'] });
    expect(kept).toContain('claim-data-in-us--stated');
    expect(kept).toContain('claim-data-in-us--about--us-user-data');
    // Joins a claim backed only by s2: both claims must be backed.
    expect(kept).not.toContain('claim-engineers-access--contradicts--claim-data-in-us');
    expect(keptEdges({ sources: ['s1', 's2'] })).toContain(
      'claim-engineers-access--contradicts--claim-data-in-us',
    );
  });

  it('sources: origins count those checked sources carry', () => {
    const e = model.edges.index.get('bytedance-owns-tiktok')!;
    expect(filterElements(model, makeState()).origins[e]).toBe(3);
    expect(filterElements(model, makeState({ sources: ['s1', 's3'] })).origins[e]).toBe(2);
  });

  it('minSources: keeps relations with enough independent origins among checked sources', () => {
    // Each claim has one origin, so at 2 both go, with the contradiction between them.
    expect(keptEdges({ minSources: 2 })).toEqual(
      ['bytedance-owns-tiktok', 'engineers-based-in-china', 'eo-targets-tiktok'].sort(),
    );
    expect(keptEdges({ minSources: 3 })).toEqual(['bytedance-owns-tiktok']);
    expect(rejectsOf({ minSources: 2, sources: ['s1', 's3'] }, 'eo-targets-tiktok')).toBe(
      REJECT_MIN_SOURCES,
    );
  });

  it('predicates: drops hidden predicates', () => {
    expect(rejectsOf({ hiddenPredicates: ['owns'] }, 'bytedance-owns-tiktok')).toBe(
      REJECT_PREDICATES,
    );
    expect(rejectsOf({ hiddenPredicates: ['owns'] }, 'tiktok-part-of-bytedance')).toBe(0);
  });

  it('types: drops nodes of hidden types and their edges', () => {
    const result = filterElements(model, makeState({ hiddenEntityTypes: ['place'] }));
    expect(result.nodeRejects[model.nodes.index.get('china')!]).toBe(REJECT_TYPES);
    expect(rejectsOf({ hiddenEntityTypes: ['place'] }, 'engineers-based-in-china')).toBe(
      REJECT_TYPES,
    );
    expect(keptEdges({ hiddenEntityTypes: ['claim'] })).not.toContain('claim-data-in-us--stated');
  });

  it('hidden: drops entities hidden by hand, by current or former id', () => {
    expect(rejectsOf({ hidden: ['tiktok'] }, 'eo-targets-tiktok')).toBe(REJECT_HIDDEN);
    expect(rejectsOf({ hidden: ['tik-tok'] }, 'eo-targets-tiktok')).toBe(REJECT_HIDDEN);
  });

  it('composes filters and records every reason', () => {
    const patch = {
      dateFrom: '2020-01-01',
      dateTo: '2020-12-31',
      sources: ['s2'],
      hiddenEntityTypes: ['government_action'],
    };
    expect(rejectsOf(patch, 'trump-signed-eo')).toBe(REJECT_SOURCES | REJECT_TYPES);
    expect(rejectsOf(patch, 'engineers-accessed-data')).toBe(REJECT_DATE);
    expect(keptEdges(patch)).toEqual([
      'bytedance-owns-tiktok',
      'engineers-based-in-china',
      'tiktok-part-of-bytedance',
    ]);
  });

  it('counts kept degree per node', () => {
    const { degree } = filterElements(model, makeState({ hiddenPredicates: ['part_of'] }));
    expect(degree[model.nodes.index.get('bytedance')!]).toBe(2);
    expect(degree[model.nodes.index.get('oracle')!]).toBe(0);
  });
});

describe('filterElements: claims and origins', () => {
  const nodeRejectsOf = (patch: Partial<ViewState>, id: string) =>
    filterElements(model, makeState(patch)).nodeRejects[model.nodes.index.get(id)!];

  it('sources: a claim quoted only by unchecked sources is hidden, with every edge it has', () => {
    expect(nodeRejectsOf({ sources: ['s2', 's3'] }, 'claim-data-in-us')).toBe(REJECT_SOURCES);
    expect(nodeRejectsOf({ sources: ['s2', 's3'] }, 'claim-engineers-access')).toBe(0);
    const kept = keptEdges({ sources: ['s2', 's3'] });
    expect(kept.filter((id) => id.startsWith('claim-data-in-us'))).toEqual([]);
    expect(kept).toContain('claim-engineers-access--stated');
  });

  it('minSources: a claim with fewer independent origins than the minimum is hidden', () => {
    expect(nodeRejectsOf({ minSources: 2 }, 'claim-data-in-us')).toBe(REJECT_MIN_SOURCES);
    expect(nodeRejectsOf({ minSources: 1 }, 'claim-data-in-us')).toBe(0);
    expect(keptEdges({ minSources: 2 }).some((id) => id.startsWith('claim-'))).toBe(false);
  });

  // Three articles that relay one report: three sources, one independent origin.
  const relayed = loadModel(
    buildTestGraph({
      sources: ['a', 'b', 'c'],
      origins: ['report'],
      entities: [{ id: 'x' }, { id: 'y' }, { id: 'z' }],
      relations: [
        { id: 'relayed', subject: 'x', predicate: 'owns', object: 'y', sources: ['a', 'b', 'c'] },
        {
          id: 'relayed-one',
          subject: 'x',
          predicate: 'owns',
          object: 'z',
          relayedOrigin: 'report',
          sources: ['a', 'b', 'c'],
        },
        {
          id: 'headline',
          subject: 'y',
          predicate: 'owns',
          object: 'z',
          sources: ['a', 'b'],
          headlines: [false, true],
        },
        {
          id: 'estimated',
          subject: 'z',
          predicate: 'owns',
          object: 'x',
          sources: ['a'],
          date: '2022-05',
          days: ['2022-05-01', '2022-05-31'],
          dateEstimated: true,
        },
      ],
    }),
  );
  const rejects = (patch: Partial<ViewState>, id: string) =>
    filterElements(relayed, makeState(patch)).edgeRejects[relayed.edges.index.get(id)!];
  const origins = (patch: Partial<ViewState>, id: string) =>
    filterElements(relayed, makeState(patch)).origins[relayed.edges.index.get(id)!];

  it('minSources counts independent origins, not sources', () => {
    expect(origins({}, 'relayed')).toBe(3);
    expect(origins({}, 'relayed-one')).toBe(1);
    expect(rejects({ minSources: 2 }, 'relayed')).toBe(0);
    expect(rejects({ minSources: 2 }, 'relayed-one')).toBe(REJECT_MIN_SOURCES);
  });

  it('a headline-only source does not count towards the minimum', () => {
    expect(origins({}, 'headline')).toBe(1);
    expect(rejects({ minSources: 2 }, 'headline')).toBe(REJECT_MIN_SOURCES);
  });

  it('origins shrink to those checked sources carry', () => {
    expect(origins({ sources: ['a'] }, 'relayed')).toBe(1);
    expect(origins({ sources: ['a', 'c'] }, 'relayed')).toBe(2);
    expect(origins({ sources: ['a'] }, 'relayed-one')).toBe(1);
    expect(rejects({ sources: ['a'], minSources: 2 }, 'relayed')).toBe(REJECT_MIN_SOURCES);
  });

  it('includeEstimated: off hides dates that rest on an estimate, whatever the range', () => {
    expect(rejects({}, 'estimated')).toBe(0);
    expect(rejects({ includeEstimated: false }, 'estimated')).toBe(REJECT_DATE);
    expect(rejects({ includeEstimated: false, dateFrom: '2022-01-01' }, 'estimated')).toBe(
      REJECT_DATE,
    );
    expect(rejects({ dateFrom: '2022-01-01' }, 'estimated')).toBe(0);
    // Firm dates and undated relations are not affected.
    expect(rejects({ includeEstimated: false }, 'relayed')).toBe(0);
  });
});
