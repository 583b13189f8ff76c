// How far each edge bows from the straight line between its ends. Kept apart from the adapter so
// the stylesheet and the adapter can both name the class, and so it is testable without cytoscape.
//
// Why not cytoscape's own bundled beziers: for every such edge cytoscape looks up its parallel
// edges, which costs the degree of its source, so with hubs every redraw turns quadratic. We know
// the parallel edges already, so we hand cytoscape explicit bends on "unbundled" curves instead.

interface EdgeEnds {
  id: string;
  source: string;
  target: string;
}

/** Class of the edges drawn as curves (parallel edges and loops); the others are straight. */
export const CURVED = 'curved';

/** Pixels between neighbouring parallel edges at their middle. */
export const BEND_STEP = 40;
/** Widest fan of one pair's edges: dozens of parallel relations narrow their steps to fit. */
export const MAX_FAN = 240;

/**
 * Bend (a signed distance from the chord, relative to each edge's own direction) for every edge
 * that shares its ends with another edge, and 0 for loops; edges absent from the map are straight.
 */
export function edgeBends(edges: readonly EdgeEnds[]): Map<string, number> {
  const byPair = new Map<string, EdgeEnds[]>();
  const bends = new Map<string, number>();
  for (const edge of edges) {
    if (edge.source === edge.target) {
      bends.set(edge.id, 0);
      continue;
    }
    const key = pairKey(edge);
    const siblings = byPair.get(key);
    if (siblings) siblings.push(edge);
    else byPair.set(key, [edge]);
  }
  for (const siblings of byPair.values()) {
    if (siblings.length < 2) continue;
    const middle = (siblings.length - 1) / 2;
    const step = Math.min(BEND_STEP, MAX_FAN / (siblings.length - 1));
    siblings.forEach((edge, index) => {
      // Offsets are laid out along the pair's canonical direction; an edge running the other way
      // sees its left and right swapped.
      const forward = edge.source < edge.target;
      bends.set(edge.id, (forward ? 1 : -1) * (index - middle) * step);
    });
  }
  return bends;
}

function pairKey(edge: EdgeEnds): string {
  // JSON keeps ids that concatenate alike ("a"+"bc", "ab"+"c") apart.
  return edge.source < edge.target
    ? JSON.stringify([edge.source, edge.target])
    : JSON.stringify([edge.target, edge.source]);
}
