// The date histogram's bars as four SVG paths rather than two rectangles per month: decades of
// months made over a thousand elements, laid out on load and re-rendered on every filter change.
import type { HistogramBin } from '../../view/types';

export interface HistogramGeometry {
  width: number;
  height: number;
  /** Largest total of any bin; bars are scaled to it. */
  max: number;
}

export interface HistogramPaths {
  /** Every dated relation of the month, filtered or not. */
  total: string;
  /** What the filters keep, in months inside the date range. */
  shown: string;
  /** What the filters keep, in months outside it. */
  out: string;
  /** Dates that rest on an estimate, drawn over the total (hatched). */
  estimated: string;
}

/** A bar's lower edge is the baseline; bars are one unit narrower than their slot, at least 1. */
export function histogramPaths(
  bins: readonly HistogramBin[],
  isInRange: (bin: HistogramBin) => boolean,
  { width, height, max }: HistogramGeometry,
): HistogramPaths {
  const slot = width / Math.max(1, bins.length);
  const barWidth = Math.max(1, slot - 1);
  const scale = (height - 4) / Math.max(1, max);
  const total: string[] = [];
  const shown: string[] = [];
  const out: string[] = [];
  const estimated: string[] = [];
  const bar = (index: number, count: number): string => {
    const x = round(index * slot + 0.5);
    const barHeight = round(count * scale);
    return `M${x} ${round(height - barHeight)}h${round(barWidth)}v${barHeight}h${round(-barWidth)}z`;
  };
  bins.forEach((bin, index) => {
    if (bin.total > 0) total.push(bar(index, bin.total));
    if (bin.filtered > 0) (isInRange(bin) ? shown : out).push(bar(index, bin.filtered));
    if (bin.estimated > 0) estimated.push(bar(index, bin.estimated));
  });
  return {
    total: total.join(''),
    shown: shown.join(''),
    out: out.join(''),
    estimated: estimated.join(''),
  };
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** The bin under a horizontal position, given as a fraction of the histogram's width. */
export function binIndexAt(fraction: number, binCount: number): number {
  return Math.min(binCount - 1, Math.max(0, Math.floor(fraction * binCount)));
}
