// Level of detail: the whole graph stays in the model, but cytoscape is handed a bounded view.
// When the unfocused graph has more entities than the cap, only the best-connected ones are drawn
// (plus the selection and paths); focusing, pinning or filtering reveals the rest.
import type { GraphModel } from '../../model';

export const DEFAULT_MAX_NODES = 1000;
export const DEFAULT_MAX_EDGES = 3000;

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
): NodeCap | null {
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
  return { shown, matching, shownEdges: 0, matchingEdges: 0 };
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

/**
 * Clears from `visible` every edge past the `maxEdges` most important, except those touching
 * `keepNode`. Returns how many were drawn, and how many there were.
 */
export function capVisibleEdges(
  model: GraphModel,
  visible: Uint8Array,
  keepNode: number,
  maxEdges: number,
): { shown: number; matching: number } {
  let matching = 0;
  for (let e = 0; e < visible.length; e++) matching += visible[e] ?? 0;
  if (matching <= maxEdges) return { shown: matching, matching };
  const { source, target } = model.edges;
  const kept = new Uint8Array(visible.length);
  let shown = 0;
  for (const e of edgeImportanceOrder(model)) {
    if (!visible[e]) continue;
    if (shown < maxEdges || source[e] === keepNode || target[e] === keepNode) {
      kept[e] = 1;
      shown++;
    }
  }
  visible.set(kept);
  return { shown, matching };
}
