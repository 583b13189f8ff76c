// The shape of the one app store: a view slice (what is seen, mirrored in the URL) and a ui slice
// (notices, announcements, search, loading: never in the URL).
import type { StoreApi } from 'zustand/vanilla';
import type { FilterKind } from '../viewState/filters';
import type { ViewState, Viewport } from '../viewState/viewState';

/** How the URL sync records a change: a new history entry, an overwrite, or nothing. */
export const HISTORY_MODES = ['push', 'replace', 'none'] as const;
export type HistoryMode = (typeof HISTORY_MODES)[number];

export interface LastChange {
  mode: HistoryMode;
  /** Counts view changes, so a subscriber can tell two equal modes apart. */
  seq: number;
}

export interface ViewSlice {
  view: ViewState;
  lastChange: LastChange;
  select(id: string | null): void;
  /** Null clears the focus, like clearFilter('focus'). */
  focus(id: string | null): void;
  setHops(hops: number): void;
  expand(id: string): void;
  /** One more page of neighbours; expands the entity first when it is not expanded. */
  showMore(id: string): void;
  collapse(id: string): void;
  hide(id: string): void;
  unhide(id: string): void;
  pin(id: string): void;
  unpin(id: string): void;
  /** Back to the whole graph: clears focus, expanded, hidden, pinned and path. */
  showAll(): void;
  setPath(from: string | null, to: string | null): void;
  /** Replaces the current history entry: a brush drag is one move, not a hundred. */
  setDateRange(from: string | null, to: string | null): void;
  toggleUndated(): void;
  toggleSource(id: string, allSourceIds: readonly string[]): void;
  /** Null means every source. */
  setSources(ids: readonly string[] | null): void;
  setMinSources(n: number): void;
  toggleEntityType(type: string): void;
  togglePredicate(predicate: string): void;
  clearFilter(kind: FilterKind): void;
  openReader(source: string, start?: number | null, end?: number | null): void;
  closeReader(): void;
  /** Replaces the current history entry; null lets the renderer fit the graph. */
  setViewport(viewport: Viewport | null): void;
  /** Takes a view from the URL (startup, back/forward): writes no history. */
  hydrate(view: ViewState): void;
  resetView(): void;
}

export const NOTICE_KINDS = ['info', 'warning', 'error'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface Notice {
  id: string;
  kind: NoticeKind;
  message: string;
  items?: string[];
}

export type NoticeInput = Omit<Notice, 'id'>;

export const LOADING_PHASES = ['loading', 'ready', 'error', 'empty'] as const;
export type LoadingPhase = (typeof LOADING_PHASES)[number];

export interface LoadingStatus {
  phase: LoadingPhase;
  /** 0…1 while loading, when known. */
  progress?: number;
  errors?: string[];
}

export interface UiSlice {
  notices: Notice[];
  /** Adds a notice and returns its id; an identical notice already shown is not repeated. */
  addNotice(notice: NoticeInput): string;
  dismissNotice(id: string): void;
  clearNotices(): void;
  /** Text for the aria-live region. The store knows no labels: callers say what happened. */
  announcement: string;
  announce(text: string): void;
  searchQuery: string;
  setSearchQuery(query: string): void;
  loading: LoadingStatus;
  setLoading(status: LoadingStatus): void;
}

export type AppState = ViewSlice & UiSlice;
export type AppStore = StoreApi<AppState>;
