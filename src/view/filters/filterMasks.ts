// Compiles the filter part of a ViewState into lookup arrays indexed like the model's tables, so
// the per-edge loop does array reads only.
import { parseDay } from '../../calendar/days';
import { resolveId, type GraphModel } from '../../model';
import { ENTITY_TYPES } from '../../schema/vocabulary';
import type { ViewState } from '../../viewState/viewState';

export interface FilterMasks {
  /** False when neither a date bound is set nor undated relations are excluded. */
  dateActive: boolean;
  dayFrom: number;
  dayTo: number;
  includeUndated: boolean;
  /** Whether dates that rest on an estimated writing date pass a date filter. */
  includeEstimated: boolean;
  /** 1 per checked source index; null when every source is checked. */
  checkedSources: Uint8Array | null;
  /** Least independent origins; applies only above 1 (a headline-only claim may have none). */
  minSources: number;
  hiddenPredicates: Uint8Array;
  hiddenTypes: Uint8Array;
  hiddenNodes: Uint8Array;
}

export function compileFilterMasks(model: GraphModel, state: ViewState): FilterMasks {
  const dayFrom = parseDay(state.dateFrom) ?? -Infinity;
  const dayTo = parseDay(state.dateTo) ?? Infinity;

  let checkedSources: Uint8Array | null = null;
  if (state.sources !== null) {
    checkedSources = new Uint8Array(model.sources.ids.length);
    for (const id of state.sources) {
      const s = model.sources.index.get(id);
      if (s !== undefined) checkedSources[s] = 1;
    }
  }

  const hiddenPredicates = new Uint8Array(model.predicates.ids.length);
  for (const id of state.hiddenPredicates) {
    const p = model.predicates.index.get(id);
    if (p !== undefined) hiddenPredicates[p] = 1;
  }

  const hiddenTypes = new Uint8Array(ENTITY_TYPES.length);
  for (const type of state.hiddenEntityTypes) {
    const t = (ENTITY_TYPES as readonly string[]).indexOf(type);
    if (t >= 0) hiddenTypes[t] = 1;
  }

  const hiddenNodes = new Uint8Array(model.nodes.count);
  for (const id of state.hidden) {
    const n = model.nodes.index.get(resolveId(model, id) ?? id);
    if (n !== undefined) hiddenNodes[n] = 1;
  }

  return {
    dateActive:
      dayFrom !== -Infinity ||
      dayTo !== Infinity ||
      !state.includeUndated ||
      !state.includeEstimated,
    dayFrom,
    dayTo,
    includeUndated: state.includeUndated,
    includeEstimated: state.includeEstimated,
    checkedSources,
    minSources: Math.max(1, Math.floor(state.minSources)),
    hiddenPredicates,
    hiddenTypes,
    hiddenNodes,
  };
}
