// A step's glide: from where the view is to where the step is seen, eased, ending exactly there;
// at once when motion is reduced; stoppable.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Renderer } from '../../render/cytoscape/types';
import type { RenderViewport } from '../../render/scene/types';
import { animateViewport } from './animateViewport';

function fakeRenderer(start: RenderViewport) {
  const seen: RenderViewport[] = [];
  let current = start;
  const renderer = {
    getViewport: () => current,
    setViewport: (viewport: RenderViewport) => {
      current = viewport;
      seen.push(viewport);
    },
  } as unknown as Renderer;
  return { renderer, seen };
}

/** Frames run by hand, each at the time given. */
function manualFrames() {
  const callbacks = new Map<number, FrameRequestCallback>();
  let id = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    id += 1;
    callbacks.set(id, callback);
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => callbacks.delete(handle));
  return (time: number) => {
    const due = [...callbacks.values()];
    callbacks.clear();
    for (const callback of due) callback(time);
  };
}

describe('animateViewport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('moves at once when the duration is 0 (reduced motion)', () => {
    const { renderer, seen } = fakeRenderer({ zoom: 1, panX: 0, panY: 0 });
    animateViewport(renderer, { zoom: 2, panX: 10, panY: -10 }, 0);
    expect(seen).toEqual([{ zoom: 2, panX: 10, panY: -10 }]);
  });

  it('eases from the current viewport to the target and ends on it', () => {
    const frame = manualFrames();
    vi.spyOn(performance, 'now').mockReturnValue(1000);
    const { renderer, seen } = fakeRenderer({ zoom: 1, panX: 0, panY: 0 });
    animateViewport(renderer, { zoom: 3, panX: 100, panY: 0 }, 400);
    frame(1100);
    frame(1200);
    frame(1400);
    frame(1500);
    expect(seen).toEqual([
      { zoom: 1.25, panX: 12.5, panY: 0 },
      { zoom: 2, panX: 50, panY: 0 },
      { zoom: 3, panX: 100, panY: 0 },
    ]);
  });

  it('stops where it is when asked', () => {
    const frame = manualFrames();
    vi.spyOn(performance, 'now').mockReturnValue(0);
    const { renderer, seen } = fakeRenderer({ zoom: 1, panX: 0, panY: 0 });
    const stop = animateViewport(renderer, { zoom: 3, panX: 0, panY: 0 }, 400);
    frame(200);
    stop();
    frame(400);
    expect(seen).toEqual([{ zoom: 2, panX: 0, panY: 0 }]);
  });
});
