// Makes room after a force layout: no node's footprint (its disc and the label below it) overlaps
// another's, and no node sits under an edge it is not an end of. graphology-layout-noverlap treats
// nodes as discs; a label is a wide, short box hanging below its node, so a disc either covers the
// next label or leaves a wide ring of empty canvas. This pushes boxes apart instead, each along the
// axis where they overlap least, by as little as clears them. Deterministic: fixed order, no random.
import type { Footprint } from './labelGeometry';

export interface SeparateOptions {
  /** Model units kept clear between two footprints. */
  gap: number;
  /** Most rounds; a round pushes apart every overlapping pair once. */
  rounds: number;
  /** Rounds that also move nodes off the edges they are not part of (the first ones). */
  edgeRounds: number;
  /** Called after each round with the count done so far (the run may end early). */
  onRound?: (done: number, total: number) => void;
}

/**
 * Moves the nodes at `positions` (node i at [2i, 2i + 1], changed in place) apart. `links` are
 * node index pairs; `radius` is the disc each node keeps off unrelated edges. Returns the rounds run.
 */
export function separate(
  positions: Float64Array,
  footprints: readonly Footprint[],
  links: readonly (readonly [number, number])[],
  radius: number,
  options: SeparateOptions,
): number {
  const order = footprints.length;
  if (order < 2) return 0;
  const cell =
    2 * Math.max(...footprints.map((f) => Math.max(f.halfWidth, f.above + f.below))) + options.gap;
  for (let round = 0; round < options.rounds; round++) {
    let moved = pushApart(positions, footprints, options.gap, cell);
    if (round < options.edgeRounds) moved += clearEdges(positions, links, radius, cell);
    options.onRound?.(round + 1, options.rounds);
    if (moved === 0 && round >= options.edgeRounds - 1) return round + 1;
  }
  return options.rounds;
}

/** One round of pushing overlapping footprints apart; returns how many pairs moved. */
function pushApart(
  positions: Float64Array,
  footprints: readonly Footprint[],
  gap: number,
  cell: number,
): number {
  const grid = bucket(positions, footprints.length, cell);
  let moved = 0;
  for (let a = 0; a < footprints.length; a++) {
    const fa = footprints[a]!;
    const ca = cellOf(positions, a, cell);
    for (let i = ca.i - 1; i <= ca.i + 1; i++) {
      for (let j = ca.j - 1; j <= ca.j + 1; j++) {
        for (const b of grid.get(key(i, j)) ?? []) {
          if (b <= a) continue;
          const fb = footprints[b]!;
          const ax = positions[2 * a]!;
          const ay = positions[2 * a + 1]!;
          const bx = positions[2 * b]!;
          const by = positions[2 * b + 1]!;
          const overlapX =
            Math.min(ax + fa.halfWidth, bx + fb.halfWidth) -
            Math.max(ax - fa.halfWidth, bx - fb.halfWidth) +
            gap;
          const overlapY =
            Math.min(ay + fa.below, by + fb.below) - Math.max(ay - fa.above, by - fb.above) + gap;
          if (overlapX <= 0 || overlapY <= 0) continue;
          moved++;
          if (overlapX < overlapY) {
            // The left one goes left; on a tie the lower index does.
            const sign = bx > ax || (bx === ax && b > a) ? 1 : -1;
            positions[2 * a] = ax - (sign * overlapX) / 2;
            positions[2 * b] = bx + (sign * overlapX) / 2;
          } else {
            const centreA = ay + (fa.below - fa.above) / 2;
            const centreB = by + (fb.below - fb.above) / 2;
            const sign = centreB > centreA || (centreB === centreA && b > a) ? 1 : -1;
            positions[2 * a + 1] = ay - (sign * overlapY) / 2;
            positions[2 * b + 1] = by + (sign * overlapY) / 2;
          }
        }
      }
    }
  }
  return moved;
}

/**
 * One round of moving nodes off edges they are not part of: a node closer to an edge than
 * `radius` (between its ends) steps out to `radius` on its side of it. Returns how many moved.
 */
function clearEdges(
  positions: Float64Array,
  links: readonly (readonly [number, number])[],
  radius: number,
  cell: number,
): number {
  const grid = bucket(positions, positions.length / 2, cell);
  let moved = 0;
  for (const [s, t] of links) {
    if (s === t) continue;
    const sx = positions[2 * s]!;
    const sy = positions[2 * s + 1]!;
    const dx = positions[2 * t]! - sx;
    const dy = positions[2 * t + 1]! - sy;
    const length = Math.hypot(dx, dy);
    if (length === 0) continue;
    // The cells along the edge and beside it (a cell is wider than the radius), each once.
    const seen = new Set<number>();
    const steps = Math.ceil(length / cell);
    for (let step = 0; step <= steps; step++) {
      const ci = Math.floor((sx + (dx * step) / steps) / cell);
      const cj = Math.floor((sy + (dy * step) / steps) / cell);
      for (let i = ci - 1; i <= ci + 1; i++) {
        for (let j = cj - 1; j <= cj + 1; j++) {
          const k = key(i, j);
          if (seen.has(k)) continue;
          seen.add(k);
          for (const n of grid.get(k) ?? []) {
            if (n === s || n === t) continue;
            const px = positions[2 * n]! - sx;
            const py = positions[2 * n + 1]! - sy;
            const along = (px * dx + py * dy) / length;
            if (along <= 0 || along >= length) continue;
            const across = (px * dy - py * dx) / length;
            if (Math.abs(across) >= radius) continue;
            // Out along the edge's normal, to the side the node is on (a fixed side when on it).
            const shift = (across >= 0 ? radius : -radius) - across;
            positions[2 * n] = positions[2 * n]! + (shift * dy) / length;
            positions[2 * n + 1] = positions[2 * n + 1]! - (shift * dx) / length;
            moved++;
          }
        }
      }
    }
  }
  return moved;
}

const key = (i: number, j: number): number => i * 131_071 + j;

function cellOf(positions: Float64Array, n: number, cell: number): { i: number; j: number } {
  return { i: Math.floor(positions[2 * n]! / cell), j: Math.floor(positions[2 * n + 1]! / cell) };
}

function bucket(positions: Float64Array, order: number, cell: number): Map<number, number[]> {
  const grid = new Map<number, number[]>();
  for (let n = 0; n < order; n++) {
    const { i, j } = cellOf(positions, n, cell);
    const k = key(i, j);
    const list = grid.get(k);
    if (list) list.push(n);
    else grid.set(k, [n]);
  }
  return grid;
}
