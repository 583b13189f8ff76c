// Assembles the compiled graph: graph attributes, nodes and edges in key order, node sources and
// positions; then splits it into the two output files, the graph and the source texts. Objects are
// built with a fixed key order, so JSON.stringify is deterministic.
import { createHash } from 'node:crypto';
import {
  COMPILED_FORMAT_VERSION,
  OFFSET_UNIT,
  type CompiledGraph,
  type CompiledSource,
  type CompiledTexts,
  type ExpandedGraph,
  type ExternalOrigin,
  type GraphAttributes,
  type SourceText,
} from '../../schema/compiledGraph';
import type { CompiledStory } from '../../schema/story';
import { compactEdges } from '../../schema/edgeColumns';
import { STATUS_DEFINITIONS } from '../../schema/attribution';
import { ENTITY_TYPE_DEFINITIONS, type PredicateDefinition } from '../../schema/vocabulary';
import { compareStrings } from '../diagnostics';
import { layoutGraph } from '../../layout/layoutGraph';
import { detectCommunities } from './communities';
import type { OnCompileProgress } from '../progress';
import type { CompiledNode } from '../resolve/resolveClaims';
import type { CompiledEdge } from '../resolve/resolveRelations';

/** A source as the compiler knows it: its text and mentions in place. */
export type SourceWithText = Omit<CompiledSource, 'textLength'> & SourceText;

/** The compiler's whole result, before it is split into the graph and the texts files. */
export interface CompiledCorpus extends Omit<ExpandedGraph, 'attributes'> {
  attributes: Omit<GraphAttributes, 'sources' | 'textsDigest'> & { sources: SourceWithText[] };
}

export interface GraphParts {
  title: string;
  description: string;
  sources: SourceWithText[];
  nodes: CompiledNode[];
  edges: CompiledEdge[];
  predicates: Map<string, PredicateDefinition>;
  formerIds: Map<string, string>;
  origins: ExternalOrigin[];
  stories: CompiledStory[];
}

export function buildGraph(parts: GraphParts, onProgress?: OnCompileProgress): CompiledCorpus {
  const nodes = [...parts.nodes].sort((a, b) => compareStrings(a.key, b.key));
  const edges = [...parts.edges].sort((a, b) => compareStrings(a.key, b.key));
  assignNodeSources(nodes, edges, parts.sources);

  const nodeKeys = nodes.map((n) => n.key);
  const links = edges.map((e) => [e.source, e.target] as const);
  const positions = layoutGraph(
    nodes.map((n) => ({ key: n.key, label: drawnLabel(n) })),
    links,
    { onIteration: onProgress && ((done, total) => onProgress({ stage: 'layout', done, total })) },
  );
  const communities = detectCommunities(nodeKeys, links);
  for (const node of nodes) {
    const p = positions.get(node.key);
    node.attributes.x = p?.x ?? 0;
    node.attributes.y = p?.y ?? 0;
    node.attributes.community = communities.get(node.key) ?? 0;
  }

  const used = new Set(edges.map((e) => e.attributes.predicate));
  const predicates = [...parts.predicates.values()]
    .filter((p) => used.has(p.id))
    .map((p) => ({
      id: p.id,
      label: p.label,
      description: p.description,
      ...(p.readings ? { readings: p.readings } : {}),
    }));

  return {
    attributes: {
      formatVersion: COMPILED_FORMAT_VERSION,
      title: parts.title,
      description: parts.description,
      offsetUnit: OFFSET_UNIT,
      sources: parts.sources,
      entityTypes: ENTITY_TYPE_DEFINITIONS.map((t) => ({
        id: t.id,
        label: t.label,
        description: t.description,
      })),
      predicates,
      formerIds: Object.fromEntries([...parts.formerIds].sort(([a], [b]) => compareStrings(a, b))),
      origins: [...parts.origins].sort((a, b) => compareStrings(a.id, b.id)),
      statuses: STATUS_DEFINITIONS.map((s) => ({
        id: s.id,
        label: s.label,
        description: s.description,
      })),
      stories: parts.stories,
    },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}

/** A node's label as the app draws it: a disputed claim says so on a line of its own. */
function drawnLabel(node: CompiledNode): string {
  const { label, claim } = node.attributes;
  return claim?.disputed ? `${label}\n⚠ disputed` : label;
}

/**
 * An entity's sources: those that mention it and those giving evidence for a relation or claim it
 * takes part in. A claim's sources are its own evidence (set when the claim was resolved).
 */
function assignNodeSources(
  nodes: CompiledNode[],
  edges: CompiledEdge[],
  sources: SourceWithText[],
): void {
  const byNode = new Map<string, Set<string>>();
  const add = (key: string, source: string): void => {
    let set = byNode.get(key);
    if (!set) byNode.set(key, (set = new Set()));
    set.add(source);
  };
  for (const source of sources) for (const [, , entity] of source.mentions) add(entity, source.id);
  for (const edge of edges) {
    for (const source of edge.attributes.sources) {
      add(edge.source, source);
      add(edge.target, source);
    }
  }
  for (const node of nodes) {
    if (node.attributes.type === 'claim') continue;
    node.attributes.sources = [...(byNode.get(node.key) ?? [])].sort(compareStrings);
  }
}

/** The texts file's sources, and the digest that pairs it with its graph. */
function textsOf(corpus: CompiledCorpus): {
  sources: CompiledTexts['sources'];
  json: string;
  digest: string;
} {
  const sources: CompiledTexts['sources'] = {};
  for (const { id, text, mentions } of corpus.attributes.sources) sources[id] = { text, mentions };
  const json = JSON.stringify(sources);
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
  return { sources, json, digest };
}

function graphOf(corpus: CompiledCorpus, textsDigest: string): CompiledGraph {
  const { sources, ...attributes } = corpus.attributes;
  return {
    attributes: {
      ...attributes,
      sources: sources.map(({ text, mentions: _mentions, ...meta }) => ({
        ...meta,
        textLength: text.length,
      })),
      textsDigest,
    },
    options: corpus.options,
    nodes: corpus.nodes,
    edges: compactEdges(corpus),
  };
}

/** The two files' contents as objects: the graph, and the source texts it names. */
export function splitCorpus(corpus: CompiledCorpus): {
  graph: CompiledGraph;
  texts: CompiledTexts;
} {
  const { sources, digest } = textsOf(corpus);
  return {
    graph: graphOf(corpus, digest),
    texts: { formatVersion: COMPILED_FORMAT_VERSION, digest, sources },
  };
}

/** The two output files' texts: compact JSON and a final newline each. */
export function serializeCorpus(corpus: CompiledCorpus): { graph: string; texts: string } {
  const texts = textsOf(corpus);
  const header = JSON.stringify({ formatVersion: COMPILED_FORMAT_VERSION, digest: texts.digest });
  return {
    graph: `${JSON.stringify(graphOf(corpus, texts.digest))}\n`,
    texts: `${header.slice(0, -1)},"sources":${texts.json}}\n`,
  };
}
