/**
 * The date rule. A relation dated [start, end] (inclusive whole days, as the compiler expands EDTF)
 * is in the range [from, to] (inclusive) when the two intervals share at least one day:
 * start <= to && end >= from. So touching ends count, an interval spanning the whole range counts,
 * and an open end is ±Infinity (an open range end likewise). Undated relations are decided
 * separately, by includeUndated.
 */
export function overlapsRange(start: number, end: number, from: number, to: number): boolean {
  return start <= to && end >= from;
}
