import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/createAppStore';
import { DEFAULT_VIEW_STATE } from '../viewState/viewState';
import { decodeViewState } from './codec';
import { historyModeFor } from './historyModes';
import { startUrlSync, type Timers, type UrlSyncOptions, type UrlWindow } from './historySync';

/** A history stack with the parts of window the sync uses. */
function createFakeWindow(startUrl = '/explore') {
  const entries = [startUrl];
  let index = 0;
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const current = () => new URL(entries[index] ?? '/', 'https://example.test');
  const win: UrlWindow & { failWrites: boolean } = {
    failWrites: false,
    location: {
      get pathname() {
        return current().pathname;
      },
      get search() {
        return current().search;
      },
      get hash() {
        return current().hash;
      },
    },
    history: {
      pushState(_data, _unused, url) {
        if (win.failWrites) throw new Error('SecurityError');
        calls.push(`push ${url}`);
        entries.splice(index + 1, entries.length, url ?? '');
        index += 1;
      },
      replaceState(_data, _unused, url) {
        if (win.failWrites) throw new Error('SecurityError');
        calls.push(`replace ${url}`);
        entries[index] = url ?? '';
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const go = (delta: number) => {
    index += delta;
    for (const listener of listeners) listener();
  };
  return { win, entries, calls, listeners, go, url: () => entries[index], index: () => index };
}

function createManualTimers(): Timers & { runAll(): void; count(): number } {
  const queue = new Map<number, () => void>();
  let next = 0;
  return {
    setTimeout(callback) {
      next += 1;
      queue.set(next, callback);
      return next;
    },
    clearTimeout: (handle) => queue.delete(handle as number),
    runAll() {
      const callbacks = [...queue.values()];
      queue.clear();
      for (const callback of callbacks) callback();
    },
    count: () => queue.size,
  };
}

/** Frames painted by hand: the writes waiting for one run on `paint()`. */
function createManualPaint() {
  const waiting: (() => void)[] = [];
  return {
    afterPaint: (write: () => void) => waiting.push(write),
    paint: () => {
      for (const write of waiting.splice(0)) write();
    },
    waiting: () => waiting.length,
  };
}

// Most tests paint at once: what they check is which entries are written, not when.
function setUp(startUrl = '/explore', options: UrlSyncOptions = {}) {
  const fake = createFakeWindow(startUrl);
  const store = createAppStore({ view: decodeViewState(fake.win.location.search).state });
  const timers = createManualTimers();
  const stop = startUrlSync(store, fake.win, {
    timers,
    afterPaint: (write) => write(),
    ...options,
  });
  return { ...fake, store, timers, stop };
}

describe('startUrlSync', () => {
  it('rewrites the URL to its canonical form on start, without a new entry', () => {
    const { entries, calls } = setUp('/explore?from=2021-09-01&hops=2&focus=tiktok&utm=x#about');
    expect(entries).toEqual(['/explore?v=1&focus=tiktok&hops=2&from=2021-09-01#about']);
    expect(calls).toHaveLength(1);
  });

  it('writes nothing on start when the URL is already canonical', () => {
    const { calls } = setUp('/explore?v=1&focus=a');
    expect(calls).toEqual([]);
  });

  it('pushes an entry for a deliberate move', () => {
    const { store, entries } = setUp();
    store.getState().focus('tiktok');
    store.getState().setHops(2);
    expect(entries).toEqual([
      '/explore',
      '/explore?v=1&focus=tiktok',
      '/explore?v=1&focus=tiktok&hops=2',
    ]);
  });

  it('writes nothing for an action that changes nothing', () => {
    const { store, calls } = setUp();
    store.getState().select(null);
    store.getState().unhide('nobody');
    expect(calls).toEqual([]);
  });

  it('batches continuous moves into one replace', () => {
    const { store, entries, calls, timers } = setUp();
    for (let i = 1; i <= 5; i += 1) store.getState().setViewport({ zoom: i, panX: 0, panY: 0 });
    expect(calls).toEqual([]);
    expect(timers.count()).toBe(1);
    timers.runAll();
    expect(calls).toEqual(['replace /explore?v=1&vp=5,0,0']);
    expect(entries).toHaveLength(1);
  });

  it('uses the global timers by default', () => {
    vi.useFakeTimers();
    try {
      const fake = createFakeWindow();
      const store = createAppStore();
      startUrlSync(store, fake.win, { replaceDelayMs: 100 });
      store.getState().setDateRange('2021-01-01', null);
      vi.advanceTimersByTime(99);
      expect(fake.url()).toBe('/explore');
      vi.advanceTimersByTime(1);
      expect(fake.url()).toBe('/explore?v=1&from=2021-01-01');
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes a deliberate move once it has been painted, in order', () => {
    const { afterPaint, paint, waiting } = createManualPaint();
    const { store, entries, timers, stop } = setUp('/explore', { afterPaint });
    store.getState().setViewport({ zoom: 2, panX: 0, panY: 0 });
    store.getState().focus('a');
    store.getState().setHops(2);
    // Nothing is written in the input's own task, and one paint takes all three writes.
    expect(entries).toEqual(['/explore']);
    expect(waiting()).toBe(1);
    paint();
    expect(entries).toEqual([
      '/explore?v=1&vp=2,0,0',
      '/explore?v=1&focus=a&vp=2,0,0',
      '/explore?v=1&focus=a&hops=2&vp=2,0,0',
    ]);
    // A replace whose delay ends before the paint writes the move waiting first.
    store.getState().focus('b');
    store.getState().setViewport({ zoom: 3, panX: 0, panY: 0 });
    timers.runAll();
    expect(entries.slice(3)).toEqual(['/explore?v=1&focus=b&hops=2&vp=3,0,0']);
    // Stopping writes what still waits.
    store.getState().focus('c');
    stop();
    expect(entries.at(-1)).toBe('/explore?v=1&focus=c&hops=2&vp=3,0,0');
    paint();
    expect(entries).toHaveLength(5);
  });

  it('drops a move still waiting for its paint on back: its entry was never made', () => {
    const { afterPaint, paint } = createManualPaint();
    const { store, go, entries } = setUp('/explore', { afterPaint });
    store.getState().focus('a');
    paint();
    store.getState().focus('b');
    go(-1);
    paint();
    expect(entries).toEqual(['/explore', '/explore?v=1&focus=a']);
    expect(store.getState().view).toEqual(DEFAULT_VIEW_STATE);
  });

  it('settles a pending replace on the old entry before pushing the next', () => {
    const { store, entries, timers } = setUp();
    store.getState().setDateRange('2021-01-01', '2021-12-31');
    store.getState().select('tiktok');
    expect(timers.count()).toBe(0);
    expect(entries).toEqual([
      '/explore?v=1&from=2021-01-01&to=2021-12-31',
      '/explore?v=1&sel=tiktok&from=2021-01-01&to=2021-12-31',
    ]);
  });

  it('hydrates the store on back and forward, writing nothing', () => {
    const onDecode = vi.fn();
    const { store, go, calls, entries } = setUp('/explore', { onDecode });
    store.getState().focus('a');
    store.getState().focus('b');
    calls.length = 0;
    go(-1);
    expect(store.getState().view).toEqual({ ...DEFAULT_VIEW_STATE, focus: 'a' });
    expect(historyModeFor(store.getState().lastChange.origin)).toBe('none');
    expect(calls).toEqual([]);
    expect(entries).toHaveLength(3);
    expect(onDecode).toHaveBeenCalledWith(expect.objectContaining({ dropped: [], notices: [] }));
    go(+1);
    expect(store.getState().view.focus).toBe('b');
    expect(calls).toEqual([]);
  });

  it('drops a pending replace on back: it belongs to the entry just left', () => {
    const { store, go, timers, entries } = setUp();
    store.getState().focus('a');
    store.getState().setViewport({ zoom: 2, panX: 0, panY: 0 });
    go(-1);
    timers.runAll();
    expect(entries).toEqual(['/explore', '/explore?v=1&focus=a']);
    expect(store.getState().view).toEqual(DEFAULT_VIEW_STATE);
  });

  it('decodes back/forward against the graph context, resolving former ids', () => {
    const onDecode = vi.fn();
    const fake = createFakeWindow('/explore?v=1&focus=new');
    const store = createAppStore();
    startUrlSync(store, fake.win, {
      context: () => ({ knownIds: (id) => (id === 'old' ? 'new' : id === 'new' ? id : null) }),
      onDecode,
      canonicalizeOnStart: false,
    });
    fake.win.history.pushState(null, '', '/explore?focus=old&hide=gone');
    fake.go(0);
    expect(store.getState().view.focus).toBe('new');
    expect(onDecode.mock.calls[0]?.[0].dropped).toEqual([
      { key: 'hide', value: 'gone', reason: 'unknown-id' },
    ]);
  });

  it('keeps embed=1 and the hash on every URL it writes', () => {
    const { store, url } = setUp('/explore?embed=1#top');
    store.getState().focus('a');
    expect(url()).toBe('/explore?v=1&focus=a&embed=1#top');
    store.getState().resetView();
    expect(url()).toBe('/explore?embed=1#top');
  });

  it('survives a browser refusing history writes', () => {
    const { store, win } = setUp();
    win.failWrites = true;
    expect(() => store.getState().focus('a')).not.toThrow();
    expect(store.getState().view.focus).toBe('a');
  });

  it('stops: writes what is pending, then neither listens nor writes', () => {
    const { store, stop, calls, listeners, entries } = setUp();
    store.getState().setViewport({ zoom: 3, panX: 1, panY: 2 });
    stop();
    expect(calls).toEqual(['replace /explore?v=1&vp=3,1,2']);
    expect(listeners.size).toBe(0);
    store.getState().focus('a');
    expect(entries).toEqual(['/explore?v=1&vp=3,1,2']);
  });
});

describe('startUrlSync with a story', () => {
  it('writes the story and step after the view, one entry per step, and walks them back', () => {
    const { store, entries, go, url } = setUp('/explore?embed=1');
    const step = (k: number, focus: string) =>
      store.getState().showStory({ id: 'tour', step: k }, decodeViewState(`focus=${focus}`).state);
    step(1, 'a');
    step(2, 'b');
    expect(entries).toEqual([
      '/explore?embed=1',
      '/explore?v=1&focus=a&story=tour&step=1&embed=1',
      '/explore?v=1&focus=b&story=tour&step=2&embed=1',
    ]);
    go(-1);
    expect(store.getState().story).toEqual({ id: 'tour', step: 1 });
    expect(store.getState().view.focus).toBe('a');
    go(-1);
    expect(store.getState().story).toBeNull();
    expect(url()).toBe('/explore?embed=1');
    // Leaving the story keeps the view, without the story's keys.
    go(2);
    store.getState().showStory(null);
    expect(url()).toBe('/explore?v=1&focus=b&embed=1');
  });
});
