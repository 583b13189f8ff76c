// Exports contain exactly what is on screen: the visible entities and relations, with the
// evidence that backs them, as the graphology graph the writers take.
import { buildGraphologyGraph, type GraphologyGraph } from '../model/graphology';
import type { GraphModel } from '../model/types';

export interface VisibleIds {
  nodes: readonly { id: string; x?: number; y?: number }[];
  edges: readonly { id: string }[];
}

export type ExportGraph = GraphologyGraph;

/** The visible subgraph, positioned as on screen; every attribute copied, evidence included. */
export function buildVisibleSubgraph(model: GraphModel, visible: VisibleIds): ExportGraph {
  return buildGraphologyGraph(model, visible);
}
