// How readable a drawing is: what overlaps what, what hides under an edge, how much of the canvas
// the drawing fills and whether the best-connected nodes are named. Measured on the scene as the
// renderer draws it (the same fit and the same label choice), for the tests and the benchmark.
// Pure: no cytoscape, no DOM.
import { nodeLabelText } from './classes';
import { fitScene } from './fit';
import { labelBox, nodeBox, type Box, type LabelCandidate } from './labelPlacement';
import { labelCandidate, labelledNodes, sceneDegrees } from './labels';
import type { CanvasSize, RenderScene, RenderViewport } from './types';

/** How many of the best-connected nodes must be labelled. */
export const TOP_CONNECTED = 10;

export interface LayoutQuality {
  /** The zoom the scene is drawn at (labels are not drawn below about 0.43). */
  zoom: number;
  /** Nodes whose label is drawn. */
  labelled: number;
  /** Pairs of drawn labels that overlap. */
  labelLabelOverlaps: number;
  /** Drawn labels over a node other than their own (each label and node pair once). */
  labelNodeOverlaps: number;
  /** Pairs of nodes whose discs overlap. */
  nodeOverlaps: number;
  /** Nodes drawn under an edge they are not an end of. */
  nodesUnderEdges: number;
  /** Share of the canvas the drawing's box covers (nodes and drawn labels), 0 to 1. */
  canvasShare: number;
  /** The best-connected nodes (by degree in the scene, at most TOP_CONNECTED) and those labelled. */
  topConnected: number;
  topConnectedLabelled: number;
  /** The best-connected nodes left unlabelled, by id: what to look at when it is not all of them. */
  topConnectedUnlabelled: string[];
}

/** The quality of a scene drawn on a canvas, fitted as the renderer fits it unless a viewport is given. */
export function measureLayoutQuality(
  scene: RenderScene,
  size: CanvasSize,
  given?: RenderViewport,
): LayoutQuality {
  const viewport = given ?? fitScene(scene, size) ?? { zoom: 1, panX: 0, panY: 0 };
  const { zoom } = viewport;
  const degree = sceneDegrees(scene.edges);
  const candidates: LabelCandidate[] = scene.nodes.map((node) =>
    labelCandidate(
      { ...node, label: nodeLabelText(node.classes, node.label) },
      degree.get(node.id) ?? 0,
      viewport,
    ),
  );
  const labelled = labelledNodes(scene, viewport, size);
  const discs = candidates.map((candidate) => nodeBox(candidate, zoom));
  const labels = candidates.flatMap((candidate, index) =>
    labelled.has(candidate.id) ? [{ index, box: labelBox(candidate, zoom) }] : [],
  );

  let labelLabelOverlaps = 0;
  for (let a = 0; a < labels.length; a++) {
    for (let b = a + 1; b < labels.length; b++) {
      if (overlap(labels[a]!.box, labels[b]!.box)) labelLabelOverlaps++;
    }
  }
  let labelNodeOverlaps = 0;
  for (const { index, box } of labels) {
    discs.forEach((disc, other) => {
      if (other !== index && overlap(box, disc)) labelNodeOverlaps++;
    });
  }
  let nodeOverlaps = 0;
  for (let a = 0; a < candidates.length; a++) {
    for (let b = a + 1; b < candidates.length; b++) {
      const ca = candidates[a]!;
      const cb = candidates[b]!;
      const reach = ((ca.size + cb.size) / 2) * zoom;
      if (Math.hypot(ca.x - cb.x, ca.y - cb.y) < reach) nodeOverlaps++;
    }
  }

  const at = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  let nodesUnderEdges = 0;
  for (const node of candidates) {
    const radius = (node.size / 2) * zoom;
    const under = scene.edges.some((edge) => {
      if (edge.source === node.id || edge.target === node.id) return false;
      const from = at.get(edge.source);
      const to = at.get(edge.target);
      return from !== undefined && to !== undefined && distanceToSegment(node, from, to) < radius;
    });
    if (under) nodesUnderEdges++;
  }

  const drawing = [...discs, ...labels.map(({ box }) => box)];
  const canvasShare =
    drawing.length === 0 ? 0 : clippedArea(enclosing(drawing), size) / (size.width * size.height);

  const top = [...candidates]
    .sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1))
    .slice(0, TOP_CONNECTED);
  const topConnectedUnlabelled = top.filter((c) => !labelled.has(c.id)).map((c) => c.id);
  return {
    zoom: Math.round(zoom * 1000) / 1000,
    labelled: labelled.size,
    labelLabelOverlaps,
    labelNodeOverlaps,
    nodeOverlaps,
    nodesUnderEdges,
    canvasShare: Math.round(canvasShare * 1000) / 1000,
    topConnected: top.length,
    topConnectedLabelled: top.length - topConnectedUnlabelled.length,
    topConnectedUnlabelled,
  };
}

const overlap = (a: Box, b: Box): boolean =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

interface Point {
  x: number;
  y: number;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function enclosing(boxes: readonly Box[]): Box {
  return {
    x1: Math.min(...boxes.map((box) => box.x1)),
    y1: Math.min(...boxes.map((box) => box.y1)),
    x2: Math.max(...boxes.map((box) => box.x2)),
    y2: Math.max(...boxes.map((box) => box.y2)),
  };
}

function clippedArea(box: Box, size: CanvasSize): number {
  const width = Math.max(0, Math.min(box.x2, size.width) - Math.max(box.x1, 0));
  const height = Math.max(0, Math.min(box.y2, size.height) - Math.max(box.y1, 0));
  return width * height;
}
