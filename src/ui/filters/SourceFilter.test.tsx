// @vitest-environment jsdom
// The source filter with hundreds of sources: a search field, a bounded list, and checks that
// reach the store.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import type { AppStore } from '../../store/types';
import { mountInApp } from '../shared/testMount';
import { SourceFilter } from './SourceFilter';
import { SOURCES_LISTED_MAX } from './sourceListWindow';

const sourceIds = Array.from({ length: 120 }, (_, i) => `src${String(i).padStart(3, '0')}`);
const model = loadModel(
  buildTestGraph({ sources: sourceIds, entities: [{ id: 'a' }, { id: 'b' }] }),
);

describe('SourceFilter with many sources', () => {
  let container: HTMLDivElement;
  let store: AppStore;
  let unmount: () => void;
  beforeEach(() => {
    ({ container, store, unmount } = mountInApp(model, <SourceFilter />));
  });
  afterEach(() => unmount());

  const boxes = () => [...container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const labels = () => boxes().map((box) => box.closest('label')?.textContent);
  const search = () => container.querySelector<HTMLInputElement>('input[type=search]')!;
  const type = (value: string) =>
    act(() => {
      // React tracks the value itself: set it through the native setter, then fire input.
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(search(), value);
      search().dispatchEvent(new Event('input', { bubbles: true }));
    });

  it('lists a bounded window and says how many more match', () => {
    expect(boxes()).toHaveLength(SOURCES_LISTED_MAX);
    expect(container.textContent).toContain('All 120 sources checked.');
    expect(container.textContent).toContain(`${120 - SOURCES_LISTED_MAX} more match`);
  });

  it('narrows the list as one types, and a check still reaches the store', () => {
    type('src11');
    expect(labels()).toEqual(Array.from({ length: 10 }, (_, i) => `Title of src11${i}`));
    act(() => boxes()[3]!.click());
    expect(store.getState().view.sources).toHaveLength(119);
    expect(store.getState().view.sources).not.toContain('src113');
    expect(container.textContent).toContain('119 of 120 sources checked.');
    type('no such source');
    expect(boxes()).toHaveLength(0);
    expect(container.textContent).toContain('No source matches.');
  });

  it('unchecks all, then checks all again', () => {
    const button = (name: string) =>
      [...container.querySelectorAll('button')].find((b) => b.textContent === name);
    act(() => button('Uncheck all sources')!.click());
    expect(store.getState().view.sources).toEqual([]);
    expect(boxes().every((box) => !box.checked)).toBe(true);
    act(() => button('Check all sources')!.click());
    expect(store.getState().view.sources).toBeNull();
  });
});
