import { MultiDirectedGraph } from 'graphology';
import type { CompiledGraph } from '../schema/compiledGraph';
import { buildTables } from './tables';
import type { GraphModel, ModelGraph } from './types';

/**
 * Computes every index the queries and the view need, and imports the compiled graph's nodes and
 * its edges' topology into graphology the first time `graph` is read. The graph is read-only: the tables mirror it and
 * would go stale.
 */
export function loadModel(compiled: CompiledGraph): GraphModel {
  let graph: ModelGraph | undefined;
  const tables = buildTables(compiled);
  const formerIds = new Map(Object.entries(compiled.attributes.formerIds));
  // Entities also list their former ids; the graph-level table wins where both speak.
  compiled.nodes.forEach((node) => {
    for (const former of node.attributes.formerIds) {
      if (!formerIds.has(former)) formerIds.set(former, node.key);
    }
  });
  return {
    get graph() {
      if (!graph) {
        graph = new MultiDirectedGraph({ allowSelfLoops: compiled.options.allowSelfLoops });
        graph.import({ ...compiled, edges: [] });
        const { ids, source, target } = tables.edges;
        const nodeIds = tables.nodes.ids;
        for (let e = 0; e < ids.length; e++) {
          graph.addEdgeWithKey(
            ids[e] ?? '',
            nodeIds[source[e] ?? 0] ?? '',
            nodeIds[target[e] ?? 0] ?? '',
          );
        }
      }
      return graph;
    },
    title: compiled.attributes.title,
    ...tables,
    formerIds,
    statuses: compiled.attributes.statuses,
    origins: new Map(compiled.attributes.origins.map((origin) => [origin.id, origin])),
  };
}
