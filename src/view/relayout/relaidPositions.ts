// The positions of a view's re-layout (ViewState's `layout`), computed from the model alone so that
// a link reproduces them: the listed entities start at their compiled positions and ForceAtlas2 runs
// over every relation among them, `rounds` times in a row. The last one asked for is kept per model:
// a view changes many times between two re-layouts.
import { resolveId, type GraphModel } from '../../model';
import { layoutPositions, type PositionedNode } from '../../layout/relayout';
import type { Relayout } from '../../viewState/viewState';

export interface Point {
  x: number;
  y: number;
}

const lastLayouts = new WeakMap<GraphModel, { key: string; positions: Map<number, Point> }>();

/** Node index → position for each laid-out entity the model knows; null without a re-layout. */
export function resolveRelaidPositions(
  model: GraphModel,
  layout: Relayout | null,
): ReadonlyMap<number, Point> | null {
  if (layout === null) return null;
  const key = `${layout.rounds}*${layout.nodes.join(',')}`;
  const last = lastLayouts.get(model);
  if (last?.key === key) return last.positions;
  const positions = layOut(model, layout);
  lastLayouts.set(model, { key, positions });
  return positions;
}

function layOut(model: GraphModel, layout: Relayout): Map<number, Point> {
  const { ids, x, y, labels, incidence, index } = model.nodes;
  const { source, target } = model.edges;
  const chosen = new Set<number>();
  for (const id of layout.nodes) {
    const n = index.get(resolveId(model, id) ?? id);
    if (n !== undefined) chosen.add(n);
  }
  const members = [...chosen];
  const links: { source: string; target: string }[] = [];
  for (const n of members) {
    for (let k = incidence.start[n] ?? 0, end = incidence.start[n + 1] ?? 0; k < end; k++) {
      const e = incidence.list[k] ?? 0;
      const other = source[e] === n ? (target[e] ?? 0) : (source[e] ?? 0);
      // Each pair once, from its lower end: parallel relations pull as one.
      if (other > n && chosen.has(other))
        links.push({ source: ids[n] ?? '', target: ids[other] ?? '' });
    }
  }
  let nodes: PositionedNode[] = members.map((n) => ({
    id: ids[n] ?? '',
    x: x[n] ?? 0,
    y: y[n] ?? 0,
    label: labels[n] ?? '',
  }));
  for (let round = 0; round < layout.rounds; round++) {
    const placed = layoutPositions(nodes, links);
    nodes = nodes.map((node) => ({ ...node, ...placed.get(node.id) }));
  }
  const positions = new Map<number, Point>();
  members.forEach((n, i) => {
    const node = nodes[i];
    if (node) positions.set(n, { x: node.x, y: node.y });
  });
  return positions;
}
