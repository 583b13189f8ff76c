// The state's ids resolved to node / edge indices once; former ids follow their entity, unknown
// ids are dropped (the URL layer sanitises too, this is the view not trusting it).
import { resolveId, type GraphModel } from '../model';
import { MAX_HOPS, MIN_HOPS, type ViewState } from '../viewState/viewState';

export interface Anchors {
  /** Node indices, -1 when unset or unknown. */
  focus: number;
  selectedNode: number;
  selectedEdge: number;
  pathFrom: number;
  pathTo: number;
  hops: number;
  pinned: number[];
  /** Expanded node → pages shown, in the state's order. */
  expanded: Map<number, number>;
}

function findNode(model: GraphModel, id: string | null): number {
  if (id === null) return -1;
  return model.nodes.index.get(resolveId(model, id) ?? id) ?? -1;
}

export function resolveAnchors(model: GraphModel, state: ViewState): Anchors {
  const expanded = new Map<number, number>();
  for (const entry of state.expanded) {
    const n = findNode(model, entry.id);
    if (n >= 0) expanded.set(n, Math.max(1, Math.floor(entry.pages), expanded.get(n) ?? 0));
  }
  const pinned = [...new Set(state.pinned.map((id) => findNode(model, id)).filter((n) => n >= 0))];
  const hops = Math.min(MAX_HOPS, Math.max(MIN_HOPS, Math.floor(state.hops) || MIN_HOPS));
  return {
    focus: findNode(model, state.focus),
    selectedNode: findNode(model, state.selected),
    // An entity's id settles it without the relations' index, which is built on first use.
    selectedEdge:
      state.selected === null || model.nodes.index.has(state.selected)
        ? -1
        : (model.edges.index.get(state.selected) ?? -1),
    pathFrom: findNode(model, state.pathFrom),
    pathTo: findNode(model, state.pathTo),
    hops,
    pinned,
    expanded,
  };
}
