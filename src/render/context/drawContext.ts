// Draws the context layer on a 2D canvas: relations as one hairline path, entities as small
// squares batched by colour, and the names of the large communities. Points and lines keep their
// size on screen whatever the zoom, so the overview reads as a map of the corpus.
import type { CanvasSize, RenderViewport } from '../scene/types';
import { THEME_COLOURS, TYPE_APPEARANCE, type Theme, type TypeAppearance } from '../style/palette';
import type { ContextColouring, RenderContext } from './types';

export interface ContextDrawOptions {
  size: CanvasSize;
  viewport: RenderViewport;
  pixelRatio: number;
  theme: Theme;
  colouring: ContextColouring;
}

/** Half the side of a point, in CSS pixels. */
export const POINT_RADIUS = 2;

// Quiet, distinguishable hues for communities (a colour per community, modulo their count).
const COMMUNITY_COLOURS: Record<Theme, readonly string[]> = {
  light: [
    '#4e79a7',
    '#f28e2b',
    '#59a14f',
    '#e15759',
    '#76b7b2',
    '#edc948',
    '#b07aa1',
    '#ff9da7',
    '#9c755f',
    '#8cd17d',
  ],
  dark: [
    '#8fb3de',
    '#ffb26b',
    '#93d18a',
    '#ff9294',
    '#a7dcd8',
    '#f5dc7c',
    '#d3a6c7',
    '#ffc2c8',
    '#c9a58e',
    '#b9e6ae',
  ],
};

const TYPES = TYPE_APPEARANCE as Record<string, TypeAppearance | undefined>;

/** The colour of each point's bucket, and each point's bucket. */
function colourBuckets(
  layer: RenderContext,
  colouring: ContextColouring,
  theme: Theme,
): { colours: string[]; bucketOf: (p: number) => number } {
  if (colouring === 'community') {
    const palette = COMMUNITY_COLOURS[theme];
    const unknown = palette.length;
    return {
      colours: [...palette, THEME_COLOURS[theme].edge],
      bucketOf: (p) => {
        const community = layer.communities[p] ?? -1;
        return community < 0 ? unknown : community % palette.length;
      },
    };
  }
  return {
    colours: layer.typeNames.map((name) => TYPES[name]?.[theme] ?? THEME_COLOURS[theme].edge),
    bucketOf: (p) => layer.types[p] ?? 0,
  };
}

export function drawContext(
  context: CanvasRenderingContext2D,
  layer: RenderContext,
  options: ContextDrawOptions,
): void {
  const { size, viewport, pixelRatio, theme } = options;
  const palette = THEME_COLOURS[theme];
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.clearRect(0, 0, size.width, size.height);
  const count = layer.ids.length;
  // Screen positions once: every link and point reads them.
  const sx = new Float32Array(count);
  const sy = new Float32Array(count);
  for (let p = 0; p < count; p++) {
    sx[p] = (layer.x[p] ?? 0) * viewport.zoom + viewport.panX;
    sy[p] = (layer.y[p] ?? 0) * viewport.zoom + viewport.panY;
  }
  context.globalAlpha = 0.28;
  context.strokeStyle = palette.edge;
  context.lineWidth = 0.6;
  context.beginPath();
  for (let k = 0; k + 1 < layer.links.length; k += 2) {
    const a = layer.links[k] ?? 0;
    const b = layer.links[k + 1] ?? 0;
    context.moveTo(sx[a] ?? 0, sy[a] ?? 0);
    context.lineTo(sx[b] ?? 0, sy[b] ?? 0);
  }
  context.stroke();

  context.globalAlpha = 0.85;
  const { colours, bucketOf } = colourBuckets(layer, options.colouring, theme);
  const bucket = new Uint16Array(count);
  for (let p = 0; p < count; p++) bucket[p] = bucketOf(p);
  const side = 2 * POINT_RADIUS;
  colours.forEach((colour, index) => {
    context.fillStyle = colour;
    context.beginPath();
    for (let p = 0; p < count; p++) {
      if (bucket[p] !== index) continue;
      const x = sx[p] ?? 0;
      const y = sy[p] ?? 0;
      if (x < -side || y < -side || x > size.width + side || y > size.height + side) continue;
      context.rect(x - POINT_RADIUS, y - POINT_RADIUS, side, side);
    }
    context.fill();
  });

  // The regions' names: quiet, under the interactive labels that cytoscape draws on top.
  context.globalAlpha = 0.75;
  context.font = '600 14px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineWidth = 3;
  context.strokeStyle = palette.background;
  context.fillStyle = palette.text;
  for (const region of layer.regions) {
    const x = region.x * viewport.zoom + viewport.panX;
    const y = region.y * viewport.zoom + viewport.panY;
    context.strokeText(region.label, x, y);
    context.fillText(region.label, x, y);
  }
  context.globalAlpha = 1;
}
