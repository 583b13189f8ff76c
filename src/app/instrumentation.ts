// The explorer's measurements, in one place. Start-up steps are `performance.mark('explorer:…')`,
// and each painted view is an `explorer:rendered` event on window with what was drawn: the
// benchmark (bench/runner) and the e2e tests read them by these names. Imports nothing heavy: the
// entry module marks the download's start with it.
import type { CanvasEvent } from '../ui/graph/GraphCanvas';

export type StartupStep =
  | 'download-start'
  | 'downloaded'
  | 'app-loaded'
  | 'parsed'
  | 'model'
  | 'canvas'
  | 'first-render'
  | 'scene-applied'
  | 'cytoscape-drawn'
  | 'interactive';

export function markStartup(step: StartupStep): void {
  performance.mark(`explorer:${step}`);
}

/** For steps a remount repeats: the benchmark and the e2e tests read the first of each. */
function markStartupOnce(step: StartupStep): void {
  if (performance.getEntriesByName(`explorer:${step}`).length === 0) markStartup(step);
}

/**
 * Turns what the canvas reports into marks and events, and calls `onFirstDrawing` once, after the
 * first view has been painted.
 */
export function createCanvasReporter(onFirstDrawing: () => void): (event: CanvasEvent) => void {
  let drawn = false;
  return (event) => {
    switch (event.type) {
      case 'mounted':
        markStartup('canvas');
        break;
      case 'first-frame':
        markStartupOnce('first-render');
        break;
      case 'scene-applied':
        markStartup('scene-applied');
        break;
      case 'cytoscape-drawn':
        markStartupOnce('cytoscape-drawn');
        break;
      case 'rendered': {
        const { elements, resident, nodes, edges } = event;
        const detail = { elements, resident, nodes, edges };
        window.dispatchEvent(new CustomEvent('explorer:rendered', { detail }));
        if (!drawn) {
          drawn = true;
          onFirstDrawing();
        }
        break;
      }
    }
  };
}
