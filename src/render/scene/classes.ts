// The classes each element is drawn with, and the text of a node's label: shared by the adapter and
// the first frame, so both draw the same picture. Pure.
import { CURVED } from './curvedEdges';
import { edgeLabelsReadableAt, FADED, LIFTED } from '../style/stylesheet';
import type { RenderEdge, RenderScene } from './types';

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
