// Everything that defines what a person sees: the store holds it, the URL codec writes it,
// deriveView reads it. Plain data, so it round-trips through a permalink.

export const MIN_HOPS = 1;
export const MAX_HOPS = 3;

export interface ExpandedEntity {
  id: string;
  /** How many pages of neighbours are shown (a high-degree node opens a page at a time). */
  pages: number;
}

/**
 * A re-layout of some entities, so that a link reproduces it: ForceAtlas2 started from their
 * compiled positions, over the relations among them, run `rounds` times in a row (each run starts
 * where the last one stopped). The other entities keep their compiled positions.
 */
export interface Relayout {
  /** Entity ids, sorted. */
  nodes: string[];
  rounds: number;
}

export interface Viewport {
  zoom: number;
  panX: number;
  panY: number;
}

export interface ViewState {
  /** Selected entity, claim or relation id. */
  selected: string | null;
  /** Entity whose neighbourhood is shown, within `hops` steps. */
  focus: string | null;
  hops: number;
  /** Entities whose neighbours are added to the view. */
  expanded: ExpandedEntity[];
  /** Entities hidden by hand. */
  hidden: string[];
  /** Entities added by hand: with no focus, a non-empty pin list is the whole subgraph. */
  pinned: string[];
  /** Endpoints of "how is A connected to B". */
  pathFrom: string | null;
  pathTo: string | null;
  /** Whether paths may run through claims (stated, about, supports, contradicts). */
  pathThroughClaims: boolean;
  /** Inclusive day range, YYYY-MM-DD; null means open-ended. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Whether relations without a date are shown. */
  includeUndated: boolean;
  /** Whether relations and claims whose date rests on an estimated writing date are shown. */
  includeEstimated: boolean;
  /** Checked source ids; null means every source. */
  sources: string[] | null;
  /**
   * Minimum number of independent origins supporting a relation or claim (the name predates
   * origins; `min` in the URL).
   */
  minSources: number;
  hiddenEntityTypes: string[];
  hiddenPredicates: string[];
  /** Source open in the reader, and the span it is scrolled to. */
  readerSource: string | null;
  readerStart: number | null;
  readerEnd: number | null;
  /** Null: every entity where the compiler placed it. */
  layout: Relayout | null;
  viewport: Viewport | null;
}

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  selected: null,
  focus: null,
  hops: 1,
  expanded: [],
  hidden: [],
  pinned: [],
  pathFrom: null,
  pathTo: null,
  pathThroughClaims: false,
  dateFrom: null,
  dateTo: null,
  includeUndated: true,
  includeEstimated: true,
  sources: null,
  minSources: 1,
  hiddenEntityTypes: [],
  hiddenPredicates: [],
  readerSource: null,
  readerStart: null,
  readerEnd: null,
  layout: null,
  viewport: null,
}) as ViewState;
