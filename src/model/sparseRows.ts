import type { SparseRows } from './types';

/** The items of one row, as a copy (for queries and tests; hot loops index start/list directly). */
export function readRow(rows: SparseRows, row: number): number[] {
  return Array.from(rows.list.subarray(rows.start[row] ?? 0, rows.start[row + 1] ?? 0));
}
