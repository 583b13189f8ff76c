// deriveView(model, state): what is on screen and how it looks. A pipeline of pure steps, each
// one pass over typed arrays: filter → select visible (focus / pins / all) → paths → edges →
// appearance → empty reason. O(V + E) per call; unchanged elements are reused (elementCache).
import { DEFAULT_MAX_PATHS, type GraphModel } from '../model';
import { resolveAnchors } from './anchors';
import { CLASS_BIT } from './appearance/classSets';
import { classifyEdge, classifyNode, findHighlight } from './appearance/classify';
import { createElementFactory } from './elementCache';
import { deriveContext } from './context/deriveContext';
import { explainEmpty } from './explainEmpty';
import { filterElements } from './filters/filterElements';
import { selectVisible } from './focus/selectVisible';
import { resolveRelaidPositions } from './relayout/relaidPositions';
import { findViewPaths } from './paths/findViewPaths';
import {
  capVisibleEdges,
  capVisibleNodes,
  DEFAULT_MAX_EDGES,
  DEFAULT_MAX_NODES,
} from './lod/capVisibleNodes';
import {
  PAGE_SIZE,
  type DeriveOptions,
  type DerivedView,
  type MoreNeighbours,
  type ViewEdge,
  type ViewNode,
} from './types';
import type { ViewState } from '../viewState/viewState';

// The last view per model, keyed by the identity of the (immutable) state: deriveTimeline called
// with the same state reuses it instead of deriving again.
const lastViews = new WeakMap<
  GraphModel,
  {
    state: ViewState;
    pageSize?: number;
    maxPaths?: number;
    maxNodes?: number;
    maxEdges?: number;
    view: DerivedView;
  }
>();

export function deriveView(
  model: GraphModel,
  state: ViewState,
  options: DeriveOptions = {},
): DerivedView {
  const last = lastViews.get(model);
  if (
    last?.state === state &&
    last.pageSize === options.pageSize &&
    last.maxPaths === options.maxPaths &&
    last.maxNodes === options.maxNodes &&
    last.maxEdges === options.maxEdges
  ) {
    return last.view;
  }
  const view = composeView(model, state, options);
  lastViews.set(model, {
    state,
    pageSize: options.pageSize,
    maxPaths: options.maxPaths,
    maxNodes: options.maxNodes,
    maxEdges: options.maxEdges,
    view,
  });
  return view;
}

function composeView(model: GraphModel, state: ViewState, options: DeriveOptions): DerivedView {
  const pageSize = Math.max(1, options.pageSize ?? PAGE_SIZE);
  const anchors = resolveAnchors(model, state);
  const filtered = filterElements(model, state);
  const selection = selectVisible(model, filtered, anchors, pageSize);
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_PATHS;
  const paths = findViewPaths(model, state, anchors, filtered, maxPaths);
  const visibleNodes = selection.nodes;
  for (const n of paths.nodes) visibleNodes[n] = 1;
  // The whole-graph view draws every entity the filters keep: what the cap below leaves out of
  // the interactive drawing goes to the context layer.
  const overview = selection.mode === 'all' ? visibleNodes.slice() : null;
  // Focus and pins are paged, but three hops from a hub still reach thousands: cap every mode.
  const cap = capVisibleNodes(
    model,
    visibleNodes,
    [
      anchors.selectedNode,
      anchors.focus,
      ...anchors.pinned,
      ...anchors.expanded.keys(),
      ...paths.nodes,
    ],
    options.maxNodes ?? DEFAULT_MAX_NODES,
  );

  const { source, target } = model.edges;
  const edgeCount = model.edges.count;
  const visibleEdges = new Uint8Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    if (
      filtered.edgeRejects[e] === 0 &&
      visibleNodes[source[e] ?? 0] &&
      visibleNodes[target[e] ?? 0]
    ) {
      visibleEdges[e] = 1;
    }
  }

  const edgeCap = capVisibleEdges(
    model,
    visibleEdges,
    [anchors.selectedNode, anchors.focus],
    options.maxEdges ?? DEFAULT_MAX_EDGES,
    anchors.selectedEdge,
  );
  const visibleEdgeCount = edgeCap.shown;

  // Per-call node flags as class bits, set only where they apply.
  const nodeFlags = new Int32Array(model.nodes.count);
  if (anchors.focus >= 0) nodeFlags[anchors.focus] = CLASS_BIT.focus;
  for (const n of paths.nodes) nodeFlags[n] = (nodeFlags[n] ?? 0) | CLASS_BIT['on-path'];
  for (const n of anchors.pinned) nodeFlags[n] = (nodeFlags[n] ?? 0) | CLASS_BIT.pinned;
  for (const n of anchors.expanded.keys()) nodeFlags[n] = (nodeFlags[n] ?? 0) | CLASS_BIT.expanded;

  const highlight = findHighlight(model, anchors, visibleNodes, visibleEdges);
  const factory = createElementFactory(model);
  const relaid = resolveRelaidPositions(model, state.layout);
  const nodes: ViewNode[] = [];
  for (let n = 0; n < model.nodes.count; n++) {
    if (visibleNodes[n]) {
      const mask = classifyNode(model, n, highlight, nodeFlags[n] ?? 0);
      nodes.push(factory.node(n, mask, relaid?.get(n)));
    }
  }
  const edges: ViewEdge[] = new Array<ViewEdge>(visibleEdgeCount);
  const edgeIndices = new Uint32Array(visibleEdgeCount);
  let at = 0;
  for (let e = 0; e < edgeCount; e++) {
    if (!visibleEdges[e]) continue;
    const mask = classifyEdge(model, e, anchors, highlight, paths.edges.has(e));
    edgeIndices[at] = e;
    edges[at++] = factory.edge(e, mask, filtered.origins[e] ?? 0);
  }

  const more: MoreNeighbours[] = [];
  for (const n of selection.paged) {
    const moreCount = selection.pager.countMissing(n, visibleNodes);
    if (moreCount > 0 && visibleNodes[n]) more.push({ id: model.nodes.ids[n] ?? '', moreCount });
  }

  // The status line explains any cut: of entities (capVisibleNodes), of relations, or both.
  const lod =
    cap || edgeCap.shown < edgeCap.matching
      ? {
          shown: nodes.length,
          matching: cap?.matching ?? nodes.length,
          shownEdges: edgeCap.shown,
          matchingEdges: edgeCap.matching,
        }
      : null;
  const context =
    lod && overview ? deriveContext(model, overview, filtered.edgeRejects, relaid) : null;

  return {
    nodes,
    edges,
    edgeIndices,
    counts: {
      visibleNodes: nodes.length,
      totalNodes: model.nodes.count,
      visibleEdges: visibleEdgeCount,
      totalEdges: edgeCount,
    },
    emptyReason: explainEmpty(model, state, anchors, filtered, selection, visibleEdgeCount),
    more,
    path: paths.result,
    cap: lod,
    context,
  };
}
