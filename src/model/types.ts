// The model: flat tables computed once at load, so the view can filter 150k edges in a loop over
// typed arrays. Everything reads them through model/queries; graphology is built only where a
// library needs one (model/graphology.ts).
import type { CompiledStory } from '../schema/story';
import type {
  ClaimDetails,
  CompiledSource,
  EdgeAttributes,
  Evidence,
  ExternalOrigin,
  NodeAttributes,
} from '../schema/compiledGraph';
import type { StatusDefinition } from '../schema/attribution';
import type { EntityType, PredicateReadings } from '../schema/vocabulary';

/**
 * A compiled graph that the tables refuse (an id twice, an edge to nowhere): the page says the
 * graph could not be shown, wherever it is met. Most checks run at load; the relation ids are
 * checked when first indexed, which can be during a render.
 */
export class CorruptGraphError extends Error {
  override readonly name = 'CorruptGraphError';
}

/**
 * Compressed sparse rows: the items of row i are list[start[i] .. start[i + 1]).
 * Used for "sources of edge i" and "incident edges of node i".
 */
export interface SparseRows {
  readonly start: Uint32Array;
  readonly list: Uint32Array;
}

/** Nodes by index (the order of the compiled file). */
export interface NodeTable {
  readonly count: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** The compiled attributes, as parsed (not copied). */
  readonly attributes: readonly NodeAttributes[];
  readonly labels: readonly string[];
  /** Layout positions from the compiler. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Index into ENTITY_TYPES. */
  readonly types: Uint8Array;
  /** Position of the node when all are sorted by label then id: a cheap deterministic tiebreak. */
  readonly labelRank: Uint32Array;
  /** 1 for claim nodes whose claim is disputed. */
  readonly disputed: Uint8Array;
  /** For claim nodes, the sources of the claim's own evidence (empty rows for entities). */
  readonly claimSources: SparseRows;
  /** Claim date as day numbers (NaN when undated or not a claim). */
  readonly claimStart: Float64Array;
  readonly claimEnd: Float64Array;
  /** Incident edges, both directions, each once (self-loops once). */
  readonly incidence: SparseRows;
  /** Number of incident edges (multi-edges counted), for ranking neighbours. */
  readonly degree: Uint32Array;
  /** For claim nodes, how many independent origins support the claim (0 for entities). */
  readonly claimIndependentOrigins: Uint16Array;
  /** For claim nodes, index into GraphModel.statuses (0 for entities). */
  readonly claimStatus: Uint8Array;
  /** 1 for a claim node whose date rests on an estimated writing date. */
  readonly claimDateEstimated: Uint8Array;
}

export const EDGE_MARK_CONTRADICTS = 1;
export const EDGE_MARK_SUPPORTS = 2;

/** Edges by index (the order of the compiled file). */
export interface EdgeTable {
  readonly count: number;
  readonly ids: readonly string[];
  /** Built on first use; throws if an id appears twice. */
  readonly index: ReadonlyMap<string, number>;
  /** Edge e's attributes, made from the columns when first asked (graphology has none). */
  attributesOf(e: number): EdgeAttributes;
  readonly source: Uint32Array;
  readonly target: Uint32Array;
  /** Index into PredicateTable.ids, whose labels are the edges' labels. */
  readonly predicate: Uint32Array;
  readonly derived: Uint8Array;
  /** 1 when the relation has a date (either end known). */
  readonly dated: Uint8Array;
  /** Inclusive day numbers; -Infinity / +Infinity for an open end, NaN when undated. */
  readonly dateStart: Float64Array;
  readonly dateEnd: Float64Array;
  /** The edge's own evidence sources (indices into SourceTable.ids), distinct. */
  readonly ownSources: SparseRows;
  /**
   * The sources that count for the edge: its own, plus, for derived claim edges, those of the
   * claims it joins (the compiler may leave derived edges without evidence of their own).
   */
  readonly effectiveSources: SparseRows;
  /** effectiveSources row lengths: corroboration when every source is checked. */
  readonly corroboration: Uint16Array;
  /** Bit flags: EDGE_MARK_CONTRADICTS, EDGE_MARK_SUPPORTS. */
  readonly marks: Uint8Array;
  /** Index into GraphModel.statuses: how the relation is asserted. */
  readonly status: Uint8Array;
  /** 1 when the edge's date rests on an estimated writing date. */
  readonly dateEstimated: Uint8Array;
  /** 1 when it rests only on what someone says (attributed, opinion, or a claim's statement). */
  readonly restsOnStatements: Uint8Array;
  /** The edge's own sources but those quoted only in their headline (indices into SourceTable). */
  readonly corroboratingSources: SparseRows;
  /** How many independent origins support the edge (see schema/origins.ts). */
  readonly independentOrigins: Uint16Array;
}

