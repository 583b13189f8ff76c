// @vitest-environment jsdom
// Copy link copies the view on screen, though the address bar has not caught up with it yet.
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadModel } from '../../model';
import { buildTestGraph } from '../../model/testGraph';
import { ShareControls } from './ShareControls';
import { mountInApp } from '../shared/testMount';

const model = loadModel(buildTestGraph({ sources: ['s1'], entities: [{ id: 'a' }, { id: 'b' }] }));

describe('ShareControls', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it('copies the current view, with the flags the page was opened with and its hash', async () => {
    window.history.replaceState(null, '', '/explore?embed=1#top');
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const { container, store, unmount } = mountInApp(model, <ShareControls />);
    // Nothing syncs the address bar in this test: it stays where the page was opened.
    act(() => {
      store.getState().focus('a');
      store.getState().setViewport({ zoom: 2, panX: 10, panY: 20 });
    });
    const button = [...container.querySelectorAll('button')].find(
      (element) => element.textContent === 'Copy link',
    );
    await act(async () => button?.click());
    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/explore?v=1&focus=a&vp=2,10,20&embed=1#top`,
    );
    expect(container.textContent).toContain('Link copied');
    unmount();
  });
});
