// One pass over the model's typed arrays that records, for every node and edge, which filters
// reject it. Keeping the reasons (not just kept/dropped) lets the view say which filter emptied it
// and lets the histogram ignore the date filter alone.
import type { GraphModel, SparseRows } from '../../model';
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
  /** Per node, the REJECT_* bits that remove it (claims: date and sources of the claim itself). */
  nodeRejects: Uint8Array;
  /** Per edge, the REJECT_* bits of every filter removing it, its endpoints' included; 0 = kept. */
  edgeRejects: Uint8Array;
  /** Per edge, distinct checked sources supporting it. */
  corroboration: Uint16Array;
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
 * claim on screen for a 2022 range.
 */
function rejectNodes(
  model: GraphModel,
  masks: FilterMasks,
): { rejects: Uint8Array; backed: Uint8Array } {
  const { count, types, claimStart, claimEnd, claimSources } = model.nodes;
  const rejects = new Uint8Array(count);
  // Claims backed by a checked source: derived edges stand for their claims (see filterElements).
  const backed = new Uint8Array(count);
  for (let n = 0; n < count; n++) {
    const type = types[n] ?? 0;
    let r =
      (masks.hiddenTypes[type] ? REJECT_TYPES : 0) | (masks.hiddenNodes[n] ? REJECT_HIDDEN : 0);
    if (type === CLAIM_TYPE) {
      const start = claimStart[n] ?? NaN;
      if (masks.dateActive) {
        const inRange = Number.isNaN(start)
          ? masks.includeUndated
          : overlapsRange(start, claimEnd[n] ?? NaN, masks.dayFrom, masks.dayTo);
        if (!inRange) r |= REJECT_DATE;
      }
      backed[n] =
        masks.checkedSources && countChecked(claimSources, n, masks.checkedSources) === 0 ? 0 : 1;
    }
    rejects[n] = r;
  }
  return { rejects, backed };
}

/**
 * Applies every filter of the state to every edge.
 * - date: see overlapsRange; undated relations pass iff includeUndated. A derived claim edge
 *   with no date of its own takes its claims' (see rejectNodes).
 * - sources: a relation passes iff one of its evidence sources is checked. A derived claim edge
 *   passes iff its own evidence has a checked source, or every claim it joins is backed by a
 *   checked source (the compiler may give derived edges no evidence of their own).
 * - minSources: corroboration, the number of distinct checked sources behind the edge (for
 *   derived edges, those of its claims too), must reach the minimum.
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
  const { rejects: nodeRejects, backed } = rejectNodes(model, masks);
  const { types } = model.nodes;
  const edges = model.edges;
  const { source, target, predicate, derived, dated, dateStart, dateEnd } = edges;
  const count = edges.count;
  const edgeRejects = new Uint8Array(count);
  const corroboration = masks.checkedSources
    ? new Uint16Array(count)
    : Uint16Array.from(edges.corroboration);
  const degree = new Uint32Array(model.nodes.count);
  const { checkedSources, dayFrom, dayTo, dateActive, includeUndated } = masks;
  let keptEdges = 0;

  for (let e = 0; e < count; e++) {
    const s = source[e] ?? 0;
    const t = target[e] ?? 0;
    let r = (nodeRejects[s] ?? 0) | (nodeRejects[t] ?? 0);
    // A derived edge without a date of its own is dated by its claim(s): rejectNodes did that.
    if (dateActive && (dated[e] || !derived[e])) {
      const inRange = dated[e]
        ? overlapsRange(dateStart[e] ?? NaN, dateEnd[e] ?? NaN, dayFrom, dayTo)
        : includeUndated;
      if (!inRange) r |= REJECT_DATE;
    }
    if (masks.hiddenPredicates[predicate[e] ?? 0]) r |= REJECT_PREDICATES;
    let support = corroboration[e] ?? 0;
    if (checkedSources) {
      support = countChecked(edges.effectiveSources, e, checkedSources);
      corroboration[e] = support;
      let keep = support > 0;
      if (derived[e]) {
        const sClaim = types[s] === CLAIM_TYPE;
        const tClaim = types[t] === CLAIM_TYPE;
        keep =
          countChecked(edges.ownSources, e, checkedSources) > 0 ||
          ((sClaim || tClaim) && (!sClaim || backed[s] === 1) && (!tClaim || backed[t] === 1));
      }
      if (!keep) r |= REJECT_SOURCES;
    }
    if (masks.minSources > 1 && support < masks.minSources) r |= REJECT_MIN_SOURCES;
    edgeRejects[e] = r;
    if (r === 0) {
      keptEdges++;
      degree[s] = (degree[s] ?? 0) + 1;
      if (t !== s) degree[t] = (degree[t] ?? 0) + 1;
    }
  }
  return { nodeRejects, edgeRejects, corroboration, degree, keptEdges };
}
