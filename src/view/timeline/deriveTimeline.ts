// The dated things on screen, in date order: relations (not the derived claim edges, which would
// repeat their claim) and claims. It follows the view, focus included, so the timeline and the
// graph always show the same evidence.
import type { GraphModel } from '../../model';
import { isolateBidi } from '../../model/bidi';
import { describeClaimStatement, describeRelationSentence } from '../../model/sentences';
import { deriveView } from '../deriveView';
import type { DerivedView, TimelineItem } from '../types';
import type { ViewState } from '../../viewState/viewState';

function describeRelation(model: GraphModel, e: number): TimelineItem {
  const { edges } = model;
  const id = edges.ids[e] ?? '';
  const a = edges.attributesOf(e);
  const sentence = describeRelationSentence(model, e);
  return {
    id,
    kind: 'relation',
    // Isolated: a subject whose right-to-left override is never closed must not reverse the rest.
    label: `${isolateBidi(sentence.first)} ${sentence.verb} ${isolateBidi(sentence.second)}`,
    date: a.date,
    dateStart: a.dateStart,
    dateEnd: a.dateEnd,
    estimated: edges.dateEstimated[e] === 1,
  };
}

function describeClaim(model: GraphModel, n: number): TimelineItem {
  const { nodes } = model;
  const id = nodes.ids[n] ?? '';
  const label = nodes.labels[n] ?? '';
  const claim = nodes.attributes[n]?.claim;
  const claimant = claim?.claimant == null ? undefined : nodes.index.get(claim.claimant);
  const claimantLabel = claimant === undefined ? '' : (nodes.labels[claimant] ?? '');
  const { connective, statement } = describeClaimStatement(claimantLabel, label);
  return {
    id,
    kind: 'claim',
    label:
      claimant === undefined
        ? label
        : `${isolateBidi(claimantLabel)} stated${connective === 'that' ? ' that' : ':'} ${isolateBidi(statement)}`,
    date: claim?.date ?? null,
    dateStart: claim?.dateStart ?? null,
    dateEnd: claim?.dateEnd ?? null,
    estimated: nodes.claimDateEstimated[n] === 1,
  };
}

/**
 * Sorted by first day (open starts first), then last day, then relations before claims, then file
 * order: numeric keys only, since a whole-graph timeline can hold 100k items.
 * Pass the view when it is already derived for this state, to avoid deriving it twice.
 */
export function deriveTimeline(
  model: GraphModel,
  state: ViewState,
  view: DerivedView = deriveView(model, state),
): TimelineItem[] {
  const { nodes, edges } = model;
  // Items are encoded as numbers: edge e → e, claim node n → edgeCount + n.
  const picked: number[] = [];
  for (const e of view.edgeIndices) {
    if (!edges.derived[e] && edges.dated[e]) picked.push(e);
  }
  for (const node of view.nodes) {
    const n = nodes.index.get(node.id);
    if (n !== undefined && !Number.isNaN(nodes.claimStart[n])) picked.push(edges.count + n);
  }
  const starts = new Float64Array(picked.length);
  const ends = new Float64Array(picked.length);
  picked.forEach((item, i) => {
    const isEdge = item < edges.count;
    starts[i] = (isEdge ? edges.dateStart[item] : nodes.claimStart[item - edges.count]) ?? 0;
    ends[i] = (isEdge ? edges.dateEnd[item] : nodes.claimEnd[item - edges.count]) ?? 0;
  });
  const order = Uint32Array.from(picked.keys());
  // Infinite keys compare with < rather than subtraction (Infinity - Infinity is NaN).
  order.sort((a, b) => {
    const sa = starts[a] ?? 0;
    const sb = starts[b] ?? 0;
    if (sa !== sb) return sa < sb ? -1 : 1;
    const ea = ends[a] ?? 0;
    const eb = ends[b] ?? 0;
    if (ea !== eb) return ea < eb ? -1 : 1;
    return (picked[a] ?? 0) - (picked[b] ?? 0);
  });
  return Array.from(order, (i) => {
    const item = picked[i] ?? 0;
    return item < edges.count
      ? describeRelation(model, item)
      : describeClaim(model, item - edges.count);
  });
}
