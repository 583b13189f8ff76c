// Why the view shows no relation. Cheap approach: look at the relations that could have been on
// screen (all of them, or those at the focus / pins), and name the filter that alone rejects most
// of them, i.e. the one whose clearing brings the most back.
import type { GraphModel } from '../model';
import { isolateBidi } from '../model/bidi';
import type { Anchors } from './anchors';
import {
  REJECT_DATE,
  REJECT_HIDDEN,
  REJECT_MIN_SOURCES,
  REJECT_PREDICATES,
  REJECT_SOURCES,
  REJECT_TYPES,
  type FilteredGraph,
} from './filters/filterElements';
import type { VisibleSelection } from './focus/selectVisible';
import type { FilterKind } from '../viewState/filters';
import type { EmptyReason } from './types';
import type { ViewState } from '../viewState/viewState';

/** In tie-break order: the date range is the filter people move most. */
const BIT_FILTERS: readonly (readonly [number, FilterKind])[] = [
  [REJECT_DATE, 'date'],
  [REJECT_SOURCES, 'sources'],
  [REJECT_MIN_SOURCES, 'minSources'],
  [REJECT_TYPES, 'types'],
  [REJECT_PREDICATES, 'predicates'],
  [REJECT_HIDDEN, 'hidden'],
];

function describe(filter: FilterKind, state: ViewState): string {
  switch (filter) {
    case 'date':
      return state.dateFrom === null && state.dateTo === null
        ? 'Every relation here is undated, and undated relations are excluded.'
        : 'No relation here falls in the chosen dates.';
    case 'sources':
      return 'None of the checked sources supports a relation here.';
    case 'minSources':
      return `Nothing here is supported by ${state.minSources} or more independent origins among the checked sources.`;
    case 'types':
      return 'The hidden entity types hide every relation here.';
    case 'predicates':
      return 'The hidden relation types hide every relation here.';
    case 'hidden':
      return 'The entities hidden by hand hide every relation here.';
    case 'focus':
      return 'Nothing is connected here.';
  }
}

function name(filter: FilterKind, state: ViewState): EmptyReason {
  return { filter, message: describe(filter, state) };
}

function firstFilterOf(bits: number): FilterKind {
  return BIT_FILTERS.find(([bit]) => bits & bit)?.[1] ?? 'focus';
}

/** Edges that could be on screen: at the roots of a focus or pin view, else all. */
function listCandidates(model: GraphModel, roots: number[] | null): Iterable<number> {
  if (roots === null) return model.edges.ids.keys();
  const { start, list } = model.nodes.incidence;
  const edges = new Set<number>();
  for (const n of roots) {
    for (let k = start[n] ?? 0, end = start[n + 1] ?? 0; k < end; k++) edges.add(list[k] ?? 0);
  }
  return edges;
}

export function explainEmpty(
  model: GraphModel,
  state: ViewState,
  anchors: Anchors,
  filtered: FilteredGraph,
  selection: VisibleSelection,
  visibleEdges: number,
): EmptyReason | null {
  if (visibleEdges > 0 || model.edges.count === 0) return null;
  const roots =
    selection.mode === 'focus'
      ? [anchors.focus]
      : selection.mode === 'pins'
        ? anchors.pinned
        : null;
  const { nodeRejects, edgeRejects } = filtered;
  if (roots && roots.every((n) => nodeRejects[n])) {
    const filter = firstFilterOf(nodeRejects[roots[0] ?? 0] ?? 0);
    const what = selection.mode === 'focus' ? 'The focused entity' : 'Every pinned entity';
    return { filter, message: `${what} is hidden. ${describe(filter, state)}` };
  }

  const sole = new Map<number, number>();
  const any = new Map<number, number>();
  let candidates = 0;
  let kept = 0;
  for (const e of listCandidates(model, roots)) {
    candidates++;
    const r = edgeRejects[e] ?? 0;
    if (r === 0) kept++;
    for (const [bit] of BIT_FILTERS) {
      if (r === bit) sole.set(bit, (sole.get(bit) ?? 0) + 1);
      if (r & bit) any.set(bit, (any.get(bit) ?? 0) + 1);
    }
  }
  if (candidates === 0) {
    const label = model.nodes.labels[roots?.[0] ?? 0] ?? '';
    return {
      filter: 'focus',
      message:
        selection.mode === 'focus'
          ? `${isolateBidi(label)} has no relations.`
          : 'The pinned entities have no relations.',
    };
  }
  if (kept > 0) {
    return {
      filter: 'focus',
      message: 'No relation joins the pinned entities: expand one to add its neighbours.',
    };
  }
  const pickMost = (counts: Map<number, number>): number | null => {
    let best: number | null = null;
    for (const [bit] of BIT_FILTERS) {
      if ((counts.get(bit) ?? 0) > (best === null ? 0 : (counts.get(best) ?? 0))) best = bit;
    }
    return best;
  };
  const alone = pickMost(sole);
  if (alone !== null) return name(firstFilterOf(alone), state);
  const together = firstFilterOf(pickMost(any) ?? 0);
  return {
    filter: together,
    message: `Several filters together hide every relation here. ${describe(together, state)}`,
  };
}
