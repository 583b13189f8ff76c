// The shape of the one app store: a view slice (what is seen, mirrored in the URL) and a ui slice
// (notices and announcements: never in the URL).
import type { StoreApi } from 'zustand/vanilla';
import type { ChangeOptions, ViewChange } from '../viewState/changes';
import type { FilterKind } from '../viewState/filters';
import type { ViewState, Viewport } from '../viewState/viewState';

/**
 * Each action takes the origin of the change (see viewState/changes.ts); without one, a
 * deliberate move ('control'), except where noted.
 */
/** The story being followed and its step (1-based), written in the URL beside the view. */
export interface StoryPosition {
  id: string;
  step: number;
}

export interface ViewSlice {
  view: ViewState;
  lastChange: ViewChange;
  /** The story being followed, or null; the player checks it against the corpus's stories. */
  story: StoryPosition | null;
  /**
   * Goes to a story's step with its view (recorded as one change), or leaves the story (null)
   * keeping the view when none is given.
   */
  showStory(story: StoryPosition | null, view?: ViewState, options?: ChangeOptions): void;
  select(id: string | null, options?: ChangeOptions): void;
  /** Null clears the focus, like clearFilter('focus'). */
  focus(id: string | null, options?: ChangeOptions): void;
  setHops(hops: number, options?: ChangeOptions): void;
  expand(id: string, options?: ChangeOptions): void;
  /** One more page of neighbours; expands the entity first when it is not expanded. */
  showMore(id: string, options?: ChangeOptions): void;
  collapse(id: string, options?: ChangeOptions): void;
  hide(id: string, options?: ChangeOptions): void;
  unhide(id: string, options?: ChangeOptions): void;
  pin(id: string, options?: ChangeOptions): void;
  unpin(id: string, options?: ChangeOptions): void;
  /** Back to the whole graph: clears focus, expanded, hidden, pinned and path. */
  showAll(options?: ChangeOptions): void;
  setPath(from: string | null, to: string | null, options?: ChangeOptions): void;
  /** 'continuous' by default: a brush drag is one move, not a hundred, and so is typing a date. */
  setDateRange(from: string | null, to: string | null, options?: ChangeOptions): void;
  toggleUndated(options?: ChangeOptions): void;
  toggleEstimated(options?: ChangeOptions): void;
  /** Whether paths may run through claims as well as relations. */
  togglePathThroughClaims(options?: ChangeOptions): void;
  toggleSource(id: string, allSourceIds: readonly string[], options?: ChangeOptions): void;
  /** Null means every source. */
  setSources(ids: readonly string[] | null, options?: ChangeOptions): void;
  setMinSources(n: number, options?: ChangeOptions): void;
  toggleEntityType(type: string, options?: ChangeOptions): void;
  togglePredicate(predicate: string, options?: ChangeOptions): void;
  clearFilter(kind: FilterKind, options?: ChangeOptions): void;
  openReader(
    source: string,
    start?: number | null,
    end?: number | null,
    options?: ChangeOptions,
  ): void;
  closeReader(options?: ChangeOptions): void;
  /** Lays these entities out again (see applyRelayout), fitted to the canvas. */
  relayout(ids: readonly string[], options?: ChangeOptions): void;
  /** 'continuous' by default (pan and zoom); null lets the renderer fit the graph. */
  setViewport(viewport: Viewport | null, options?: ChangeOptions): void;
  /** Takes a whole view, e.g. from the address on back/forward ('history' by default). */
  hydrate(view: ViewState, options?: ChangeOptions): void;
  resetView(options?: ChangeOptions): void;
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

export interface UiSlice {
  notices: Notice[];
  /** Adds a notice and returns its id; an identical notice already shown is not repeated. */
  addNotice(notice: NoticeInput): string;
  dismissNotice(id: string): void;
  /** Text for the aria-live region. The store knows no labels: callers say what happened. */
  announcement: string;
  announce(text: string): void;
}

export type AppState = ViewSlice & UiSlice;
export type AppStore = StoreApi<AppState>;
