// @vitest-environment jsdom
// The open tab on a phone or tablet: a source opened anywhere brings the reader forward, into sight
// when a person asked for it; nothing else moves the tabs.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import type { AppStore } from '../../store/types';
import { mountInApp } from '../shared/testMount';
import { usePanelTabs } from './usePanelTabs';

const model = loadModel(buildTestGraph({ sources: ['s1'], entities: [{ id: 'a' }, { id: 'b' }] }));

function Probe() {
  const { open, reveal, show } = usePanelTabs();
  return (
    <p>
      <output>
        {open} {reveal}
      </output>
      <button type="button" onClick={() => show('filters')}>
        filters
      </button>
    </p>
  );
}

describe('usePanelTabs', () => {
  let container: HTMLDivElement;
  let store: AppStore;
  let unmount: () => void;
  const shown = () => container.querySelector('output')?.textContent;

  beforeEach(() => {
    ({ container, store, unmount } = mountInApp(model, <Probe />));
  });
  afterEach(() => unmount());

  it('opens on the entity list without a selection or a source', () => {
    expect(shown()).toBe('entities 0');
  });

  it('brings the reader forward and into sight when a person opens a source', () => {
    act(() => store.getState().openReader('s1', 0, 5));
    expect(shown()).toBe('reader 1');
    // Another quote of the same source: into sight again.
    act(() => store.getState().openReader('s1', 10, 20));
    expect(shown()).toBe('reader 2');
  });

  it('opens the reader without moving the page when the address brings the source', () => {
    act(() => store.getState().openReader('s1', 0, 5, { origin: 'history' }));
    expect(shown()).toBe('reader 0');
  });

  it('leaves the tab alone on a selection, and when the reader closes', () => {
    act(() => store.getState().select('a'));
    expect(shown()).toBe('entities 0');
    act(() => container.querySelector('button')?.click());
    expect(shown()).toBe('filters 1');
    act(() => store.getState().openReader('s1'));
    act(() => store.getState().closeReader());
    expect(shown()).toBe('reader 2');
  });
});
