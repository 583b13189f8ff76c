// ForceAtlas2 exactly as graphology-layout-forceatlas2's `assign` runs it (same matrices, same
// iteration function, same write-back), one iteration at a time so that a long layout can say
// how far it has got. The package's `assign` runs every iteration in one call; splitting it into
// several calls instead would reset each node's speed and change the positions.
import type Graph from 'graphology';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults.js';
import helpers from 'graphology-layout-forceatlas2/helpers.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';

export interface ForceAtlas2Run {
  iterations: number;
  settings: ForceAtlas2Settings;
  /** Called after each iteration with the count done so far. */
  onIteration?: (done: number, total: number) => void;
}

/** Edge weight as the package reads `getEdgeWeight: 'weight'`: the attribute when a number, else 1. */
function weightOf(_edge: string, attributes: Record<string, unknown>): number {
  const weight = attributes.weight;
  return typeof weight === 'number' && !Number.isNaN(weight) ? weight : 1;
}

export function runForceAtlas2(graph: Graph, run: ForceAtlas2Run): void {
  const settings: Required<ForceAtlas2Settings> = { ...DEFAULT_SETTINGS, ...run.settings };
  const invalid = helpers.validateSettings(settings);
  if (invalid) throw new Error(`ForceAtlas2: ${invalid.message}`);
  const matrices = helpers.graphToByteArrays(graph, weightOf);
  for (let i = 0; i < run.iterations; i++) {
    iterate(settings, matrices.nodes, matrices.edges);
    run.onIteration?.(i + 1, run.iterations);
  }
  helpers.assignLayoutChanges(graph, matrices.nodes, null);
}
