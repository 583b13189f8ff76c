// Retina's `clean` step: turns any ViewState-shaped value into the one canonical state that means
// the same view. It runs once, where a view comes in: decoding a link or a story's view ends here,
// and so does every store action; so all of them agree on one spelling per view. A view it made
// is frozen and remembered, so a later boundary that meets it again (the store taking a decoded
// view, the encoder writing the store's) passes it through instead of cleaning it twice. It knows
// nothing of the graph: unknown ids are the decoder's business.
import {
  DEFAULT_VIEW_STATE,
  MAX_HOPS,
  MIN_HOPS,
  type ExpandedEntity,
  type Relayout,
  type ViewState,
  type Viewport,
} from './viewState';
import { isValidDay } from '../calendar/periods';
import {
  MAX_LIST_ITEMS,
  MAX_OFFSET,
  MAX_PAGES,
  MAX_PAN,
  MAX_SOURCES_LIMIT,
  MAX_LAYOUT_ROUNDS,
  MAX_ZOOM,
  MIN_SOURCES_LIMIT,
  MIN_ZOOM,
  PAN_DECIMALS,
  ZOOM_DECIMALS,
} from './limits';
import { compareText, isValidId } from './ids';

/** Rounds, clamps and turns NaN into the fallback; ±Infinity clamps like any big number. */
export function clampInteger(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value))) + 0; // + 0 turns -0 into 0
}

export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale + 0;
}

function cleanId(value: unknown): string | null {
  return isValidId(value) ? value : null;
}

function cleanIdList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const ids = new Set<string>();
  for (const id of value) if (isValidId(id)) ids.add(id);
  return [...ids].sort(compareText);
}

function cleanExpanded(value: unknown): ExpandedEntity[] {
  if (!Array.isArray(value)) return [];
  // One entry per id; a duplicate keeps the most pages, since more is what someone asked for.
  const pagesById = new Map<string, number>();
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { id, pages } = entry as Partial<ExpandedEntity>;
    if (!isValidId(id)) continue;
    const clean = clampInteger(pages, 1, MAX_PAGES, 1);
    pagesById.set(id, Math.max(clean, pagesById.get(id) ?? 1));
  }
  return [...pagesById.keys()]
    .sort(compareText)
    .map((id) => ({ id, pages: pagesById.get(id) ?? 1 }));
}

function capList<T>(list: T[]): T[] {
  return list.length > MAX_LIST_ITEMS ? list.slice(0, MAX_LIST_ITEMS) : list;
}

function cleanOffset(value: unknown): number | null {
  // + 0 turns -0 into 0, so sanitizing twice gives what sanitizing once gave.
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_OFFSET
    ? value + 0
    : null;
}

function cleanLayout(value: unknown): Relayout | null {
  if (typeof value !== 'object' || value === null) return null;
  const { nodes, rounds } = value as Partial<Relayout>;
  const ids = capList(cleanIdList(nodes));
  if (ids.length === 0) return null;
  return { nodes: ids, rounds: clampInteger(rounds, 1, MAX_LAYOUT_ROUNDS, 1) };
}

function cleanViewport(value: unknown): Viewport | null {
  if (typeof value !== 'object' || value === null) return null;
  const { zoom, panX, panY } = value as Partial<Viewport>;
  const finite = [zoom, panX, panY].every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!finite || (zoom as number) <= 0) return null;
  const clampPan = (n: number) => roundTo(Math.min(MAX_PAN, Math.max(-MAX_PAN, n)), PAN_DECIMALS);
  return {
    zoom: roundTo(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom as number)), ZOOM_DECIMALS),
    panX: clampPan(panX as number),
    panY: clampPan(panY as number),
  };
}

/**
 * The canonical form of a view. Rules, in order of precedence:
 * - ids must be valid (see checkId); lists are deduplicated, sorted and capped;
 * - focus and path endpoints beat `hidden` (they were asked for by name);
 * - hidden beats pinned, expanded and selected;
 * - hops only means something around a focus, so it is 1 without one;
 * - a path needs two different ends (pathTo equal to pathFrom is dropped);
 * - a reversed date range or reader span is swapped; a span needs a reader source;
 * - a re-layout of no entity is none;
 * - numbers are clamped, the viewport rounded to the decimals the URL keeps.
 */
export function sanitizeViewState(input: ViewState): ViewState {
  if (canonicalViews.has(input)) return input;
  const clean = freezeView(canonicalize(input));
  canonicalViews.add(clean);
  return clean;
}

/** Views sanitizeViewState returned: canonical, and frozen so they stay so. */
const canonicalViews = new WeakSet<ViewState>([freezeView(DEFAULT_VIEW_STATE)]);

function freezeView(view: ViewState): ViewState {
  for (const entry of view.expanded) Object.freeze(entry);
  for (const list of [view.expanded, view.hidden, view.pinned, view.sources]) {
    if (list) Object.freeze(list);
  }
  for (const list of [view.hiddenEntityTypes, view.hiddenPredicates]) Object.freeze(list);
  if (view.layout) Object.freeze(Object.freeze(view.layout).nodes);
  if (view.viewport) Object.freeze(view.viewport);
  return Object.freeze(view);
}

function canonicalize(input: ViewState): ViewState {
  const focus = cleanId(input.focus);
  const pathFrom = cleanId(input.pathFrom);
  const pathTo = cleanId(input.pathTo) === pathFrom ? null : cleanId(input.pathTo);
  const named = new Set([focus, pathFrom, pathTo]);
  const hidden = capList(cleanIdList(input.hidden).filter((id) => !named.has(id)));
  const hiddenSet = new Set(hidden);
  const selected = cleanId(input.selected);

  let dateFrom = isValidDay(input.dateFrom) ? input.dateFrom : null;
  let dateTo = isValidDay(input.dateTo) ? input.dateTo : null;
  if (dateFrom !== null && dateTo !== null && dateFrom > dateTo) {
    [dateFrom, dateTo] = [dateTo, dateFrom];
  }

  const readerSource = cleanId(input.readerSource);
  let readerStart = readerSource === null ? null : cleanOffset(input.readerStart);
  let readerEnd = readerStart === null ? null : cleanOffset(input.readerEnd);
  if (readerStart !== null && readerEnd !== null && readerEnd < readerStart) {
    [readerStart, readerEnd] = [readerEnd, readerStart];
  }

  return {
    selected: selected !== null && hiddenSet.has(selected) ? null : selected,
    focus,
    hops: focus === null ? MIN_HOPS : clampInteger(input.hops, MIN_HOPS, MAX_HOPS, MIN_HOPS),
    expanded: capList(cleanExpanded(input.expanded).filter((e) => !hiddenSet.has(e.id))),
    hidden,
    pinned: capList(cleanIdList(input.pinned).filter((id) => !hiddenSet.has(id))),
    pathFrom,
    pathTo,
    pathThroughClaims: input.pathThroughClaims === true,
    dateFrom,
    dateTo,
    includeUndated: input.includeUndated !== false,
    includeEstimated: input.includeEstimated !== false,
    sources: Array.isArray(input.sources) ? capList(cleanIdList(input.sources)) : null,
    minSources: clampInteger(input.minSources, MIN_SOURCES_LIMIT, MAX_SOURCES_LIMIT, 1),
    hiddenEntityTypes: capList(cleanIdList(input.hiddenEntityTypes)),
    hiddenPredicates: capList(cleanIdList(input.hiddenPredicates)),
    readerSource,
    readerStart,
    readerEnd,
    layout: cleanLayout(input.layout),
    viewport: cleanViewport(input.viewport),
  };
}
