// The PNG export of the overview: cytoscape draws only the interactive level of detail, so the
// context layer (every other entity the filters keep) is drawn underneath, at the same scale, and
// the picture spans both.
import type { Theme } from '../style/palette';
import { drawContext } from './drawContext';
import type { ContextColouring, RenderContext } from './types';

/** Largest side of the exported bitmap, in pixels: browsers refuse far larger canvases. */
const MAX_SIDE_PX = 8192;

/** Room around the outermost points, in drawing units. */
const MARGIN = 20;

export interface PictureUnderlay {
  layer: RenderContext;
  theme: Theme;
  colouring: ContextColouring;
}

export interface PlacedPicture {
  /** cytoscape's image of its elements, with a transparent background. */
  image: Blob;
  /** Where the image's top-left corner is, in drawing units. */
  origin: { x: number; y: number };
  /** Image pixels per drawing unit. */
  scale: number;
}

interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The extent of the points, or null when there are none. */
export function pointExtent(layer: RenderContext): Extent | null {
  let extent: Extent | null = null;
  for (let p = 0; p < layer.ids.length; p++) {
    const x = layer.x[p] ?? 0;
    const y = layer.y[p] ?? 0;
    if (!extent) extent = { x1: x, y1: y, x2: x, y2: y };
    else {
      extent.x1 = Math.min(extent.x1, x);
      extent.y1 = Math.min(extent.y1, y);
      extent.x2 = Math.max(extent.x2, x);
      extent.y2 = Math.max(extent.y2, y);
    }
  }
  return extent;
}

/** The picture's frame (both extents, with a margin) and the scale that keeps it drawable. */
export function frameFor(
  picture: Extent,
  points: Extent | null,
  scale: number,
): { extent: Extent; scale: number } {
  const extent = points
    ? {
        x1: Math.min(picture.x1, points.x1 - MARGIN),
        y1: Math.min(picture.y1, points.y1 - MARGIN),
        x2: Math.max(picture.x2, points.x2 + MARGIN),
        y2: Math.max(picture.y2, points.y2 + MARGIN),
      }
    : picture;
  const side = Math.max(extent.x2 - extent.x1, extent.y2 - extent.y1, 1);
  return { extent, scale: Math.min(scale, MAX_SIDE_PX / side) };
}

export async function pictureWithContext(
  picture: PlacedPicture,
  underlay: PictureUnderlay,
  background: string,
): Promise<Blob> {
  const bitmap = await createImageBitmap(picture.image);
  const width = bitmap.width / picture.scale;
  const height = bitmap.height / picture.scale;
  const { extent, scale } = frameFor(
    {
      x1: picture.origin.x,
      y1: picture.origin.y,
      x2: picture.origin.x + width,
      y2: picture.origin.y + height,
    },
    pointExtent(underlay.layer),
    picture.scale,
  );
  const size = { width: extent.x2 - extent.x1, height: extent.y2 - extent.y1 };
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(size.width * scale);
  canvas.height = Math.ceil(size.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the picture (no 2D canvas)');
  drawContext(context, underlay.layer, {
    size,
    viewport: { zoom: 1, panX: -extent.x1, panY: -extent.y1 },
    pixelRatio: scale,
    theme: underlay.theme,
    colouring: underlay.colouring,
  });
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(
    bitmap,
    (picture.origin.x - extent.x1) * scale,
    (picture.origin.y - extent.y1) * scale,
    width * scale,
    height * scale,
  );
  bitmap.close();
  // Last, behind everything: drawContext clears its canvas first.
  context.globalCompositeOperation = 'destination-over';
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded'))),
      'image/png',
    ),
  );
}
