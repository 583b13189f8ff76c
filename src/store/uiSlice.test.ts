import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';

describe('ui slice', () => {
  it('adds notices with ids of their own store, and dismisses them', () => {
    const store = createAppStore();
    const first = store.getState().addNotice({ kind: 'warning', message: 'One', items: ['a'] });
    const second = store.getState().addNotice({ kind: 'info', message: 'Two' });
    expect(first).not.toBe(second);
    expect(store.getState().notices.map((n) => n.message)).toEqual(['One', 'Two']);
    store.getState().dismissNotice(first);
    expect(store.getState().notices).toEqual([{ id: second, kind: 'info', message: 'Two' }]);
    expect(createAppStore().getState().addNotice({ kind: 'info', message: 'x' })).toBe('notice-1');
  });

  it('does not repeat a notice already shown', () => {
    const store = createAppStore();
    const a = store.getState().addNotice({ kind: 'info', message: 'Same', items: ['x'] });
    const b = store.getState().addNotice({ kind: 'info', message: 'Same', items: ['x'] });
    const c = store.getState().addNotice({ kind: 'info', message: 'Same', items: ['y'] });
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(store.getState().notices).toHaveLength(2);
  });

  it('does not keep the caller’s items array', () => {
    const store = createAppStore();
    const items = ['a'];
    store.getState().addNotice({ kind: 'info', message: 'm', items });
    items.push('b');
    expect(store.getState().notices[0]?.items).toEqual(['a']);
  });

  it('leaves state alone when there is nothing to dismiss', () => {
    const store = createAppStore();
    const before = store.getState();
    store.getState().dismissNotice('nope');
    expect(store.getState()).toBe(before);
  });

  it('holds the announcement', () => {
    const store = createAppStore();
    store.getState().announce('Selected TikTok');
    expect(store.getState()).toMatchObject({ announcement: 'Selected TikTok' });
  });

  it('leaves the view and its history mode alone', () => {
    const store = createAppStore();
    store.getState().announce('x');
    store.getState().addNotice({ kind: 'info', message: 'y' });
    expect(store.getState().lastChange).toEqual({ origin: 'link', seq: 0 });
  });
});
