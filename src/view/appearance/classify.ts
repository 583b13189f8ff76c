// Classes per element: what the renderer styles. Selection highlights the selected element and its
// direct neighbourhood in the view and fades the rest.
import { EDGE_MARK_CONTRADICTS, EDGE_MARK_SUPPORTS, type GraphModel } from '../../model';
import { ENTITY_TYPES } from '../../schema/vocabulary';
import type { Anchors } from '../anchors';
import { CLASS_BIT } from './classSets';

const CLAIM_TYPE = ENTITY_TYPES.indexOf('claim');

export interface Highlight {
  /** True when the selection is on screen: then everything outside it fades. */
  active: boolean;
  /** 1 for nodes next to the selection (over visible edges), 2 for the selected node. */
  nodes: Uint8Array;
}

/** Marks the selected node and its visible neighbours (or a selected edge's endpoints). */
export function findHighlight(
  model: GraphModel,
  anchors: Anchors,
  visibleNodes: Uint8Array,
  visibleEdges: Uint8Array,
): Highlight {
  const nodes = new Uint8Array(model.nodes.count);
  const { source, target } = model.edges;
  const selected = anchors.selectedNode;
  if (selected >= 0 && visibleNodes[selected]) {
    const { start, list } = model.nodes.incidence;
    for (let k = start[selected] ?? 0, end = start[selected + 1] ?? 0; k < end; k++) {
      const e = list[k] ?? 0;
      if (!visibleEdges[e]) continue;
      nodes[source[e] ?? 0] = 1;
      nodes[target[e] ?? 0] = 1;
    }
    nodes[selected] = 2;
    return { active: true, nodes };
  }
  const e = anchors.selectedEdge;
  if (e >= 0 && visibleEdges[e]) {
    nodes[source[e] ?? 0] = 1;
    nodes[target[e] ?? 0] = 1;
    return { active: true, nodes };
  }
  return { active: false, nodes };
}

/** Per-call node flags, as CLASS_BIT masks: focus, on-path, pinned, expanded. */
export function classifyNode(
  model: GraphModel,
  n: number,
  highlight: Highlight,
  flags: number,
): number {
  const mark = highlight.nodes[n];
  let mask = flags;
  if (mark === 2) mask |= CLASS_BIT.selected;
  else if (mark === 1) mask |= CLASS_BIT['neighbour-of-selected'];
  else if (highlight.active) mask |= CLASS_BIT.faded;
  if (model.nodes.types[n] === CLAIM_TYPE) mask |= CLASS_BIT.claim;
  if (model.nodes.disputed[n]) mask |= CLASS_BIT.disputed;
  return mask;
}

export function classifyEdge(
  model: GraphModel,
  e: number,
  anchors: Anchors,
  highlight: Highlight,
  onPath: boolean,
): number {
  const { source, target, marks, derived, restsOnStatements } = model.edges;
  let mask = 0;
  if (e === anchors.selectedEdge) mask |= CLASS_BIT.selected;
  else if (
    highlight.active &&
    anchors.selectedNode >= 0 &&
    (source[e] === anchors.selectedNode || target[e] === anchors.selectedNode)
  ) {
    mask |= CLASS_BIT['neighbour-of-selected'];
  } else if (highlight.active) mask |= CLASS_BIT.faded;
  if (onPath) mask |= CLASS_BIT['on-path'];
  const mark = marks[e] ?? 0;
  if (mark & EDGE_MARK_CONTRADICTS) mask |= CLASS_BIT.contradicts;
  if (mark & EDGE_MARK_SUPPORTS) mask |= CLASS_BIT.supports;
  if (derived[e]) mask |= CLASS_BIT.derived;
  // Claim edges are statements by nature and styled as such already; relations are marked.
  else if (restsOnStatements[e]) mask |= CLASS_BIT.statement;
  return mask;
}
