import { describe, expect, it } from 'vitest';
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

  it('sources: corroboration counts checked sources only', () => {
    const e = model.edges.index.get('bytedance-owns-tiktok')!;
    expect(filterElements(model, makeState()).corroboration[e]).toBe(3);
    expect(filterElements(model, makeState({ sources: ['s1', 's3'] })).corroboration[e]).toBe(2);
  });

  it('minSources: keeps relations with enough distinct checked sources', () => {
    expect(keptEdges({ minSources: 2 })).toEqual(
      [
        'bytedance-owns-tiktok',
        'claim-engineers-access--contradicts--claim-data-in-us',
        'engineers-based-in-china',
        'eo-targets-tiktok',
      ].sort(),
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
