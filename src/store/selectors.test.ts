import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../view/viewState';
import { createAppStore } from './createAppStore';
import * as sel from './selectors';

describe('selectors', () => {
  it('list the active filters in a fixed order', () => {
    expect(sel.listActiveFilters(DEFAULT_VIEW_STATE)).toEqual([]);
    const busy = {
      ...DEFAULT_VIEW_STATE,
      focus: 'a',
      includeUndated: false,
      sources: [],
      hiddenEntityTypes: ['place'],
      hiddenPredicates: ['owns'],
      minSources: 2,
    };
    expect(sel.listActiveFilters(busy)).toEqual([
      'date',
      'sources',
      'types',
      'predicates',
      'minSources',
      'focus',
    ]);
  });

  it('read the view for one id', () => {
    const store = createAppStore();
    const s = store.getState();
    s.hide('h');
    s.pin('p');
    s.showMore('e');
    s.showMore('e');
    s.toggleSource('s1', ['s1', 's2']);
    const state = store.getState();
    expect(sel.selectIsHidden('h')(state)).toBe(true);
    expect(sel.selectIsPinned('p')(state)).toBe(true);
    expect(sel.selectExpandedPages('e')(state)).toBe(2);
    expect(sel.selectExpandedPages('x')(state)).toBe(0);
    expect(sel.selectIsSourceChecked('s1')(state)).toBe(false);
    expect(sel.selectIsSourceChecked('s2')(state)).toBe(true);
    expect(sel.selectHasActiveFilters(state)).toBe(true);
    expect(sel.selectActiveFilters(state)).toEqual(['sources', 'hidden']);
  });

  it('return stored references where they can', () => {
    const state = createAppStore().getState();
    expect(sel.selectView(state)).toBe(state.view);
    expect(sel.selectNotices(state)).toBe(state.notices);
    expect(sel.selectReader(state)).toEqual({ source: null, start: null, end: null });
  });
});
