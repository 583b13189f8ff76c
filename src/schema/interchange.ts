// The graph in graphology's standard serialisation, for other tools (`npm run data -- --format
// graphology`): every edge an object with every attribute, and the attribution spelt out where the
// compiled file leaves it to be derived: each quote's effective `accordingTo`, its `headlineOnly`
// and `origins`, and each relation's and claim's `independentOrigins`.
import { quoteAccordingTo } from './attribution';
import type {
  ClaimDetails,
  CompiledGraph,
  CompiledSource,
  EdgeAttributes,
  Evidence,
  GraphAttributes,
  NodeAttributes,
} from './compiledGraph';
import { expandGraph } from './edgeColumns';
import { quoteRoots, type OriginGroup } from './origins';

/** A quote with its attribution spelt out. */
export interface InterchangeEvidence extends Omit<Evidence, 'headline' | 'accordingTo'> {
  headline: boolean;
  /** Its source is quoted only in its headline for this relation or claim: it does not count. */
  headlineOnly: boolean;
  /** Entity ids it is according to; empty when its source speaks for itself. */
  accordingTo: string[];
  /** The roots it goes back to (source or external origin ids). */
  origins: string[];
}

/** Provenance as other tools read it. */
interface InterchangeProvenance {
  /** Every entity any quote is according to, sorted; empty when only the sources speak. */
  accordingTo: string[];
  evidence: InterchangeEvidence[];
  /** The distinct roots of its independent origins, sorted. */
  origins: string[];
  /** How the corroborating sources group into independent origins. */
  originGroups: OriginGroup[];
  /** How many independent origins support it. */
  independentOrigins: number;
}

export type InterchangeEdgeAttributes = Omit<EdgeAttributes, keyof InterchangeProvenance> &
  InterchangeProvenance;
export type InterchangeClaim = Omit<ClaimDetails, keyof InterchangeProvenance> &
  InterchangeProvenance;
export type InterchangeNodeAttributes = Omit<NodeAttributes, 'claim'> & {
  claim?: InterchangeClaim;
};

export interface InterchangeGraph {
  attributes: GraphAttributes;
  options: CompiledGraph['options'];
  nodes: { key: string; attributes: InterchangeNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: InterchangeEdgeAttributes }[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What spelling out provenance needs to know about the sources: each one, and what each relays. */
export interface ProvenanceSources {
  sources: ReadonlyMap<string, CompiledSource>;
  relaysOf: (id: string) => readonly string[];
}

/** Spells out the provenance of a relation or claim given its compiled fields. */
function spellOut(
  item: Pick<
    EdgeAttributes,
    'evidence' | 'accordingTo' | 'status' | 'origins' | 'corroboratingSources'
  >,
  { sources, relaysOf }: ProvenanceSources,
): InterchangeProvenance {
  const counted = new Set(item.corroboratingSources);
  const evidence = item.evidence.map((quote): InterchangeEvidence => {
    const { headline, ...rest } = quote;
    return {
      ...rest,
      headline: headline === true,
      headlineOnly: !counted.has(quote.source),
      accordingTo: quoteAccordingTo(quote, item.accordingTo, sources.get(quote.source)),
      origins: quoteRoots(quote, item.status, relaysOf),
    };
  });
  const accordingTo = [...new Set(evidence.flatMap((q) => q.accordingTo))].sort(compare);
  return {
    accordingTo: item.evidence.length === 0 ? [...item.accordingTo] : accordingTo,
    evidence,
    origins: [...new Set(item.origins.flatMap((g) => g.roots))].sort(compare),
    originGroups: item.origins,
    independentOrigins: item.origins.length,
  };
}

/** A node's attributes with its claim's provenance spelt out (an entity's are unchanged). */
export function interchangeNodeAttributes(
  attributes: NodeAttributes,
  known: ProvenanceSources,
): InterchangeNodeAttributes {
  const { claim, ...rest } = attributes;
  return claim ? { ...rest, claim: { ...claim, ...spellOut(claim, known) } } : rest;
}

/** A relation's attributes with its provenance spelt out. */
export function interchangeEdgeAttributes(
  attributes: EdgeAttributes,
  known: ProvenanceSources,
): InterchangeEdgeAttributes {
  return { ...attributes, ...spellOut(attributes, known) };
}

export function toGraphologyInterchange(graph: CompiledGraph): InterchangeGraph {
  const expanded = expandGraph(graph);
  const relays = new Map<string, readonly string[]>([
    ...graph.attributes.sources.map((s): [string, string[]] => [s.id, s.relays]),
    ...graph.attributes.origins.map((o): [string, string[]] => [o.id, o.relays]),
  ]);
  const known: ProvenanceSources = {
    sources: new Map(graph.attributes.sources.map((s) => [s.id, s])),
    relaysOf: (id) => relays.get(id) ?? [],
  };
  return {
    attributes: expanded.attributes,
    options: expanded.options,
    nodes: expanded.nodes.map(({ key, attributes }) => ({
      key,
      attributes: interchangeNodeAttributes(attributes, known),
    })),
    edges: expanded.edges.map(({ key, source, target, attributes }) => ({
      key,
      source,
      target,
      attributes: interchangeEdgeAttributes(attributes, known),
    })),
  };
}
