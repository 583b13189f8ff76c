// The SVG export, written here from what is drawn (cytoscape-svg is GPL): each node's shape,
// colour and label, each edge's line, colour, style and arrow, and the same caption as the PNG.
// Pure: the adapter (render/cytoscape/exportSvg.ts) reads the drawn elements into an SvgDrawing.
import { boundsOf } from './fit';
import {
  CAPTION_METRICS,
  planCaption,
  type CaptionDrawing,
  type CaptionSwatch,
} from './captionLayout';

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A cytoscape node shape. */
  shape: string;
  fill: string;
  border: { colour: string; width: number; dashed: boolean } | null;
  /** Empty when the node is drawn unlabelled. */
  label: string;
}

export interface SvgEdge {
  id: string;
  /** Start, then an optional control point (a curved edge), then end. */
  points: { x: number; y: number }[];
  colour: string;
  width: number;
  style: 'solid' | 'dashed' | 'dotted';
  /** Opacity 0–1: faded edges stay faded. */
  opacity: number;
}

export interface SvgDrawing {
  nodes: SvgNode[];
  edges: SvgEdge[];
  colours: { background: string; text: string };
  caption: CaptionDrawing | null;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_SIZE = 12;
const MARGIN = 40;

// eslint-disable-next-line no-control-regex -- control characters cannot be written in XML
const XML_FORBIDDEN = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const escapeSvgText = (text: string): string =>
  text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const n = (value: number): string => String(Math.round(value * 100) / 100);

/** Sides of the polygon for a shape; 0 means an ellipse, -1 a rectangle. */
function sidesOf(shape: string): number {
  if (shape === 'ellipse') return 0;
  if (shape.includes('rectangle') || shape === 'barrel' || shape.includes('tag')) return -1;
  const sides: Record<string, number> = {
    triangle: 3,
    diamond: 4,
    rhomboid: 4,
    pentagon: 5,
    hexagon: 6,
    heptagon: 7,
    octagon: 8,
  };
  return sides[shape] ?? 0;
}

function shapeElement(
  shape: string,
  cx: number,
  cy: number,
  w: number,
  h: number,
  attributes: string,
): string {
  const sides = sidesOf(shape);
  if (sides === 0) {
    return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${attributes}/>`;
  }
  if (sides === -1) {
    const rounded = shape.startsWith('round') ? ` rx="${n(Math.min(w, h) / 6)}"` : '';
    return `<rect x="${n(cx - w / 2)}" y="${n(cy - h / 2)}" width="${n(w)}" height="${n(h)}"${rounded} ${attributes}/>`;
  }
  const points: string[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / sides;
    points.push(`${n(cx + (w / 2) * Math.cos(angle))},${n(cy + (h / 2) * Math.sin(angle))}`);
  }
  return `<polygon points="${points.join(' ')}" ${attributes}/>`;
}

function edgeElement(edge: SvgEdge): string {
  const [start, control, end] =
    edge.points.length >= 3 ? edge.points : [edge.points[0], undefined, edge.points[1]];
  if (!start || !end) return '';
  const path = control
    ? `M${n(start.x)},${n(start.y)} Q${n(control.x)},${n(control.y)} ${n(end.x)},${n(end.y)}`
    : `M${n(start.x)},${n(start.y)} L${n(end.x)},${n(end.y)}`;
  const dash =
    edge.style === 'dashed'
      ? ' stroke-dasharray="8 4"'
      : edge.style === 'dotted'
        ? ' stroke-dasharray="2 3"'
        : '';
  const opacity = edge.opacity < 1 ? ` stroke-opacity="${n(edge.opacity)}"` : '';
  return (
    `<path data-id="${escapeSvgText(edge.id)}" d="${path}" fill="none" stroke="${escapeSvgText(edge.colour)}" ` +
    `stroke-width="${n(edge.width)}"${dash}${opacity} marker-end="url(#arrow)"/>`
  );
}

function swatchElement(swatch: CaptionSwatch, x: number, baseline: number): string {
  const size = CAPTION_METRICS.swatch;
  const middle = baseline - size / 2 + 1;
  if (swatch.kind === 'line') {
    const dash = swatch.dashed ? ' stroke-dasharray="4 3"' : '';
    return `<line x1="${n(x)}" y1="${n(middle)}" x2="${n(x + size)}" y2="${n(middle)}" stroke="${escapeSvgText(swatch.colour)}" stroke-width="2"${dash}/>`;
  }
  const outline = swatch.outline
    ? ` stroke="${escapeSvgText(swatch.outline)}" stroke-width="2" stroke-dasharray="3 2"`
    : '';
  return shapeElement(
    swatch.shape,
    x + size / 2,
    middle,
    size,
    size,
    `fill="${escapeSvgText(swatch.colour)}"${outline}`,
  );
}

/** A rough text width for the caption's layout: SVG text is measured by whoever shows it. */
const estimateWidth = (text: string, font: 'title' | 'text'): number =>
  text.length * (font === 'title' ? CAPTION_METRICS.titleSize : CAPTION_METRICS.textSize) * 0.56;

/** The drawing as an SVG document, with its caption when one is given. */
export function writeSvg(drawing: SvgDrawing): string {
  const extent = boundsOf(
    drawing.nodes.flatMap((node) => [
      { x: node.x - node.width / 2, y: node.y - node.height / 2 },
      { x: node.x + node.width / 2, y: node.y + node.height / 2 + LABEL_SIZE * 2 },
    ]),
  ) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
  const drawingWidth = extent.x2 - extent.x1 + 2 * MARGIN;
  const drawingHeight = extent.y2 - extent.y1 + 2 * MARGIN;
  const plan = drawing.caption ? planCaption(drawing.caption, drawingWidth, estimateWidth) : null;
  const width = plan ? plan.width : drawingWidth;
  const top = plan ? plan.top : 0;
  const height = top + drawingHeight + (plan ? plan.bottom : 0);
  // Model coordinates, shifted into the drawing's band and centred across the width.
  const dx = (width - drawingWidth) / 2 + MARGIN - extent.x1;
  const dy = top + MARGIN - extent.y1;
  const { text, background } = drawing.colours;
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${escapeSvgText(FONT)}">`,
  ];
  if (drawing.caption) out.push(`<title>${escapeSvgText(drawing.caption.title)}</title>`);
  out.push(
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="${escapeSvgText(background)}"/>`,
    `<g id="edges" transform="translate(${n(dx)},${n(dy)})">`,
    ...drawing.edges.map(edgeElement),
    `</g>`,
    `<g id="nodes" transform="translate(${n(dx)},${n(dy)})">`,
  );
  for (const node of drawing.nodes) {
    const border = node.border
      ? ` stroke="${escapeSvgText(node.border.colour)}" stroke-width="${n(node.border.width)}"${node.border.dashed ? ' stroke-dasharray="4 3"' : ''}`
      : '';
    out.push(
      `<g data-id="${escapeSvgText(node.id)}">` +
        shapeElement(
          node.shape,
          node.x,
          node.y,
          node.width,
          node.height,
          `fill="${escapeSvgText(node.fill)}"${border}`,
        ) +
        (node.label
          ? `<text x="${n(node.x)}" y="${n(node.y + node.height / 2 + LABEL_SIZE + 2)}" font-size="${LABEL_SIZE}" text-anchor="middle" fill="${escapeSvgText(text)}" stroke="${escapeSvgText(background)}" stroke-width="3" paint-order="stroke">${escapeSvgText(node.label)}</text>`
          : '') +
        `</g>`,
    );
  }
  out.push(`</g>`);
  if (plan) {
    out.push(`<g id="caption" fill="${escapeSvgText(text)}">`);
    for (const line of plan.title) {
      out.push(
        `<text x="${n(line.x)}" y="${n(line.y)}" font-size="${CAPTION_METRICS.titleSize}" font-weight="600">${escapeSvgText(line.text)}</text>`,
      );
    }
    const bottom = top + drawingHeight;
    for (const entry of plan.legend) {
      out.push(
        swatchElement(entry.swatch, entry.x, bottom + entry.y),
        `<text x="${n(entry.x + CAPTION_METRICS.swatch + CAPTION_METRICS.swatchGap)}" y="${n(bottom + entry.y)}" font-size="${CAPTION_METRICS.textSize}">${escapeSvgText(entry.label)}</text>`,
      );
    }
    for (const line of plan.lines) {
      out.push(
        `<text x="${n(line.x)}" y="${n(bottom + line.y)}" font-size="${CAPTION_METRICS.textSize}">${escapeSvgText(line.text)}</text>`,
      );
    }
    out.push(`</g>`);
  }
  out.push(`</svg>`, '');
  return out.join('\n');
}
