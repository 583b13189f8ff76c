import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import { makeState, newsModel as model } from '../testFixtures';
import { buildDateHistogram } from './buildDateHistogram';

const counts = (h: ReturnType<typeof buildDateHistogram>, month: string) => {
  const bin = h.bins.find((b) => b.month === month);
  return bin && [bin.total, bin.filtered];
};

describe('buildDateHistogram', () => {
  it('bins every month of the date extent', () => {
    const h = buildDateHistogram(model, makeState());
    expect(h.bins).toHaveLength(39);
    expect(h.bins[0]).toEqual({
      month: '2019-10',
      start: '2019-10-01',
      end: '2019-10-31',
      total: 2,
      filtered: 2,
      estimated: 0,
    });
    expect(h.bins.at(-1)).toMatchObject({
      month: '2022-12',
      start: '2022-12-01',
      end: '2022-12-31',
    });
    expect(h.bins.find((b) => b.month === '2020-02')?.end).toBe('2020-02-29');
  });

  it('counts a relation in every month it overlaps, open ends up to the extent', () => {
    const h = buildDateHistogram(model, makeState());
    expect(counts(h, '2019-11')).toEqual([1, 1]); // the open-ended relation
    expect(counts(h, '2020-08')).toEqual([3, 3]);
    expect(counts(h, '2021-12')).toEqual([2, 2]);
    expect(counts(h, '2022-01')).toEqual([3, 3]);
    expect(counts(h, '2022-06')).toEqual([4, 4]);
    expect(counts(h, '2022-12')).toEqual([2, 2]);
    expect(h.maxTotal).toBe(4);
    expect(h.undated).toEqual({ total: 3, filtered: 3 });
  });

  it('applies the other filters but not the date range', () => {
    const h = buildDateHistogram(model, makeState({ sources: ['s2'], dateFrom: '2022-01-01' }));
    expect(counts(h, '2020-08')).toEqual([3, 1]);
    expect(counts(h, '2022-06')).toEqual([4, 3]);
    expect(h.undated).toEqual({ total: 3, filtered: 3 });
    const hidden = buildDateHistogram(model, makeState({ hiddenEntityTypes: ['claim'] }));
    expect(counts(hidden, '2019-10')).toEqual([2, 1]);
  });

  it('is empty when nothing is dated', () => {
    const undated = loadModel(
      buildTestGraph({
        entities: [{ id: 'a' }, { id: 'b' }],
        relations: [{ id: 'r', subject: 'a', predicate: 'owns', object: 'b' }],
      }),
    );
    expect(buildDateHistogram(undated, makeState())).toEqual({
      bins: [],
      maxTotal: 0,
      undated: { total: 1, filtered: 1 },
    });
  });

  it('counts dates that rest on an estimate apart, and the estimated switch filters them', () => {
    const graph = loadModel(
      buildTestGraph({
        sources: ['a'],
        entities: [{ id: 'x' }, { id: 'y' }],
        relations: [
          {
            id: 'firm',
            subject: 'x',
            predicate: 'owns',
            object: 'y',
            sources: ['a'],
            date: '2022-05',
            days: ['2022-05-01', '2022-05-31'],
          },
          {
            id: 'estimate',
            subject: 'y',
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
    const bin = buildDateHistogram(graph, makeState()).bins.find((b) => b.month === '2022-05');
    expect(bin).toMatchObject({ total: 2, filtered: 2, estimated: 1 });
    const off = buildDateHistogram(graph, makeState({ includeEstimated: false }));
    // The switch is part of the date filter, which the histogram ignores: it shows what it hides.
    expect(off.bins.find((b) => b.month === '2022-05')).toMatchObject({ total: 2, filtered: 2 });
  });
});
