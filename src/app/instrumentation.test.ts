// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCanvasReporter, markStartup } from './instrumentation';

const marks = () => performance.getEntriesByType('mark').map((mark) => mark.name);

afterEach(() => performance.clearMarks());

describe('instrumentation', () => {
  it('names the start-up marks the benchmark reads', () => {
    markStartup('download-start');
    markStartup('model');
    expect(marks()).toEqual(['explorer:download-start', 'explorer:model']);
  });

  it('turns what the canvas reports into marks, first ones once, and the rendered event', () => {
    const onFirstDrawing = vi.fn();
    const report = createCanvasReporter(onFirstDrawing);
    const rendered: unknown[] = [];
    const listener = (event: Event) => rendered.push((event as CustomEvent).detail);
    window.addEventListener('explorer:rendered', listener);
    for (const round of [1, 2]) {
      report({ type: 'mounted' });
      report({ type: 'first-frame' });
      report({ type: 'scene-applied' });
      report({ type: 'cytoscape-drawn' });
      report({ type: 'rendered', elements: round, resident: 5, nodes: 2, edges: 1 });
    }
    window.removeEventListener('explorer:rendered', listener);
    expect(marks()).toEqual([
      'explorer:canvas',
      'explorer:first-render',
      'explorer:scene-applied',
      'explorer:cytoscape-drawn',
      'explorer:canvas',
      'explorer:scene-applied',
    ]);
    expect(rendered).toEqual([
      { elements: 1, resident: 5, nodes: 2, edges: 1 },
      { elements: 2, resident: 5, nodes: 2, edges: 1 },
    ]);
    // The warm-up after the first drawing runs once, however many views are painted.
    expect(onFirstDrawing).toHaveBeenCalledTimes(1);
  });
});
