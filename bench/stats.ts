// Summary statistics for benchmark samples. Pure functions; NaN never leaks out: an empty
// sample gives null, so a report says "n/a" instead of printing a wrong number.

/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics (R type 7). */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile q must be in [0, 1], got ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  return low + (high - low) * (position - below);
}

export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

export function p95(values: readonly number[]): number | null {
  return quantile(values, 0.95);
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  /** Interquartile range, p75 − p25. */
  iqr: number;
  /** (max − min) ÷ median: how far apart the runs were, relative to the typical value. */
  relativeSpread: number;
}

export function summarize(values: readonly number[]): Summary | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  const mid = median(finite) as number;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  return {
    n: finite.length,
    median: mid,
    p95: p95(finite) as number,
    min,
    max,
    iqr: (quantile(finite, 0.75) as number) - (quantile(finite, 0.25) as number),
    relativeSpread: mid === 0 ? 0 : (max - min) / mid,
  };
}

/** a ÷ b, or null when either is missing or b is zero. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return a / b;
}

/** Consecutive differences: frame times from frame timestamps. */
export function deltas(timestamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < timestamps.length; i++)
    out.push((timestamps[i] as number) - (timestamps[i - 1] as number));
  return out;
}
