import type { PathsResult } from '../model';
import type { EntityType } from '../schema/vocabulary';
import type { FilterKind } from '../viewState/filters';
import type { ContextLayer } from './context/types';
import type { NodeCap } from './lod/capVisibleNodes';

/** Classes the renderer styles; an element's classes come in this order. */
export const VIEW_CLASSES = [
  'selected',
  'neighbour-of-selected',
  'faded',
  'focus',
  'on-path',
  'claim',
  'disputed',
  'contradicts',
  'supports',
  'derived',
  'pinned',
  'expanded',
  // Rests only on what someone says (attributed, opinion, or a claim's statement): drawn dashed.
  'statement',
] as const;
export type ViewClass = (typeof VIEW_CLASSES)[number];

/** Immutable: deriveView reuses an unchanged element's object across calls. */
export interface ViewNode {
  readonly id: string;
  readonly label: string;
  readonly type: EntityType;
  readonly x: number;
  readonly y: number;
  readonly classes: readonly ViewClass[];
}

/** Immutable: deriveView reuses an unchanged element's object across calls. */
export interface ViewEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
  readonly predicate: string;
  /** Independent origins behind the relation that checked sources carry (drives its width). */
  readonly origins: number;
  readonly width: number;
  readonly classes: readonly ViewClass[];
}

export interface ViewCounts {
  visibleNodes: number;
  totalNodes: number;
  visibleEdges: number;
  totalEdges: number;
}

export interface EmptyReason {
  filter: FilterKind;
  message: string;
}

/** A node some of whose neighbours were left out by paging: "and 40 more". */
export interface MoreNeighbours {
  id: string;
  moreCount: number;
}

/** Immutable: deriveView returns the same object again for the same state object. */
export interface DerivedView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** Where each of `edges` is in the model's edge table. */
  edgeIndices: Uint32Array;
  counts: ViewCounts;
  /** Why nothing is shown (no visible relation), or null. */
  emptyReason: EmptyReason | null;
  more: MoreNeighbours[];
  /** Shortest paths when both pathFrom and pathTo are set, over the filtered graph. */
  path: PathsResult | null;
  /** Set when the level-of-detail cap left entities out of the whole-graph view. */
  cap: NodeCap | null;
  /**
   * The overview's context layer (every entity and relation the filters keep, as points and
   * lines), set when the level of detail left some out of the interactive drawing; null otherwise.
   */
  context: ContextLayer | null;
}

export interface DeriveOptions {
  /** Neighbours a node brings in per page (focus hops and expansion). Default PAGE_SIZE. */
  pageSize?: number;
  /** Most shortest paths listed. Default DEFAULT_MAX_PATHS. */
  maxPaths?: number;
  /** Most entities drawn in the whole-graph view (level of detail). Default DEFAULT_MAX_NODES. */
  maxNodes?: number;
  /** Most relations drawn in a capped whole-graph view. Default DEFAULT_MAX_EDGES. */
  maxEdges?: number;
}

export const PAGE_SIZE = 25;

export interface HistogramBin {
  /** 'YYYY-MM'. */
  month: string;
  /** First and last day of the month, 'YYYY-MM-DD'. */
  start: string;
  end: string;
  /** Dated relations and claims overlapping the month. */
  total: number;
  /** Of those, the ones every filter but the date range keeps (focus ignored). */
  filtered: number;
  /** Of the total, those whose date rests on an estimated writing date. */
  estimated: number;
}

export interface DateHistogram {
  /** One bin per month of the model's date extent; empty when nothing is dated. */
  bins: HistogramBin[];
  /** Largest `total` of any bin, for scaling bars. */
  maxTotal: number;
  /** Relations and claims without a date. */
  undated: { total: number; filtered: number };
}

export type TimelineKind = 'relation' | 'claim';

export interface TimelineItem {
  /** Edge id for a relation, node id for a claim. */
  id: string;
  kind: TimelineKind;
  /** "Donald Trump signed Trump executive order"; for a claim, "TikTok stated that …". */
  label: string;
  /** The date as written (EDTF). */
  date: string | null;
  /** Inclusive days, 'YYYY-MM-DD'; null for an open end. */
  dateStart: string | null;
  dateEnd: string | null;
  /** The date rests on an estimated writing date: shown "≈ …". */
  estimated: boolean;
}