export interface SourceTable {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly byId: ReadonlyMap<string, CompiledSource>;
}

export interface PredicateTable {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly labels: readonly string[];
  /** How each reads in sentences; null for a corpus predicate that gives no readings. */
  readonly readings: readonly (PredicateReadings | null)[];
}

export interface DayExtent {
  /** Day numbers, inclusive. */
  readonly start: number;
  readonly end: number;
}

export interface GraphModel {
  /** The corpus title. */
  readonly title: string;
  /** What the corpus is about, as its author describes it (may be empty). */
  readonly description: string;
  readonly nodes: NodeTable;
  readonly edges: EdgeTable;
  readonly sources: SourceTable;
  readonly predicates: PredicateTable;
  /** Former entity id → current id. */
  readonly formerIds: ReadonlyMap<string, string>;
  /** The status vocabulary; EdgeTable.status indexes it. */
  readonly statuses: readonly StatusDefinition[];
  /** The external origins the sources relay, by id. */
  readonly origins: ReadonlyMap<string, ExternalOrigin>;
  /** Earliest and latest finite day of any dated relation or claim; null when nothing is dated. */
  readonly dayExtent: DayExtent | null;
  /** The corpus's guided tours, in file order. */
  readonly stories: readonly CompiledStory[];
}

export interface SearchHit {
  id: string;
  label: string;
  type: EntityType;
  /** The alias that matched, when the match was on an alias rather than the label. */
  matchedAlias?: string;
  /** 0 is an exact match; substring matches score below 0.35, fuzzy ones up to 1. */
  score: number;
}

export type RelationDirection = 'outgoing' | 'incoming';

export interface RelationEntry {
  edgeId: string;
  predicate: string;
  direction: RelationDirection;
  neighbourId: string;
  neighbourLabel: string;
  neighbourType: EntityType;
  /** The edge's own label, e.g. "signed". */
  label: string;
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  note: string | null;
  evidence: Evidence[];
  sources: string[];
  /** Number of distinct sources behind the relation (effective sources for derived edges). */
  corroboration: number;
  derived: boolean;
}

export interface RelationGroup {
  predicate: string;
  predicateLabel: string;
  direction: RelationDirection;
  relations: RelationEntry[];
}

export interface ClaimSummary {
  id: string;
  label: string;
  claim: ClaimDetails;
}

export interface ClaimsOfEntity {
  /** Claims the entity made (its outgoing 'stated' edges). */
  stated: ClaimSummary[];
  /** Claims about the entity (incoming 'about' edges). */
  about: ClaimSummary[];
}

export interface DateExtent {
  /** 'YYYY-MM-DD', inclusive. */
  start: string;
  end: string;
}

/** Keeps an edge (by index into EdgeTable) in a traversal. */
export type EdgeFilter = (edgeIndex: number) => boolean;

export interface PathHop {
  from: string;
  to: string;
  /** Every kept edge joining the two nodes, either direction, sorted by id. */
  edges: string[];
}

export interface GraphPath {
  nodes: string[];
  hops: PathHop[];
}

export interface PathsResult {
  found: boolean;
  /** Number of hops of each shortest path; -1 when none. */
  length: number;
  paths: GraphPath[];
  /** True when there were more shortest paths than `max`. */
  truncated: boolean;
}

export interface ShortestPathOptions {
  edgeFilter?: EdgeFilter;
  /** Most node sequences returned (default 10): shortest paths can be exponentially many. */
  max?: number;
}
