// Reads of the store. Selectors returning a primitive or a stored reference can be used as they
// are; those building a new array or object (marked "new value") need useShallow in React:
//   const filters = useAppStore(useShallow(selectActiveFilters));
import { DEFAULT_VIEW_STATE, type ViewState } from '../view/viewState';
import type { AppState, FilterKind } from './types';

export const selectView = (s: AppState) => s.view;
export const selectLastChange = (s: AppState) => s.lastChange;
export const selectSelected = (s: AppState) => s.view.selected;
export const selectFocus = (s: AppState) => s.view.focus;
export const selectHops = (s: AppState) => s.view.hops;
export const selectViewport = (s: AppState) => s.view.viewport;
export const selectReaderSource = (s: AppState) => s.view.readerSource;
export const selectNotices = (s: AppState) => s.notices;
export const selectAnnouncement = (s: AppState) => s.announcement;
export const selectSearchQuery = (s: AppState) => s.searchQuery;
export const selectLoading = (s: AppState) => s.loading;

export const selectIsHidden = (id: string) => (s: AppState) => s.view.hidden.includes(id);
export const selectIsPinned = (id: string) => (s: AppState) => s.view.pinned.includes(id);
/** Pages of neighbours shown for an entity; 0 when it is not expanded. */
export const selectExpandedPages = (id: string) => (s: AppState) =>
  s.view.expanded.find((e) => e.id === id)?.pages ?? 0;
export const selectIsSourceChecked = (id: string) => (s: AppState) =>
  s.view.sources === null || s.view.sources.includes(id);

/** Which filters differ from the default view, for "clear" chips. */
export function listActiveFilters(view: ViewState): FilterKind[] {
  const d = DEFAULT_VIEW_STATE;
  const active: [FilterKind, boolean][] = [
    [
      'date',
      view.dateFrom !== null || view.dateTo !== null || view.includeUndated !== d.includeUndated,
    ],
    ['sources', view.sources !== null],
    ['types', view.hiddenEntityTypes.length > 0],
    ['predicates', view.hiddenPredicates.length > 0],
    ['minSources', view.minSources !== d.minSources],
    ['focus', view.focus !== null],
    ['hidden', view.hidden.length > 0],
  ];
  return active.filter(([, on]) => on).map(([kind]) => kind);
}

/** New value: use with useShallow. */
export const selectActiveFilters = (s: AppState) => listActiveFilters(s.view);
export const selectHasActiveFilters = (s: AppState) => listActiveFilters(s.view).length > 0;

/** New value: use with useShallow. */
export const selectReader = (s: AppState) => ({
  source: s.view.readerSource,
  start: s.view.readerStart,
  end: s.view.readerEnd,
});
