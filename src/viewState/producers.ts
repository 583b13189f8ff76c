// Pure producers behind the view actions: (view, args) → next view. They say what an action
// means; the store then passes the result through sanitizeViewState, which settles everything
// an action need not spell out (order, duplicates, clamping, hops without focus).
import { DEFAULT_VIEW_STATE, type ViewState, type Viewport } from './viewState';
import { FILTERS, type FilterKind } from './filters';

const without = (list: readonly string[], id: string | null): string[] =>
  list.filter((x) => x !== id);
const withItem = (list: readonly string[], id: string): string[] =>
  list.includes(id) ? [...list] : [...list, id];
const toggleItem = (list: readonly string[], id: string): string[] =>
  list.includes(id) ? without(list, id) : [...list, id];

export function applySelect(view: ViewState, id: string | null): ViewState {
  return { ...view, selected: id };
}

/** Focusing a hidden entity shows it again: a name asked for beats a hide. */
export function applyFocus(view: ViewState, id: string | null): ViewState {
  return { ...view, focus: id, hidden: without(view.hidden, id) };
}

export function applySetHops(view: ViewState, hops: number): ViewState {
  return { ...view, hops };
}

export function applyExpand(view: ViewState, id: string): ViewState {
  if (view.expanded.some((e) => e.id === id)) return view;
  return {
    ...view,
    expanded: [...view.expanded, { id, pages: 1 }],
    hidden: without(view.hidden, id),
  };
}

export function applyShowMore(view: ViewState, id: string): ViewState {
  if (!view.expanded.some((e) => e.id === id)) return applyExpand(view, id);
  const expanded = view.expanded.map((e) => (e.id === id ? { id, pages: e.pages + 1 } : e));
  return { ...view, expanded };
}

export function applyCollapse(view: ViewState, id: string): ViewState {
  return { ...view, expanded: view.expanded.filter((e) => e.id !== id) };
}

/** Hiding an entity also lets go of every other hold on it (pin, expansion, focus, path). */
export function applyHide(view: ViewState, id: string): ViewState {
  const unless = (value: string | null) => (value === id ? null : value);
  return {
    ...view,
    hidden: withItem(view.hidden, id),
    pinned: without(view.pinned, id),
    expanded: view.expanded.filter((e) => e.id !== id),
    selected: unless(view.selected),
    focus: unless(view.focus),
    pathFrom: unless(view.pathFrom),
    pathTo: unless(view.pathTo),
  };
}

export function applyUnhide(view: ViewState, id: string): ViewState {
  return { ...view, hidden: without(view.hidden, id) };
}

export function applyPin(view: ViewState, id: string): ViewState {
  return { ...view, pinned: withItem(view.pinned, id), hidden: without(view.hidden, id) };
}

export function applyUnpin(view: ViewState, id: string): ViewState {
  return { ...view, pinned: without(view.pinned, id) };
}

export function applyShowAll(view: ViewState): ViewState {
  return {
    ...view,
    focus: null,
    hops: DEFAULT_VIEW_STATE.hops,
    expanded: [],
    hidden: [],
    pinned: [],
    pathFrom: null,
    pathTo: null,
  };
}

export function applySetPath(view: ViewState, from: string | null, to: string | null): ViewState {
  return { ...view, pathFrom: from, pathTo: to, hidden: without(without(view.hidden, from), to) };
}

export function applySetDateRange(
  view: ViewState,
  from: string | null,
  to: string | null,
): ViewState {
  return { ...view, dateFrom: from, dateTo: to };
}

export function applyToggleUndated(view: ViewState): ViewState {
  return { ...view, includeUndated: !view.includeUndated };
}

export function applyToggleEstimated(view: ViewState): ViewState {
  return { ...view, includeEstimated: !view.includeEstimated };
}

export function applyTogglePathThroughClaims(view: ViewState): ViewState {
  return { ...view, pathThroughClaims: !view.pathThroughClaims };
}

/** Unchecking from "all" checks every other source; checking the last one back means "all". */
export function applyToggleSource(
  view: ViewState,
  id: string,
  allSourceIds: readonly string[],
): ViewState {
  const checked = toggleItem(view.sources ?? allSourceIds, id);
  const isAll = allSourceIds.length > 0 && allSourceIds.every((s) => checked.includes(s));
  return { ...view, sources: isAll ? null : checked };
}

export function applySetSources(view: ViewState, ids: readonly string[] | null): ViewState {
  return { ...view, sources: ids === null ? null : [...ids] };
}

export function applySetMinSources(view: ViewState, n: number): ViewState {
  return { ...view, minSources: n };
}

export function applyToggleEntityType(view: ViewState, type: string): ViewState {
  return { ...view, hiddenEntityTypes: toggleItem(view.hiddenEntityTypes, type) };
}

export function applyTogglePredicate(view: ViewState, predicate: string): ViewState {
  return { ...view, hiddenPredicates: toggleItem(view.hiddenPredicates, predicate) };
}

/** See the filter table: `date` also shows undated relations again. */
export function applyClearFilter(view: ViewState, kind: FilterKind): ViewState {
  return FILTERS[kind].clear(view);
}

export function applyOpenReader(
  view: ViewState,
  source: string,
  start: number | null = null,
  end: number | null = null,
): ViewState {
  return { ...view, readerSource: source, readerStart: start, readerEnd: end };
}

export function applyCloseReader(view: ViewState): ViewState {
  return { ...view, readerSource: null, readerStart: null, readerEnd: null };
}

/**
 * Lays the given entities out again, fitted to the canvas. The same entities once more is one
 * more round, starting where the last one stopped; other entities start again from their compiled
 * positions.
 */
export function applyRelayout(view: ViewState, ids: readonly string[]): ViewState {
  const nodes = [...new Set(ids)];
  const previous = view.layout;
  const again =
    previous !== null &&
    previous.nodes.length === nodes.length &&
    nodes.every((id) => previous.nodes.includes(id));
  return {
    ...view,
    layout: { nodes, rounds: again ? previous.rounds + 1 : 1 },
    viewport: null,
  };
}

export function applySetViewport(view: ViewState, viewport: Viewport | null): ViewState {
  return { ...view, viewport: viewport && { ...viewport } };
}

/** True when two views are the same data (views are plain JSON-like values). */
export function areViewStatesEqual(a: ViewState, b: ViewState): boolean {
  return isSameData(a, b);
}

function isSameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((k) => Object.hasOwn(recordB, k) && isSameData(recordA[k], recordB[k]));
}
