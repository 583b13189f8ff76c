// The months every dated relation and claim spans, clamped to the model's extent. They depend on
// the model only, so they are computed once per model rather than per histogram.
import { countMonthOfDay } from '../../calendar/days';
import type { GraphModel } from '../../model';

export interface MonthBins {
  firstMonth: number;
  binCount: number;
  /** Per edge / per node: first bin and one past the last bin; -1 when undated. */
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  nodeFrom: Int32Array;
  nodeTo: Int32Array;
}

const cache = new WeakMap<GraphModel, MonthBins>();

function fillBins(
  starts: Float64Array,
  ends: Float64Array,
  from: Int32Array,
  to: Int32Array,
  clampDay: (day: number) => number,
  firstMonth: number,
): void {
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? NaN;
    if (Number.isNaN(start)) continue;
    from[i] = countMonthOfDay(clampDay(start)) - firstMonth;
    to[i] = countMonthOfDay(clampDay(ends[i] ?? NaN)) - firstMonth + 1;
  }
}

export function getMonthBins(model: GraphModel): MonthBins {
  let bins = cache.get(model);
  if (bins) return bins;
  const extent = model.dayExtent;
  const firstMonth = extent ? countMonthOfDay(extent.start) : 0;
  bins = {
    firstMonth,
    binCount: extent ? countMonthOfDay(extent.end) - firstMonth + 1 : 0,
    edgeFrom: new Int32Array(model.edges.count).fill(-1),
    edgeTo: new Int32Array(model.edges.count).fill(-1),
    nodeFrom: new Int32Array(model.nodes.count).fill(-1),
    nodeTo: new Int32Array(model.nodes.count).fill(-1),
  };
  if (extent) {
    const clampDay = (day: number): number => Math.min(extent.end, Math.max(extent.start, day));
    const { edges, nodes } = model;
    fillBins(edges.dateStart, edges.dateEnd, bins.edgeFrom, bins.edgeTo, clampDay, firstMonth);
    fillBins(nodes.claimStart, nodes.claimEnd, bins.nodeFrom, bins.nodeTo, clampDay, firstMonth);
  }
  cache.set(model, bins);
  return bins;
}
