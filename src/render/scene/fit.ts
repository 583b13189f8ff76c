// Where a scene is drawn: the viewport it is fitted to, with room for its labels, and what the veil
// covers. The adapter and the first frame fit alike, so cytoscape takes over a drawing without
// moving anything. Pure: no cytoscape, no DOM.
import { footprintOf } from '../../layout/labelGeometry';
import { nodeLabelText } from './classes';
import { NODE_LABEL } from './labelPlacement';
import type { CanvasSize, RenderScene, RenderViewport } from './types';

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 6;
/** A handful of nodes would otherwise fill the screen with giant labels. */
const MAX_FIT_ZOOM = 1.5;
const FIT_PADDING = 40;
/**
 * Room a fit leaves around a node whose label it does not know, in model units: a label hangs below
 * its node and may be wider than it. Labels that would still cross the canvas's edge are not drawn.
 */
const FIT_LABEL_ROOM = { side: 50, below: 24 };

export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The smallest box around the points, in model units; null when there are none. */
export function boundsOf(points: Iterable<{ x: number; y: number }>): Extent | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y } of points) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  return x1 > x2 ? null : { x1, y1, x2, y2 };
}

/** A node to fit: where it is and, when known, the label drawn below it. */
export interface FitPoint {
  x: number;
  y: number;
  label?: string;
}

/**
 * The nodes' extent in model units, with room for a label around each; null when none. A node
 * whose label is known keeps room for that label (a long one wraps onto lines below it).
 */
export function extentWithLabelRoom(points: Iterable<FitPoint>): Extent | null {
  const half = NODE_LABEL.focusNodeSize / 2;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const point of points) {
    const room =
      point.label === undefined
        ? { halfWidth: half + FIT_LABEL_ROOM.side, above: half, below: half + FIT_LABEL_ROOM.below }
        : footprintOf(point.label, NODE_LABEL.focusNodeSize);
    x1 = Math.min(x1, point.x - room.halfWidth);
    x2 = Math.max(x2, point.x + room.halfWidth);
    y1 = Math.min(y1, point.y - room.above);
    y2 = Math.max(y2, point.y + room.below);
  }
  return x1 > x2 ? null : { x1, y1, x2, y2 };
}

/** The viewport that shows every point with room for its label, centred; null when none. */
export function fitViewport(points: Iterable<FitPoint>, size: CanvasSize): RenderViewport | null {
  const extent = extentWithLabelRoom(points);
  if (!extent) return null;
  const { x1, y1, x2, y2 } = extent;
  const fitting = Math.min(
    (size.width - 2 * FIT_PADDING) / (x2 - x1),
    (size.height - 2 * FIT_PADDING) / (y2 - y1),
  );
  const zoom = Math.max(MIN_ZOOM, Math.min(MAX_FIT_ZOOM, MAX_ZOOM, fitting));
  return {
    zoom,
    panX: (size.width - zoom * (x1 + x2)) / 2,
    panY: (size.height - zoom * (y1 + y2)) / 2,
  };
}

/** The viewport that shows a scene's nodes with room for their labels as drawn. */
export function fitScene(scene: RenderScene, size: CanvasSize): RenderViewport | null {
  return fitViewport(
    scene.nodes.map((node) => ({
      x: node.x,
      y: node.y,
      label: nodeLabelText(node.classes, node.label),
    })),
    size,
  );
}

/** The veil's id: corpus ids are lowercase slugs, so this can never be one. */
export const VEIL_ID = 'veil:canvas';

/** How far the veil reaches beyond the drawn nodes, in model units: past the viewport when fitted. */
const VEIL_MARGIN = 400;

/** What the veil covers: the nodes where they are drawn, and a margin. */
export function veilExtent(points: Iterable<{ x: number; y: number }>): Extent | null {
  const bounds = boundsOf(points);
  if (!bounds) return null;
  return {
    x1: bounds.x1 - VEIL_MARGIN,
    y1: bounds.y1 - VEIL_MARGIN,
    x2: bounds.x2 + VEIL_MARGIN,
    y2: bounds.y2 + VEIL_MARGIN,
  };
}
