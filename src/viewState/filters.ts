// The one table of a view's filters: what each is called and what clearing it means. The
// producers clear a filter by it, the view names the filter that empties it (view/explainEmpty.ts),
// and the status line offers to clear it in these words.
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';

interface FilterDefinition {
  /** Words for a button: "Clear {name}". */
  name: string;
  /** The view without this filter, everything else kept. */
  clear(view: ViewState): ViewState;
}

const d = DEFAULT_VIEW_STATE;

export const FILTERS = {
  // The undated and estimated switches belong to the date filter: clearing dates shows them again.
  date: {
    name: 'the date range',
    clear: (view) => ({
      ...view,
      dateFrom: null,
      dateTo: null,
      includeUndated: d.includeUndated,
      includeEstimated: d.includeEstimated,
    }),
  },
  sources: { name: 'the source filter', clear: (view) => ({ ...view, sources: null }) },
  minSources: {
    name: 'the independent origins minimum',
    clear: (view) => ({ ...view, minSources: d.minSources }),
  },
  types: { name: 'the entity type filter', clear: (view) => ({ ...view, hiddenEntityTypes: [] }) },
  predicates: {
    name: 'the relation type filter',
    clear: (view) => ({ ...view, hiddenPredicates: [] }),
  },
  focus: { name: 'the focus', clear: (view) => ({ ...view, focus: null, hops: d.hops }) },
  hidden: { name: 'hidden entities', clear: (view) => ({ ...view, hidden: [] }) },
} as const satisfies Record<string, FilterDefinition>;

export type FilterKind = keyof typeof FILTERS;
