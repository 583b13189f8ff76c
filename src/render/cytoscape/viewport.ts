// The viewport: read, fitted and centred from node positions alone. cytoscape's own fit and
// centring style and measure every element first (labels included), in the input's task, which
// the frame that draws them does again.
import type { Collection, Core, SingularElementReturnValue } from 'cytoscape';
import { fitViewport } from '../scene/fit';
import type { CanvasSize, RenderViewport } from '../scene/types';

export function readViewport(cy: Core): RenderViewport {
  const pan = cy.pan();
  return { zoom: cy.zoom(), panX: pan.x, panY: pan.y };
}

export function writeViewport(cy: Core, viewport: RenderViewport): void {
  cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.panX, y: viewport.panY } });
}

/** Fits the target's nodes (and its edges' ends) with room for their labels as drawn. */
export function fitTo(cy: Core, target: Collection, size: CanvasSize): void {
  const nodes = target.nodes().union(target.edges().connectedNodes()).nodes();
  const viewport = fitViewport(
    nodes.map((node) => ({ ...node.position(), label: String(node.data('label') ?? '') })),
    size,
  );
  if (viewport) writeViewport(cy, viewport);
}

/** Pans, animated, so that the element's position is in the middle of the canvas. */
export function centreOn(cy: Core, element: SingularElementReturnValue, size: CanvasSize): void {
  const { x, y } = element.position();
  const zoom = cy.zoom();
  cy.animate({
    pan: { x: size.width / 2 - x * zoom, y: size.height / 2 - y * zoom },
    duration: 200,
  });
}
