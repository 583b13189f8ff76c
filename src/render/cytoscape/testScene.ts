// Test helpers for the adapter's tests: small scenes, and what a headless instance shows.
import type cytoscape from 'cytoscape';
import type { RenderScene } from '../scene/types';
import type { Renderer } from './types';

/** Whether a node's label is drawn: a small graph lays every label out, hidden until chosen. */
export const showsLabel = (
  node: cytoscape.NodeSingular | cytoscape.CollectionReturnValue,
): boolean => node.style('label') !== '' && Number(node.style('text-opacity')) !== 0;

/** The ids of what is drawn: not the veil, not the hidden elements kept. */
export const drawnIds = (renderer: Renderer): string[] =>
  renderer.cy
    .elements()
    .filter((element) => !element.hasClass('veil') && element.visible())
    .map((element) => element.id())
    .sort();

export const scene = (
  nodeIds: string[],
  edges: [string, string, string][],
  classes: Record<string, string[]> = {},
): RenderScene => ({
  nodes: nodeIds.map((id, index) => ({
    id,
    label: id.toUpperCase(),
    type: 'organization',
    x: index * 100,
    y: 0,
    classes: classes[id] ?? [],
  })),
  edges: edges.map(([id, source, target]) => ({
    id,
    source,
    target,
    label: 'owns',
    width: 1.5,
    classes: classes[id] ?? [],
  })),
});
