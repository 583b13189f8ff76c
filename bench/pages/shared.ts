// What the baseline pages share: loading the compiled graph, waiting for a painted frame and
// publishing their state on `window.__bench` for the runner to read.
import type { CompiledGraph } from '../../src/schema/compiledGraph';

export interface BenchPageState {
  phase: 'loading' | 'drawn' | 'failed';
  /** Nodes and edges the page drew (or handed to cytoscape). */
  nodes: number;
  edges: number;
  /** For the cose page: whether the runtime layout finished, or was stopped at the cap. */
  layout: 'none' | 'running' | 'done' | 'stopped';
  error: string | null;
  /** Pages that can pick (sigma): nodes to click, at their viewport position after first render. */
  targets?: { key: string; x: number; y: number }[];
  /** The node the last click picked. */
  picked?: string | null;
}

declare global {
  interface Window {
    __bench?: BenchPageState;
  }
}

export function publish(patch: Partial<BenchPageState>): void {
  window.__bench = {
    ...(window.__bench ?? { phase: 'loading', nodes: 0, edges: 0, layout: 'none', error: null }),
    ...patch,
  };
}

/** Fetches and parses `./corpus.json` exactly as the app does. */
export async function loadGraph(): Promise<CompiledGraph> {
  const response = await fetch('./corpus.json');
  if (!response.ok) throw new Error(`corpus.json: HTTP ${response.status}`);
  return (await response.json()) as CompiledGraph;
}

/**
 * Resolves in the next animation frame, after what was drawn before it: the convention the app
 * uses for `explorer:first-render` and `explorer:rendered`, so pages and app compare fairly.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  publish({ phase: 'failed', error: message });
  console.error(message);
}
