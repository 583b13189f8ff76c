// Where the caption of an exported picture goes: a title band above the drawing, and below it the
// legend, the filters, the sources and the permalink, wrapped to the picture's width. Pure: text
// is measured through the function given, so tests need no canvas.
import type { Css } from 'cytoscape';

export type CaptionSwatch =
  | { kind: 'node'; colour: string; shape: Css.NodeShape; outline?: string }
  | { kind: 'line'; colour: string; dashed: boolean };

/** What to write around the picture, with the colours and shapes the legend shows. */
export interface CaptionDrawing {
  title: string;
  legend: { label: string; swatch: CaptionSwatch }[];
  /** Lines of text under the legend: the filters, the sources, the permalink. */
  lines: string[];
}

export type Measure = (text: string, font: 'title' | 'text') => number;

/** Sizes in image pixels at scale 1. */
export const CAPTION_METRICS = {
  padding: 24,
  titleSize: 28,
  titleLine: 36,
  textSize: 15,
  textLine: 22,
  swatch: 14,
  swatchGap: 8,
  entryGap: 20,
  /** Narrower pictures are widened so the caption stays readable. */
  minWidth: 640,
} as const;

/** Words to lines no wider than `width`; a word wider than a line is cut where it must be. */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    // A long URL has no spaces: cut it at the width.
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface PlacedText {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface CaptionPlan {
  width: number;
  /** The title band's height, above the drawing. */
  top: number;
  /** The legend and text band's height, below the drawing. */
  bottom: number;
  title: PlacedText[];
  /** Legend entries; y is relative to the bottom band's top. */
  legend: { label: string; swatch: CaptionSwatch; x: number; y: number }[];
  /** Text lines; y relative to the bottom band's top. */
  lines: PlacedText[];
}

/** Lays the caption out around a drawing `drawingWidth` wide (image pixels at scale 1). */
export function planCaption(
  caption: CaptionDrawing,
  drawingWidth: number,
  measure: Measure,
): CaptionPlan {
  const m = CAPTION_METRICS;
  const width = Math.max(drawingWidth, m.minWidth);
  const inner = width - 2 * m.padding;
  const titleLines = wrapText(caption.title, inner, (t) => measure(t, 'title'));
  const title = titleLines.map((text, i) => ({
    text,
    x: m.padding,
    y: m.padding + m.titleSize + i * m.titleLine,
  }));
  const top = m.padding * 1.5 + m.titleSize + Math.max(0, titleLines.length - 1) * m.titleLine;

  const legend: CaptionPlan['legend'] = [];
  let x = m.padding;
  let y = m.padding + m.textSize;
  for (const entry of caption.legend) {
    const entryWidth = m.swatch + m.swatchGap + measure(entry.label, 'text');
    if (x > m.padding && x + entryWidth > width - m.padding) {
      x = m.padding;
      y += m.textLine;
    }
    legend.push({ ...entry, x, y });
    x += entryWidth + m.entryGap;
  }
  let lineY = caption.legend.length > 0 ? y + m.textLine * 1.5 : y;
  const lines: PlacedText[] = [];
  for (const text of caption.lines) {
    for (const part of wrapText(text, inner, (t) => measure(t, 'text'))) {
      lines.push({ text: part, x: m.padding, y: lineY });
      lineY += m.textLine;
    }
  }
  const bottom = lineY - m.textLine + m.padding;
  return { width, top, bottom, title, legend, lines };
}
