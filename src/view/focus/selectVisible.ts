// Which nodes are on screen. Three modes:
// - focus: the focus and everything within `hops` steps over kept edges (direction ignored);
// - pins (no focus, some pins): the pinned entities only, a hand-built subgraph;
// - all (neither): every node with a kept relation.
// In focus and pins mode, expanded nodes that are on screen add their neighbours. Whenever a node
// brings in neighbours (a hop or an expansion) it brings at most pages × pageSize of them, best
// connected first (pages = 1 unless the node is expanded): a hub at hop 1 would otherwise pull in
// its whole neighbourhood at hop 2. Cut lists are reported so the UI can offer "and 40 more",
// which means expanding that node one more page. Pinned, selected and path endpoints are always
// shown; nodes rejected by a filter (hidden, hidden type, claim out of range) never are.
import type { GraphModel } from '../../model';
import type { Anchors } from '../anchors';
import type { FilteredGraph } from '../filters/filterElements';
import { createNeighbourPager, type NeighbourPager } from './pageNeighbours';

export type VisibleMode = 'all' | 'focus' | 'pins';

export interface VisibleSelection {
  mode: VisibleMode;
  /** 1 per visible node index. */
  nodes: Uint8Array;
  /** Nodes whose neighbour list was cut by paging, in the order they were cut. */
  paged: number[];
  pager: NeighbourPager;
}

interface Expansion {
  visible: Uint8Array;
  paged: Set<number>;
  pager: NeighbourPager;
  budget: (node: number) => number;
}

/** Adds a page of a node's neighbours; returns those newly shown. */
function addNeighbourPage(x: Expansion, node: number): number[] {
  const { shown, total } = x.pager.page(node, x.budget(node));
  if (total > shown.length) x.paged.add(node);
  const added: number[] = [];
  for (const n of shown) {
    if (!x.visible[n]) {
      x.visible[n] = 1;
      added.push(n);
    }
  }
  return added;
}

function addHops(x: Expansion, focus: number, hops: number): void {
  let level = [focus];
  for (let h = 0; h < hops && level.length > 0; h++) {
    const next: number[] = [];
    for (const node of level) next.push(...addNeighbourPage(x, node));
    level = next;
  }
}

/** Expansions can chain (expand a node another expansion brought in), so run to a fixpoint. */
function addExpansions(x: Expansion, expanded: Map<number, number>): void {
  const done = new Set<number>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const node of expanded.keys()) {
      if (x.visible[node] && !done.has(node)) {
        done.add(node);
        changed = true;
        addNeighbourPage(x, node);
      }
    }
  }
}

export function selectVisible(
  model: GraphModel,
  filtered: FilteredGraph,
  anchors: Anchors,
  pageSize: number,
): VisibleSelection {
  const { nodeRejects, degree, edgeRejects } = filtered;
  const count = model.nodes.count;
  const visible = new Uint8Array(count);
  const pager = createNeighbourPager(model, filtered);
  const eligible = (n: number): boolean => n >= 0 && nodeRejects[n] === 0;
  const show = (n: number): void => {
    if (eligible(n)) visible[n] = 1;
  };
  const x: Expansion = {
    visible,
    paged: new Set(),
    pager,
    budget: (node) => pageSize * (anchors.expanded.get(node) ?? 1),
  };
  // Pins that a filter hides still make a pin view (an empty one, explained), not the whole graph.
  const mode: VisibleMode =
    anchors.focus >= 0 ? 'focus' : anchors.pinned.length > 0 ? 'pins' : 'all';

  if (mode === 'all') {
    for (let n = 0; n < count; n++) if (degree[n] && nodeRejects[n] === 0) visible[n] = 1;
  } else {
    if (eligible(anchors.focus)) {
      visible[anchors.focus] = 1;
      addHops(x, anchors.focus, anchors.hops);
    }
    anchors.pinned.forEach(show);
    addExpansions(x, anchors.expanded);
  }
  show(anchors.selectedNode);
  show(anchors.pathFrom);
  show(anchors.pathTo);
  const e = anchors.selectedEdge;
  if (e >= 0 && edgeRejects[e] === 0) {
    visible[model.edges.source[e] ?? 0] = 1;
    visible[model.edges.target[e] ?? 0] = 1;
  }
  return { mode, nodes: visible, paged: [...x.paged], pager };
}
