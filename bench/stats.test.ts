import { describe, expect, it } from 'vitest';
import { deltas, median, p95, quantile, ratio, summarize } from './stats';

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([4, 1, 3, 2], 0.25)).toBe(1.75);
    expect(quantile([10], 0.95)).toBe(10);
    expect(
      quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 0.95),
    ).toBe(20);
  });

  it('gives the extremes at 0 and 1 and null for no values', () => {
    expect(quantile([5, 3, 9], 0)).toBe(3);
    expect(quantile([5, 3, 9], 1)).toBe(9);
    expect(quantile([], 0.5)).toBeNull();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('median and p95', () => {
  it('use the same interpolation', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2])).toBe(1.5);
    expect(p95([0, 100])).toBe(95);
    expect(median([])).toBeNull();
  });
});

describe('summarize', () => {
  it('reports median, spread and extremes', () => {
    expect(summarize([10, 12, 11, 30, 9])).toEqual({
      n: 5,
      median: 11,
      p95: 26.4,
      min: 9,
      max: 30,
      iqr: 2,
      relativeSpread: 21 / 11,
    });
  });

  it('skips non-finite values and gives null when nothing is left', () => {
    expect(summarize([Number.NaN, Infinity])).toBeNull();
    expect(summarize([Number.NaN, 4])?.median).toBe(4);
    expect(summarize([0, 0])?.relativeSpread).toBe(0);
  });
});

describe('ratio', () => {
  it('divides, or says it cannot', () => {
    expect(ratio(10, 4)).toBe(2.5);
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(3, undefined)).toBeNull();
  });
});

describe('deltas', () => {
  it('turns timestamps into intervals', () => {
    expect(deltas([0, 16, 33, 50])).toEqual([16, 17, 17]);
    expect(deltas([5])).toEqual([]);
  });
});
