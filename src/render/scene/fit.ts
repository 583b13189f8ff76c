// What the adapter and the first frame (staticFrame) must agree on, so that cytoscape takes over a
// drawing without moving anything: the viewport a scene is fitted to, the classes each element is
// drawn with, and which labels are drawn. Pure: no cytoscape, no DOM.
import { CURVED } from './curvedEdges';
import { NODE_LABEL, type LabelCandidate, type LabelTier } from './labelPlacement';
import {
  ALWAYS_LABELLED,
  edgeLabelsReadableAt,
  FADED,
  LIFTED,
  PREFERRED_LABELLED,
} from '../style/stylesheet';

export interface RenderNode {
  id: string;
  label: string;
  type: string;
  x: number;
  y: number;
  classes: readonly string[];
}

export interface RenderEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  width: number;
  classes: readonly string[];
}

export interface RenderScene {
  nodes: readonly RenderNode[];
  edges: readonly RenderEdge[];
}

export interface RenderViewport {
  zoom: number;
  panX: number;
  panY: number;
}

export interface CanvasSize {
  width: number;
  height: number;
}

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 6;
/** A handful of nodes would otherwise fill the screen with giant labels. */
const MAX_FIT_ZOOM = 1.5;
const FIT_PADDING = 40;
/**
 * Room a fit leaves around the nodes for their labels, in model units: a label hangs below its
 * node and may be wider than it. Labels that would still cross the canvas's edge are not drawn.
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

/** The nodes' extent in model units, with room for a label around each; null when none. */
export function extentWithLabelRoom(points: Iterable<{ x: number; y: number }>): Extent | null {
  const bounds = boundsOf(points);
  if (!bounds) return null;
  const half = NODE_LABEL.focusNodeSize / 2;
  return {
    x1: bounds.x1 - half - FIT_LABEL_ROOM.side,
    x2: bounds.x2 + half + FIT_LABEL_ROOM.side,
    y1: bounds.y1 - half,
    y2: bounds.y2 + half + FIT_LABEL_ROOM.below,
  };
}

/** The viewport that shows every point with room for its label, centred; null when none. */
export function fitViewport(
  points: Iterable<{ x: number; y: number }>,
  size: CanvasSize,
): RenderViewport | null {
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

/** Whether the selection highlights part of the scene, which veils the rest. */
export const isHighlighted = (scene: RenderScene): boolean =>
  scene.nodes.some((node) => node.classes.includes(FADED)) ||
  scene.edges.some((edge) => edge.classes.includes(FADED));

/**
 * The classes an element is drawn with. What the selection does not touch is faded by a veil:
 * one translucent layer above everything but the highlighted (`LIFTED`) elements. A `faded` class
 * on every other element made cytoscape restyle the whole view on each selection.
 */
export function drawnClasses(classes: readonly string[], highlighted: boolean): string[] {
  const kept = classes.filter((name) => name !== FADED);
  if (highlighted && kept.length === classes.length) kept.push(LIFTED);
  return kept;
}

/** An edge's drawn classes, with `CURVED` when it has a bend (see curvedEdges). */
export function drawnEdgeClasses(
  edge: RenderEdge,
  highlighted: boolean,
  bend: number | undefined,
): string[] {
  const classes = drawnClasses(edge.classes, highlighted);
  if (bend !== undefined) classes.push(CURVED);
  return classes;
}

/** Small graphs label every edge while the zoom makes edge labels readable. */
export const labelsEveryEdge = (zoom: number, large: boolean): boolean =>
  !large && edgeLabelsReadableAt(zoom);

/** A node's label as drawn: a disputed entity says so under its name. */
export const nodeLabelText = (classes: readonly string[], label: string): string =>
  classes.includes('disputed') ? `${label}\n⚠ disputed` : label;

export const nodeSizeOf = (classes: readonly string[]): number =>
  classes.includes('focus') ? NODE_LABEL.focusNodeSize : NODE_LABEL.nodeSize;

export function labelTierOf(classes: readonly string[]): LabelTier {
  if (ALWAYS_LABELLED.some((name) => classes.includes(name))) return 'always';
  return classes.includes(PREFERRED_LABELLED) ? 'preferred' : 'other';
}

/** Each node's degree in the scene, loops left out (the labels' priority). */
export function sceneDegrees(edges: readonly RenderEdge[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return degree;
}

/** A label candidate for a node drawn at a model position under a viewport. */
export function labelCandidate(
  node: { id: string; x: number; y: number; label: string; classes: readonly string[] },
  degree: number,
  viewport: RenderViewport,
): LabelCandidate {
  return {
    id: node.id,
    x: node.x * viewport.zoom + viewport.panX,
    y: node.y * viewport.zoom + viewport.panY,
    size: nodeSizeOf(node.classes),
    label: node.label,
    priority: degree,
    tier: labelTierOf(node.classes),
  };
}
