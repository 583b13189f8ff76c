import type { CompiledGraph } from '../schema/compiledGraph';
import { buildTables } from './tables';
import type { GraphModel } from './types';

/**
 * Computes every index the queries and the view need. The model is read-only: its tables are read
 * by every layer (model/queries) and copied, never changed.
 */
export function loadModel(compiled: CompiledGraph): GraphModel {
  const tables = buildTables(compiled);
  const formerIds = new Map(Object.entries(compiled.attributes.formerIds));
  // Entities also list their former ids; the graph-level table wins where both speak.
  compiled.nodes.forEach((node) => {
    for (const former of node.attributes.formerIds) {
      if (!formerIds.has(former)) formerIds.set(former, node.key);
    }
  });
  return {
    title: compiled.attributes.title,
    description: compiled.attributes.description,
    ...tables,
    formerIds,
    statuses: compiled.attributes.statuses,
    origins: new Map(compiled.attributes.origins.map((origin) => [origin.id, origin])),
    stories: compiled.attributes.stories,
  };
}
