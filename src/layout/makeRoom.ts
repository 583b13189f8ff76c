// Room for labels after a force layout, shared by the compiler's layout and a view's re-layout:
// the best-connected nodes, whose labels are placed first, keep the box below them clear; no two
// nodes overlap; nodes step off edges they are not part of; a tall drawing is widened to fill a
// laptop's canvas. Deterministic.
import { footprintOf, NODE_LABEL } from './labelGeometry';
import { separate } from './separate';

/** The most rounds making room takes, of which the first ones also clear edges (up to a size). */
export const SEPARATION_ROUNDS = 120;
const EDGE_ROUNDS = 60;
const CLEAR_EDGES_UP_TO = 500;
/**
 * How many nodes get room for their label: the best-connected, whose labels are placed first.
 * Room for every label spread the bundled overview so far that no label was legible once fitted.
 */
const LABEL_ROOM_SHARE = 0.15;
const LABEL_ROOM_AT_LEAST = 12;
/** Model units kept between two nodes' footprints, and between a node's centre and an unrelated edge. */
const FOOTPRINT_GAP = 10;
const EDGE_CLEARANCE = NODE_LABEL.nodeSize / 2 + 6;
/** Width over height the drawing is stretched to when narrower: a laptop's graph canvas. */
const TARGET_ASPECT = 4 / 3;

/**
 * Moves the nodes at `placed` (node i at [2i, 2i + 1], in model units, changed in place) so their
 * labels have room. `links` are node index pairs (repeats and loops allowed). `onRound` hears of
 * each round; returns how many ran (fewer than SEPARATION_ROUNDS when nothing was left to move).
 */
export function makeRoomForLabels(
  placed: Float64Array,
  labels: readonly string[],
  links: readonly (readonly [number, number])[],
  onRound?: (done: number) => void,
): number {
  const roomy = bestConnected(labels.length, links);
  const footprints = labels.map((label, i) => footprintOf(roomy.has(i) ? label : ''));
  const rounds = separate(placed, footprints, links, EDGE_CLEARANCE, {
    gap: FOOTPRINT_GAP,
    rounds: SEPARATION_ROUNDS,
    edgeRounds: labels.length <= CLEAR_EDGES_UP_TO ? EDGE_ROUNDS : 0,
    ...(onRound && { onRound }),
  });
  // Widening a tall drawing (or heightening a flat one) fills the canvas and creates no overlap.
  stretchToAspect(placed, TARGET_ASPECT);
  return rounds;
}

/** The nodes given room for their label: the best-connected (by degree), ties by index. */
function bestConnected(order: number, links: readonly (readonly [number, number])[]): Set<number> {
  const degree = new Float64Array(order);
  for (const [a, b] of links) {
    if (a === b) continue;
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
  }
  const count = Math.max(LABEL_ROOM_AT_LEAST, Math.ceil(order * LABEL_ROOM_SHARE));
  const ranked = Array.from({ length: order }, (_, i) => i).sort(
    (a, b) => (degree[b] ?? 0) - (degree[a] ?? 0) || a - b,
  );
  return new Set(ranked.slice(0, count));
}

/** Scales one axis up about the centre so the points' extent is `aspect` wide per unit high. */
function stretchToAspect(placed: Float64Array, aspect: number): void {
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < placed.length; i += 2) {
    x1 = Math.min(x1, placed[i]!);
    x2 = Math.max(x2, placed[i]!);
    y1 = Math.min(y1, placed[i + 1]!);
    y2 = Math.max(y2, placed[i + 1]!);
  }
  const width = x2 - x1;
  const height = y2 - y1;
  if (width <= 0 || height <= 0) return;
  const axis = width / height < aspect ? 0 : 1;
  const factor = axis === 0 ? (aspect * height) / width : width / aspect / height;
  const centre = axis === 0 ? (x1 + x2) / 2 : (y1 + y2) / 2;
  for (let i = axis; i < placed.length; i += 2) {
    placed[i] = centre + (placed[i]! - centre) * factor;
  }
}
