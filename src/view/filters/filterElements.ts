// One pass over the model's typed arrays that records, for every node and edge, which filters
// reject it. Keeping the reasons (not just kept/dropped) lets the view say which filter emptied it
// and lets the histogram ignore the date filter alone.
import type { GraphModel, SparseRows } from '../../model';
import { countShownClaimOrigins, countShownOrigins } from '../../model/provenance';
import { ENTITY_TYPES } from '../../schema/vocabulary';
import type { ViewState } from '../../viewState/viewState';
import { compileFilterMasks, type FilterMasks } from './filterMasks';
import { overlapsRange } from './overlapsRange';

export const REJECT_DATE = 1;
export const REJECT_SOURCES = 2;
export const REJECT_MIN_SOURCES = 4;
export const REJECT_PREDICATES = 8;
export const REJECT_TYPES = 16;
export const REJECT_HIDDEN = 32;

const CLAIM_TYPE = ENTITY_TYPES.indexOf('claim');

export interface FilteredGraph {
  /**
   * Per node, the REJECT_* bits that remove it (claims: the date, sources and origins of the claim
   * itself).
   */
  nodeRejects: Uint8Array;
  /** Per edge, the REJECT_* bits of every filter removing it, its endpoints' included; 0 = kept. */
  edgeRejects: Uint8Array;
  /** Per edge, the independent origins behind it that checked sources carry. */
  origins: Uint16Array;
  /** Per node, kept incident edges. */
  degree: Uint32Array;
  keptEdges: number;
}

function countChecked(rows: SparseRows, row: number, checked: Uint8Array): number {
  let n = 0;
  for (let k = rows.start[row] ?? 0, end = rows.start[row + 1] ?? 0; k < end; k++) {
    n += checked[rows.list[k] ?? 0] ?? 0;
  }
  return n;
}

/**
 * Node-level rules. Hidden types and hidden-by-hand remove the node and all its edges. A claim is
 * a dated statement, so a claim outside the date range (or undated, when undated things are
 * excluded) is removed with all its edges: otherwise its undated "about" edges would keep a 2019
 * claim on screen for a 2022 range. Likewise a claim none of whose quotes comes from a checked
 * source is removed (its "about" and "stated" edges would otherwise keep quoting it), and so is a
 * claim with fewer independent origins, among checked sources, than the minimum.
 */
function rejectNodes(model: GraphModel, masks: FilterMasks): Uint8Array {
  const { count, types, claimStart, claimEnd, claimSources, claimIndependentOrigins } = model.nodes;
  const rejects = new Uint8Array(count);
  const { checkedSources } = masks;
  const isChecked = (s: number) => checkedSources?.[s] === 1;
  for (let n = 0; n < count; n++) {
    const type = types[n] ?? 0;
    let r =
      (masks.hiddenTypes[type] ? REJECT_TYPES : 0) | (masks.hiddenNodes[n] ? REJECT_HIDDEN : 0);
    if (type === CLAIM_TYPE) {
      const start = claimStart[n] ?? NaN;
      if (masks.dateActive) {
        const inRange = Number.isNaN(start)
          ? masks.includeUndated
          : masks.includeEstimated || !model.nodes.claimDateEstimated[n]
            ? overlapsRange(start, claimEnd[n] ?? NaN, masks.dayFrom, masks.dayTo)
            : false;
        if (!inRange) r |= REJECT_DATE;
      }
      if (checkedSources && countChecked(claimSources, n, checkedSources) === 0) {
        r |= REJECT_SOURCES;
      }
      if (masks.minSources > 1) {
        const origins = checkedSources
          ? countShownClaimOrigins(model, n, isChecked)
          : (claimIndependentOrigins[n] ?? 0);
        if (origins < masks.minSources) r |= REJECT_MIN_SOURCES;
      }
    }
    rejects[n] = r;
  }
  return rejects;
}

/**
 * Applies every filter of the state to every edge.
 * - date: see overlapsRange; undated relations pass iff includeUndated, relations whose date rests
 *   on an estimate iff includeEstimated (when a date filter is active). A derived claim edge with
 *   no date of its own takes its claims' (see rejectNodes).
 * - sources: a relation passes iff one of its evidence sources is checked. A derived claim edge
 *   passes iff the claims it joins pass (see rejectNodes): it quotes nothing of its own.
 * - minSources: the independent origins behind a relation, among those checked sources carry,
 *   must reach the minimum; a derived claim edge goes with its claims, which rejectNodes counts.
 * - predicates, types, hidden: by predicate, and by the rejects of either endpoint.
 */
export function filterElements(model: GraphModel, state: ViewState): FilteredGraph {
  // deriveView, buildDateHistogram and deriveTimeline usually get the same state object in a row.
  // ViewState is immutable (the store replaces it), so identity is a safe key for the last result.
  const last = lastFiltered.get(model);
  if (last?.state === state) return last.result;
  const result = applyFilters(model, state);
  lastFiltered.set(model, { state, result });
  return result;
}

const lastFiltered = new WeakMap<GraphModel, { state: ViewState; result: FilteredGraph }>();

function applyFilters(model: GraphModel, state: ViewState): FilteredGraph {
  const masks = compileFilterMasks(model, state);
  const nodeRejects = rejectNodes(model, masks);
  const edges = model.edges;
  const { types } = model.nodes;
  const { source, target, predicate, derived, dated, dateStart, dateEnd, dateEstimated } = edges;
  const count = edges.count;
  const edgeRejects = new Uint8Array(count);
  const origins = Uint16Array.from(edges.independentOrigins);
  const degree = new Uint32Array(model.nodes.count);
  const { checkedSources, dayFrom, dayTo, dateActive, includeUndated, includeEstimated } = masks;
  const isChecked = (s: number) => checkedSources?.[s] === 1;
  let keptEdges = 0;

  for (let e = 0; e < count; e++) {
    const s = source[e] ?? 0;
    const t = target[e] ?? 0;
    let r = (nodeRejects[s] ?? 0) | (nodeRejects[t] ?? 0);
    // A derived edge without a date of its own is dated by its claim(s): rejectNodes did that.
    if (dateActive && (dated[e] || !derived[e])) {
      const inRange = !dated[e]
        ? includeUndated
        : (includeEstimated || !dateEstimated[e]) &&
          overlapsRange(dateStart[e] ?? NaN, dateEnd[e] ?? NaN, dayFrom, dayTo);
      if (!inRange) r |= REJECT_DATE;
    }
    if (masks.hiddenPredicates[predicate[e] ?? 0]) r |= REJECT_PREDICATES;
    // A derived claim edge stands for its claims, which rejectNodes judged by sources and origins.
    const standsForClaims =
      derived[e] === 1 && (types[s] === CLAIM_TYPE || types[t] === CLAIM_TYPE);
    if (checkedSources) {
      origins[e] = countShownOrigins(model, e, isChecked);
      if (!standsForClaims && countChecked(edges.ownSources, e, checkedSources) === 0) {
        r |= REJECT_SOURCES;
      }
    }
    if (masks.minSources > 1 && !standsForClaims && (origins[e] ?? 0) < masks.minSources) {
      r |= REJECT_MIN_SOURCES;
    }
    edgeRejects[e] = r;
    if (r === 0) {
      keptEdges++;
      degree[s] = (degree[s] ?? 0) + 1;
      if (t !== s) degree[t] = (degree[t] ?? 0) + 1;
    }
  }
  return { nodeRejects, edgeRejects, origins, degree, keptEdges };
}
