// Keeps the address bar and the store in step. Store → URL: every view change writes the
// canonical URL, as a new history entry (push) or over the current one (replace), as its origin
// says (historyModes.ts), once the change has been painted. URL → store: back/forward decodes the
// URL and hydrates the store with the origin 'history', which writes nothing.
import type { AppState, StoryPosition } from '../store/types';
import type { ViewState } from '../viewState/viewState';
import { decodeFlags, decodeViewState, encodeViewState } from './codec';
import { historyModeFor } from './historyModes';
import { decodeStoryLink } from './storyKeys';
import type { DecodeContext, DecodeResult } from './types';

/** The parts of `window` the sync uses, so tests can pass a fake. */
export interface UrlWindow {
  location: { pathname: string; search: string; hash: string };
  history: {
    pushState(data: unknown, unused: string, url?: string | null): void;
    replaceState(data: unknown, unused: string, url?: string | null): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export interface SyncedStore {
  getState(): AppState;
  subscribe(listener: (state: AppState, previous: AppState) => void): () => void;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface UrlSyncOptions {
  /** What the graph knows, for decoding on back/forward; a function is asked each time. */
  context?: DecodeContext | (() => DecodeContext);
  /** Called with each back/forward decode, e.g. to show its notices. */
  onDecode?: (result: DecodeResult) => void;
  /**
   * Replace writes (viewport, brush) are batched: at most one per this many ms. Browsers throttle
   * replaceState (Safari throws after 100 calls in 30 s), and a drag fires far more often.
   */
  replaceDelayMs?: number;
  /** Rewrites the URL to its canonical form when the sync starts. Default true. */
  canonicalizeOnStart?: boolean;
  timers?: Timers;
  /**
   * Runs a deliberate move's history writes. A write takes Chromium several milliseconds, which
   * would delay the frame that shows the move: by default they wait until it has been painted.
   */
  afterPaint?: (write: () => void) => void;
}

const DEFAULT_REPLACE_DELAY_MS = 250;

/** What the address holds: the view and the story being followed. */
interface Place {
  view: ViewState;
  story: StoryPosition | null;
}

const placeOf = ({ view, story }: AppState): Place => ({ view, story });

/**
 * The address a view is written as: the canonical query, the story being followed, with the flags
 * the page was opened with (embed=1 is how the page was opened, not part of the view) and the hash.
 */
export function viewUrl(
  location: UrlWindow['location'],
  view: ViewState,
  story: StoryPosition | null = null,
): string {
  const { pathname, search, hash } = location;
  const query = encodeViewState(view, decodeFlags(search), story);
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

/** The next task after the next frame (or at once where nothing paints). */
function afterNextPaint(write: () => void): void {
  if (typeof requestAnimationFrame !== 'function') write();
  else requestAnimationFrame(() => globalThis.setTimeout(write, 0));
}

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Starts syncing; returns a stop function that writes any pending change and lets go. */
export function startUrlSync(
  store: SyncedStore,
  win: UrlWindow,
  options: UrlSyncOptions = {},
): () => void {
  const timers = options.timers ?? defaultTimers;
  const delay = options.replaceDelayMs ?? DEFAULT_REPLACE_DELAY_MS;
  const afterPaint = options.afterPaint ?? afterNextPaint;
  let pending: { place: Place; handle: unknown } | null = null;
  // A deliberate move's writes, waiting for the paint, in order.
  let queued: { mode: 'push' | 'replace'; place: Place }[] = [];

  const write = (mode: 'push' | 'replace', { view, story }: Place) => {
    const url = viewUrl(win.location, view, story);
    const { pathname, search, hash } = win.location;
    if (url === `${pathname}${search}${hash}`) return;
    try {
      if (mode === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
    } catch {
      // A throttled or refused history write leaves the URL behind, never the app broken.
    }
  };

  const cancelPending = () => {
    if (pending) timers.clearTimeout(pending.handle);
    pending = null;
  };

  const writeQueued = () => {
    const writes = queued;
    queued = [];
    for (const { mode, place } of writes) write(mode, place);
  };

  const enqueue = (mode: 'push' | 'replace', place: Place) => {
    queued.push({ mode, place });
    if (queued.length === 1) afterPaint(writeQueued);
  };

  const flushPending = () => {
    if (!pending) return;
    const { place } = pending;
    cancelPending();
    // A move still waiting for its paint came first: its entry is the one to replace.
    writeQueued();
    write('replace', place);
  };

  const onChange = (state: AppState, previous: AppState) => {
    if (state.view === previous.view && state.story === previous.story) return;
    const mode = historyModeFor(state.lastChange.origin);
    const place = placeOf(state);
    if (mode === 'none') {
      cancelPending(); // the URL already holds the hydrated view
    } else if (mode === 'replace') {
      if (pending) pending.place = place;
      else pending = { place, handle: timers.setTimeout(flushPending, delay) };
    } else {
      // The entry being left gets its last continuous change before the new one is pushed.
      if (pending) {
        cancelPending();
        enqueue('replace', placeOf(previous));
      }
      enqueue('push', place);
    }
  };

  const onPopState = () => {
    // A pending replace belongs to the entry just left; writing it now would overwrite this one.
    // Queued pushes would cut off the entries ahead: a move made in the frame before going back
    // or forward is not recorded.
    cancelPending();
    queued = [];
    const context = typeof options.context === 'function' ? options.context() : options.context;
    const result = decodeViewState(win.location.search, context);
    const link = decodeStoryLink(win.location.search);
    // The player checks the story and clamps a stale step (it knows the corpus's stories).
    const story = link && { id: link.id, step: link.step ?? 1 };
    store.getState().showStory(story, result.state, { origin: 'history' });
    options.onDecode?.(result);
  };

  if (options.canonicalizeOnStart !== false) write('replace', placeOf(store.getState()));
  const unsubscribe = store.subscribe(onChange);
  win.addEventListener('popstate', onPopState);

  return () => {
    writeQueued();
    flushPending();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
