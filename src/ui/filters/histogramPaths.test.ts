import { describe, expect, it } from 'vitest';
import type { HistogramBin } from '../../view/types';
import { binIndexAt, histogramPaths } from './histogramPaths';

const bin = (month: string, total: number, filtered: number, estimated = 0): HistogramBin => ({
  month,
  start: `${month}-01`,
  end: `${month}-28`,
  total,
  filtered,
  estimated,
});

/** The bars of a path as [x, top, width, height]. */
function bars(path: string): number[][] {
  return [...path.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)h-[\d.]+z/g)].map((match) =>
    match.slice(1).map(Number),
  );
}

describe('histogramPaths', () => {
  const bins = [
    bin('2021-01', 4, 2),
    bin('2021-02', 0, 0),
    bin('2021-03', 8, 8),
    bin('2021-04', 2, 0),
  ];
  const geometry = { width: 40, height: 24, max: 8 };

  it('draws one bar per non-empty month, scaled to the largest total and standing on the baseline', () => {
    const paths = histogramPaths(bins, () => true, geometry);
    expect(bars(paths.total)).toEqual([
      [0.5, 14, 9, 10],
      [20.5, 4, 9, 20],
      [30.5, 19, 9, 5],
    ]);
    expect(bars(paths.shown)).toEqual([
      [0.5, 14 + 5, 9, 5],
      [20.5, 4, 9, 20],
    ]);
    expect(paths.out).toBe('');
  });

  it('draws the estimated part of a month in its own path, from the baseline', () => {
    const withEstimates = [bin('2021-01', 4, 2, 2), bin('2021-02', 8, 8)];
    const paths = histogramPaths(withEstimates, () => true, { width: 20, height: 24, max: 8 });
    expect(bars(paths.estimated)).toEqual([[0.5, 19, 9, 5]]);
    expect(histogramPaths(bins, () => true, geometry).estimated).toBe('');
  });

  it('puts the filtered bars of months outside the date range in their own path', () => {
    const paths = histogramPaths(bins, (candidate) => candidate.month >= '2021-03', geometry);
    expect(bars(paths.shown).map(([x]) => x)).toEqual([20.5]);
    expect(bars(paths.out).map(([x]) => x)).toEqual([0.5]);
  });

  it('keeps bars at least one unit wide when months outnumber the width', () => {
    const many = Array.from({ length: 400 }, (_, index) => bin(`m${index}`, 1, 1));
    const [first] = bars(
      histogramPaths(many, () => true, { width: 260, height: 56, max: 1 }).total,
    );
    expect(first?.[2]).toBe(1);
  });
});

describe('binIndexAt', () => {
  it('maps a position across the width to a bin, clamped at both ends', () => {
    expect(binIndexAt(0, 10)).toBe(0);
    expect(binIndexAt(0.55, 10)).toBe(5);
    expect(binIndexAt(1, 10)).toBe(9);
    expect(binIndexAt(-0.2, 10)).toBe(0);
    expect(binIndexAt(1.7, 10)).toBe(9);
  });
});
