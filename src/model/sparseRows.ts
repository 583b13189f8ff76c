import type { SparseRows } from './types';

/** Packs per-row lists into compressed sparse rows. */
export function packRows(rows: readonly (readonly number[])[]): SparseRows {
  const start = new Uint32Array(rows.length + 1);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    total += rows[i]?.length ?? 0;
    start[i + 1] = total;
  }
  const list = new Uint32Array(total);
  let at = 0;
  for (const row of rows) {
    list.set(row, at);
    at += row.length;
  }
  return { start, list };
}

/** The items of one row, as a copy (for queries; hot loops index start/list directly). */
export function readRow(rows: SparseRows, row: number): number[] {
  return Array.from(rows.list.subarray(rows.start[row] ?? 0, rows.start[row + 1] ?? 0));
}
