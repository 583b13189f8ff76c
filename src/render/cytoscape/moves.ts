// Nodes the scene moves (a re-layout, or its undoing) glide to their new places. A layout, so
// never inside a batch; fitted as a first frame is fitted, so a link to the result opens on the
// same picture.
import type { NodeCollection, PresetLayoutOptions } from 'cytoscape';
import { fitViewport, type FitPoint } from '../scene/fit';
import type { CanvasSize } from '../scene/types';

const MOVE_MS = 300;

/**
 * Moves `nodes` (every drawn node: the others keep their places) and resolves once they have
 * settled, after `onSettled`. `fitIn`: the canvas to fit the result to, or null to keep the view.
 */
export function moveNodes(
  nodes: NodeCollection,
  moves: ReadonlyMap<string, { x: number; y: number }>,
  fitIn: CanvasSize | null,
  onSettled: () => void,
): Promise<void> {
  const positions: Record<string, { x: number; y: number }> = {};
  const labelled: FitPoint[] = [];
  nodes.forEach((node) => {
    const position = moves.get(node.id()) ?? { ...node.position() };
    positions[node.id()] = position;
    labelled.push({ ...position, label: String(node.data('label') ?? '') });
  });
  const target = fitIn ? fitViewport(labelled, fitIn) : null;
  return new Promise<void>((resolve) => {
    const options: PresetLayoutOptions = {
      name: 'preset',
      positions,
      animate: true,
      animationDuration: MOVE_MS,
      fit: false,
      ...(target && { zoom: target.zoom, pan: { x: target.panX, y: target.panY } }),
    };
    const layout = nodes.layout(options);
    layout.one('layoutstop', () => {
      onSettled();
      resolve();
    });
    layout.run();
  });
}
