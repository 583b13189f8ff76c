// Level of detail: the whole graph stays in the model, but cytoscape is handed a bounded view.
// When a view has more entities than the cap, only the best-connected ones are drawn (plus the
// selection, the focus, pins and paths); when it has more relations than the cap, the selection's
// and one or two per pair come first. Focusing, pinning or filtering reveals the rest.
import type { GraphModel } from '../../model';

// About what the canvas (some 600 by 500 pixels beside the panels) can show with its labels still
// legible; cytoscape's cost of a first drawing and of each change also grows with the element
// count (about 0.4 ms per element on a 2-core machine).
export const DEFAULT_MAX_NODES = 200;
export const DEFAULT_MAX_EDGES = 400;

export interface NodeCap {
  /** Entities drawn. */
  shown: number;
  /** Entities the filters kept before the cap. */
  matching: number;
  /** Relations drawn, and those between drawn entities before the cap. */
  shownEdges: number;
  matchingEdges: number;
}

// Most connected first, then by label: computed once per model.
const importanceOrders = new WeakMap<GraphModel, Uint32Array>();

function importanceOrder(model: GraphModel): Uint32Array {
  let order = importanceOrders.get(model);
  if (!order) {
    const { degree, labelRank, count } = model.nodes;
    order = Uint32Array.from({ length: count }, (_, index) => index).sort(
      (a, b) => (degree[b] ?? 0) - (degree[a] ?? 0) || (labelRank[a] ?? 0) - (labelRank[b] ?? 0),
    );
    importanceOrders.set(model, order);
  }
  return order;
}

/**
 * Clears from `visible` every node past the `maxNodes` most important, except those in `keep`.
 * Returns null when nothing was cut.
 */
export function capVisibleNodes(
  model: GraphModel,
  visible: Uint8Array,
  keep: readonly number[],
  maxNodes: number,
): Pick<NodeCap, 'shown' | 'matching'> | null {
  let matching = 0;
  for (let n = 0; n < visible.length; n++) matching += visible[n] ?? 0;
  if (matching <= maxNodes) return null;
  const kept = new Uint8Array(visible.length);
  let shown = 0;
  for (const n of keep) {
    if (n >= 0 && visible[n] && !kept[n]) {
      kept[n] = 1;
      shown++;
    }
  }
  for (const n of importanceOrder(model)) {
    if (shown >= maxNodes) break;
    if (visible[n] && !kept[n]) {
      kept[n] = 1;
      shown++;
    }
  }
  visible.set(kept);
  return { shown, matching };
}

// Best-corroborated first, then between the best-connected entities: computed once per model.
const edgeOrders = new WeakMap<GraphModel, Uint32Array>();

function edgeImportanceOrder(model: GraphModel): Uint32Array {
  let order = edgeOrders.get(model);
  if (!order) {
    const { corroboration, source, target, count } = model.edges;
    const { degree } = model.nodes;
    const weight = (e: number) => (degree[source[e] ?? 0] ?? 0) + (degree[target[e] ?? 0] ?? 0);
    order = Uint32Array.from({ length: count }, (_, index) => index).sort(
      (a, b) => (corroboration[b] ?? 0) - (corroboration[a] ?? 0) || weight(b) - weight(a) || a - b,
    );
    edgeOrders.set(model, order);
  }
  return order;
}

/** Parallel edges drawn per pair of entities before any pair gets more. */
export const EDGES_PER_PAIR = 2;

/**
 * Keeps at most `maxEdges` of the `visible` edges (plus `keepEdge`, a selected relation), in
 * three rounds so that a capped view connects as many pairs as it can: first the edges touching
 * `keepNodes` (the selection and the focus), then every other pair, each round drawing at most
 * EDGES_PER_PAIR parallel edges per pair in importance order; whatever budget is left goes to the
 * remaining parallel edges. Returns how many were drawn, and how many there were.
 */
export function capVisibleEdges(
  model: GraphModel,
  visible: Uint8Array,
  keepNodes: readonly number[],
  maxEdges: number,
  keepEdge = -1,
): { shown: number; matching: number } {
  let matching = 0;
  for (let e = 0; e < visible.length; e++) matching += visible[e] ?? 0;
  if (matching <= maxEdges) return { shown: matching, matching };
  const { source, target } = model.edges;
  const nodeCount = model.nodes.count;
  const kept = new Uint8Array(visible.length);
  const perPair = new Map<number, number>();
  const pairOf = (e: number) => {
    const a = source[e] ?? 0;
    const b = target[e] ?? 0;
    return a < b ? a * nodeCount + b : b * nodeCount + a;
  };
  const touchesKept = (e: number) =>
    keepNodes.includes(source[e] ?? -1) || keepNodes.includes(target[e] ?? -1);
  let shown = 0;
  const take = (e: number) => {
    kept[e] = 1;
    shown++;
    const pair = pairOf(e);
    perPair.set(pair, (perPair.get(pair) ?? 0) + 1);
  };
  if (keepEdge >= 0 && visible[keepEdge]) take(keepEdge);
  const order = edgeImportanceOrder(model);
  const round = (accepts: (e: number) => boolean) => {
    for (const e of order) {
      if (shown >= maxEdges) return;
      if (visible[e] && !kept[e] && accepts(e)) take(e);
    }
  };
  const pairHasRoom = (e: number) => (perPair.get(pairOf(e)) ?? 0) < EDGES_PER_PAIR;
  if (keepNodes.some((n) => n >= 0)) round((e) => touchesKept(e) && pairHasRoom(e));
  round(pairHasRoom);
  round(() => true);
  visible.set(kept);
  return { shown, matching };
}
