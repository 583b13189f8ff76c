import { MultiDirectedGraph } from 'graphology';
import type { CompiledGraph } from '../schema/compiledGraph';
import { buildTables } from './tables';
import type { GraphModel, ModelGraph } from './types';

/**
 * Imports the compiled graph into graphology and computes every index the queries and the view
 * need. The graph is read-only from here on: the tables mirror it and would go stale.
 */
export function loadModel(compiled: CompiledGraph): GraphModel {
  const graph: ModelGraph = new MultiDirectedGraph({
    allowSelfLoops: compiled.options.allowSelfLoops,
  });
  graph.import(compiled);
  const tables = buildTables(compiled);
  const formerIds = new Map(Object.entries(compiled.attributes.formerIds));
  // Entities also list their former ids; the graph-level table wins where both speak.
  compiled.nodes.forEach((node) => {
    for (const former of node.attributes.formerIds) {
      if (!formerIds.has(former)) formerIds.set(former, node.key);
    }
  });
  return { graph, ...tables, formerIds };
}
