// Which node labels a scene draws, as label candidates for labelPlacement: their size, their
// tier (the selection, what it touches, the rest) and their priority (degree in the scene).
import { nodeLabelText } from './classes';
import {
  chooseNodeLabels,
  NODE_LABEL,
  type LabelCandidate,
  type LabelTier,
} from './labelPlacement';
import { ALWAYS_LABELLED, PREFERRED_LABELLED } from '../style/stylesheet';
import type { CanvasSize, RenderEdge, RenderScene, RenderViewport } from './types';

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

/** The nodes whose labels are drawn when a scene is shown at a viewport on a canvas. */
export function labelledNodes(
  scene: RenderScene,
  viewport: RenderViewport,
  size: CanvasSize,
): Set<string> {
  const degree = sceneDegrees(scene.edges);
  const candidates = scene.nodes.map((node) =>
    labelCandidate(
      { ...node, label: nodeLabelText(node.classes, node.label) },
      degree.get(node.id) ?? 0,
      viewport,
    ),
  );
  return chooseNodeLabels(candidates, { ...size, zoom: viewport.zoom });
}
