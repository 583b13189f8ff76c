// "How is A connected to B" over what the filters keep: the path's nodes and edges join the view
// and are marked 'on-path'. By default a path runs through relations only: a claim edge (stated,
// about, supports, contradicts) joins two things through what someone said, not through what
// happened, so it is taken only when the view state asks for it.
import { shortestPaths, type GraphModel, type PathsResult } from '../../model';
import { ENTITY_TYPES } from '../../schema/vocabulary';
import type { Anchors } from '../anchors';
import type { FilteredGraph } from '../filters/filterElements';
import type { ViewState } from '../../viewState/viewState';

export interface ViewPaths {
  /** Null when the state asks for no path. */
  result: PathsResult | null;
  nodes: Set<number>;
  edges: Set<number>;
}

const CLAIM_TYPE = ENTITY_TYPES.indexOf('claim');

const NOT_FOUND: PathsResult = Object.freeze({
  found: false,
  length: -1,
  paths: [],
  truncated: false,
});

export function findViewPaths(
  model: GraphModel,
  state: ViewState,
  anchors: Anchors,
  filtered: FilteredGraph,
  maxPaths: number,
): ViewPaths {
  const marks: ViewPaths = { result: null, nodes: new Set(), edges: new Set() };
  if (state.pathFrom === null || state.pathTo === null) return marks;
  const { pathFrom, pathTo } = anchors;
  const { nodeRejects, edgeRejects } = filtered;
  if (pathFrom < 0 || pathTo < 0 || nodeRejects[pathFrom] || nodeRejects[pathTo]) {
    marks.result = NOT_FOUND;
    return marks;
  }
  const ids = model.nodes.ids;
  const { types } = model.nodes;
  const { source, target } = model.edges;
  const throughClaims = state.pathThroughClaims;
  marks.result = shortestPaths(model, ids[pathFrom] ?? '', ids[pathTo] ?? '', {
    edgeFilter: (e) =>
      edgeRejects[e] === 0 &&
      (throughClaims ||
        (types[source[e] ?? 0] !== CLAIM_TYPE && types[target[e] ?? 0] !== CLAIM_TYPE)),
    max: maxPaths,
  });
  for (const path of marks.result.paths) {
    for (const id of path.nodes) marks.nodes.add(model.nodes.index.get(id) ?? 0);
    for (const hop of path.hops) {
      for (const id of hop.edges) marks.edges.add(model.edges.index.get(id) ?? 0);
    }
  }
  return marks;
}
