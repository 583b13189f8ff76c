// The PNG export: the whole drawing at zoom 1, not the viewport, labelled for that frame.
import type { Core } from 'cytoscape';
import type { PlacedPicture } from '../context/pictureWithContext';
import { extentWithLabelRoom } from '../scene/fit';
import type { LabelSync } from './labels';
import type { Residents } from './residents';
import type { Veil } from './veil';

/** Image pixels per CSS pixel of the drawing at zoom 1. */
export const PNG_SCALE = 2;

export function exportPng(
  cy: Core,
  parts: { residents: Residents; labels: LabelSync; veil: Veil },
  background: string,
): Blob {
  return exportPlacedPng(cy, parts, background).image;
}

/** The picture and where it sits in the drawing (for the context layer drawn under it). */
export function exportPlacedPng(
  cy: Core,
  parts: { residents: Residents; labels: LabelSync; veil: Veil },
  background: string | undefined,
): PlacedPicture {
  const { residents, labels, veil } = parts;
  // cytoscape's full image spans every element it holds, hidden ones included.
  residents.dropHidden(0);
  return veil.without(() => {
    const extent = extentWithLabelRoom(
      residents
        .drawn()
        .nodes()
        .map((node) => ({ ...node.position(), label: String(node.data('label') ?? '') })),
    );
    if (extent) {
      const { x1, y1, x2, y2 } = extent;
      labels.syncNodeLabels({ zoom: 1, pan: { x: -x1, y: -y1 }, width: x2 - x1, height: y2 - y1 });
    }
    const image = cy.png({ full: true, output: 'blob', bg: background, scale: PNG_SCALE });
    // cytoscape's full image starts at its elements' bounding box (labels included).
    const { x1, y1 } = cy.elements().boundingBox();
    labels.syncNodeLabels();
    return { image: image as unknown as Blob, origin: { x: x1, y: y1 }, scale: PNG_SCALE };
  });
}
