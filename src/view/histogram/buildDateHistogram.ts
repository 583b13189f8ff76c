// Monthly counts of dated relations and claims over the model's date extent, for the date brush.
// A relation counts in every month its interval overlaps (the same rule as the date filter, so
// brushing a set of months selects exactly what those bins count); open ends stop at the extent.
// `filtered` applies every filter except the date range itself and ignores focus, so the brush
// shows what moving it would bring in. Derived claim edges are not counted: claims count once.
// `estimated` counts, of the total, the dates that rest on an estimated writing date (drawn apart).
import { countFirstDayOfMonth, formatDay, formatMonth } from '../../calendar/days';
import type { GraphModel } from '../../model';
import { ENTITY_TYPES } from '../../schema/vocabulary';
import { filterElements, REJECT_DATE } from '../filters/filterElements';
import type { DateHistogram, HistogramBin } from '../types';
import type { ViewState } from '../../viewState/viewState';
import { getMonthBins } from './monthBins';

const CLAIM_TYPE = ENTITY_TYPES.indexOf('claim');
const NOT_DATE = ~REJECT_DATE;

export function buildDateHistogram(model: GraphModel, state: ViewState): DateHistogram {
  const { edgeRejects, nodeRejects } = filterElements(model, state);
  const months = getMonthBins(model);
  // Difference arrays: +1 at an interval's first month, -1 after its last; prefix sums give counts.
  const total = new Int32Array(months.binCount + 1);
  const filtered = new Int32Array(months.binCount + 1);
  const estimated = new Int32Array(months.binCount + 1);
  const undated = { total: 0, filtered: 0 };
  const count = (from: number, to: number, passes: boolean, isEstimate: boolean): void => {
    if (from < 0) {
      undated.total++;
      if (passes) undated.filtered++;
      return;
    }
    total[from] = (total[from] ?? 0) + 1;
    total[to] = (total[to] ?? 0) - 1;
    if (isEstimate) {
      estimated[from] = (estimated[from] ?? 0) + 1;
      estimated[to] = (estimated[to] ?? 0) - 1;
    }
    if (passes) {
      filtered[from] = (filtered[from] ?? 0) + 1;
      filtered[to] = (filtered[to] ?? 0) - 1;
    }
  };

  const { derived, dateEstimated } = model.edges;
  for (let e = 0; e < model.edges.count; e++) {
    if (derived[e]) continue;
    const passes = ((edgeRejects[e] ?? 0) & NOT_DATE) === 0;
    count(months.edgeFrom[e] ?? -1, months.edgeTo[e] ?? -1, passes, dateEstimated[e] === 1);
  }
  const { types, incidence } = model.nodes;
  for (let n = 0; n < model.nodes.count; n++) {
    if (types[n] !== CLAIM_TYPE) continue;
    // A claim passes when some edge of it survives the other filters: it would be on screen.
    let passes = false;
    if (((nodeRejects[n] ?? 0) & NOT_DATE) === 0) {
      for (let k = incidence.start[n] ?? 0; k < (incidence.start[n + 1] ?? 0) && !passes; k++) {
        passes = ((edgeRejects[incidence.list[k] ?? 0] ?? 0) & NOT_DATE) === 0;
      }
    }
    const isEstimate = model.nodes.claimDateEstimated[n] === 1;
    count(months.nodeFrom[n] ?? -1, months.nodeTo[n] ?? -1, passes, isEstimate);
  }

  const bins: HistogramBin[] = [];
  let runningTotal = 0;
  let runningFiltered = 0;
  let runningEstimated = 0;
  let maxTotal = 0;
  for (let b = 0; b < months.binCount; b++) {
    runningTotal += total[b] ?? 0;
    runningFiltered += filtered[b] ?? 0;
    runningEstimated += estimated[b] ?? 0;
    maxTotal = Math.max(maxTotal, runningTotal);
    const month = months.firstMonth + b;
    bins.push({
      month: formatMonth(month),
      start: formatDay(countFirstDayOfMonth(month)),
      end: formatDay(countFirstDayOfMonth(month + 1) - 1),
      total: runningTotal,
      filtered: runningFiltered,
      estimated: runningEstimated,
    });
  }
  return { bins, maxTotal, undated };
}
