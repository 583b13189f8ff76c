// Exports contain exactly what is on screen: the visible entities and relations, with the
// evidence that backs them and its attribution spelt out as `npm run data -- --format graphology`
// writes it (schema/interchange.ts), plus the names the flat formats print instead of ids.
import { buildGraphologyGraph, type GraphologyGraph } from '../model/graphology';
import type { GraphModel } from '../model/types';
import { STATUS_DEFINITIONS } from '../schema/attribution';
import type { CompiledSource, ExternalOrigin } from '../schema/compiledGraph';
import {
  interchangeEdgeAttributes,
  interchangeNodeAttributes,
  type InterchangeEdgeAttributes,
  type InterchangeNodeAttributes,
  type ProvenanceSources,
} from '../schema/interchange';
import type { EntityType } from '../schema/vocabulary';

export interface VisibleIds {
  nodes: readonly { id: string; x?: number; y?: number }[];
  edges: readonly { id: string }[];
}

/** The visible subgraph, positioned as on screen; every attribute copied, evidence included. */
export function buildVisibleSubgraph(model: GraphModel, visible: VisibleIds): GraphologyGraph {
  return buildGraphologyGraph(model, visible);
}

/** Names for the ids an export mentions, so people read titles and labels, not ids. */
export interface ExportNames {
  /** An entity's label (its id when unknown). */
  entity: (id: string) => string;
  /** A source's title (its id when unknown). */
  source: (id: string) => string;
  /** A source's or external origin's title. */
  root: (id: string) => string;
  /** A status in words. */
  status: (id: string) => string;
}

/** The visible subgraph in graphology's serialisation, with its provenance spelt out. */
export interface ExportGraph {
  attributes: {
    title: string;
    /** The sources its evidence cites, and the external origins they relay, in graph order. */
    sources: CompiledSource[];
    origins: ExternalOrigin[];
  };
  options: { type: 'directed'; multi: true; allowSelfLoops: true };
  nodes: { key: string; attributes: InterchangeNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: InterchangeEdgeAttributes }[];
  names: ExportNames;
  /** Each entity type's colour on screen, for the formats that carry colour (GEXF's viz). */
  colours: Partial<Record<EntityType, string>>;
}

export function exportNamesOf(model: GraphModel): ExportNames {
  const entity = (id: string): string => {
    const n = model.nodes.index.get(id);
    return (n === undefined ? undefined : model.nodes.labels[n]) ?? id;
  };
  const source = (id: string): string => model.sources.byId.get(id)?.title ?? id;
  return {
    entity,
    source,
    root: (id) => model.origins.get(id)?.title ?? source(id),
    status: (id) => STATUS_DEFINITIONS.find((d) => d.id === id)?.label ?? id,
  };
}

/** The visible subgraph with every attribution field: what every export writes from. */
export function buildVisibleExport(
  model: GraphModel,
  visible: VisibleIds,
  colours: Partial<Record<EntityType, string>> = {},
): ExportGraph {
  const graph = buildGraphologyGraph(model, visible);
  const known: ProvenanceSources = {
    sources: model.sources.byId,
    relaysOf: (id) => model.origins.get(id)?.relays ?? model.sources.byId.get(id)?.relays ?? [],
  };
  const nodes = graph.mapNodes((key, attributes) => ({
    key,
    attributes: interchangeNodeAttributes(attributes, known),
  }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({
    key,
    source,
    target,
    attributes: interchangeEdgeAttributes(attributes, known),
  }));
  const cited = new Set<string>();
  const roots = new Set<string>();
  const note = (item: { evidence: { source: string; origins: string[] }[]; origins: string[] }) => {
    for (const root of item.origins) roots.add(root);
    for (const quote of item.evidence) {
      cited.add(quote.source);
      for (const root of quote.origins) roots.add(root);
    }
  };
  for (const node of nodes) if (node.attributes.claim) note(node.attributes.claim);
  for (const edge of edges) note(edge.attributes);
  return {
    attributes: {
      title: model.title,
      sources: model.sources.ids.flatMap((id) => {
        const source = model.sources.byId.get(id);
        return source && cited.has(id) ? [source] : [];
      }),
      origins: [...model.origins.values()].filter((origin) => roots.has(origin.id)),
    },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
    names: exportNamesOf(model),
    colours,
  };
}
