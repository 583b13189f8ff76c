// The dated things on screen, in date order: relations (not the derived claim edges, which would
// repeat their claim) and claims. It follows the view, focus included, so the timeline and the
// graph always show the same evidence.
import type { GraphModel } from '../../model';
import { deriveView } from '../deriveView';
import type { DerivedView, TimelineItem } from '../types';
import type { ViewState } from '../viewState';

interface Dated {
  item: TimelineItem;
  start: number;
  end: number;
}

function compareDated(a: Dated, b: Dated): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    a.item.label.localeCompare(b.item.label) ||
    (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0)
  );
}

/** Pass the view when it is already derived for this state, to avoid deriving it twice. */
export function deriveTimeline(
  model: GraphModel,
  state: ViewState,
  view: DerivedView = deriveView(model, state),
): TimelineItem[] {
  const dated: Dated[] = [];
  const { graph, nodes, edges } = model;
  for (const edge of view.edges) {
    const e = edges.index.get(edge.id);
    if (e === undefined || edges.derived[e] || !edges.dated[e]) continue;
    const a = graph.getEdgeAttributes(edge.id);
    const label = `${nodes.labels[edges.source[e] ?? 0]} ${edge.label} ${nodes.labels[edges.target[e] ?? 0]}`;
    dated.push({
      item: {
        id: edge.id,
        kind: 'relation',
        label,
        date: a.date,
        dateStart: a.dateStart,
        dateEnd: a.dateEnd,
      },
      start: edges.dateStart[e] ?? 0,
      end: edges.dateEnd[e] ?? 0,
    });
  }
  for (const node of view.nodes) {
    const n = nodes.index.get(node.id);
    const claim = graph.getNodeAttribute(node.id, 'claim');
    if (n === undefined || !claim || Number.isNaN(nodes.claimStart[n])) continue;
    const claimant = claim.claimant === null ? undefined : nodes.index.get(claim.claimant);
    const label =
      claimant === undefined ? node.label : `${nodes.labels[claimant]} stated: ${node.label}`;
    dated.push({
      item: {
        id: node.id,
        kind: 'claim',
        label,
        date: claim.date,
        dateStart: claim.dateStart,
        dateEnd: claim.dateEnd,
      },
      start: nodes.claimStart[n] ?? 0,
      end: nodes.claimEnd[n] ?? 0,
    });
  }
  return dated.sort(compareDated).map((d) => d.item);
}
