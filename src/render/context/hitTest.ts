// Picking on the context layer: which entity a click at a point of the drawing means. Pure.
import type { RenderContext } from './types';

export interface Point {
  x: number;
  y: number;
}

/** Half the side of an interactive node (cytoscape draws them 30 model units wide). */
export const INTERACTIVE_NODE_RADIUS = 15;

/**
 * The entity a click at `at` (model coordinates) selects. An interactive node (drawn by cytoscape,
 * on top) under the click keeps it: it is returned, and no point beneath it steals the click.
 * Otherwise the nearest context point within `tolerance` (model units) is; none: null.
 */
export function pickAt(
  layer: RenderContext | null,
  at: Point,
  tolerance: number,
  interactive: readonly (Point & { id: string })[] = [],
  interactiveRadius = INTERACTIVE_NODE_RADIUS,
): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const node of interactive) {
    const d = Math.hypot(node.x - at.x, node.y - at.y);
    if (d <= interactiveRadius && d < bestDistance) {
      best = node.id;
      bestDistance = d;
    }
  }
  if (best !== null || !layer) return best;
  const limit = tolerance * tolerance;
  bestDistance = Infinity;
  for (let p = 0; p < layer.ids.length; p++) {
    const dx = (layer.x[p] ?? 0) - at.x;
    const dy = (layer.y[p] ?? 0) - at.y;
    const d = dx * dx + dy * dy;
    if (d <= limit && d < bestDistance) {
      best = layer.ids[p] ?? null;
      bestDistance = d;
    }
  }
  return best;
}
