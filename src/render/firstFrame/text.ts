// Labels on the first frame: which are readable at a zoom, and text drawn with the stylesheet's
// font, outline and wrapping.
import type { FrameContext, Point } from './context';
import { numberOf, stringOf, type ResolvedStyle } from './styleCascade';

/** The label to draw, or null when there is none or it is below its readable size. */
export function readableLabel(style: ResolvedStyle, zoom: number): string | null {
  const label = stringOf(style, 'label', '');
  if (label === '' || numberOf(style, 'text-opacity', 1) === 0) return null;
  const fontSize = numberOf(style, 'font-size', 12);
  return fontSize * zoom < numberOf(style, 'min-zoomed-font-size', 0) ? null : label;
}

export function drawText(
  context: FrameContext,
  text: string,
  at: Point,
  style: ResolvedStyle,
  baseline: CanvasTextBaseline,
): void {
  setFont(context, style);
  context.textAlign = 'center';
  context.textBaseline = baseline;
  const outline = numberOf(style, 'text-outline-width', 0);
  if (outline > 0) {
    context.strokeStyle = stringOf(style, 'text-outline-color', '#ffffff');
    context.lineWidth = outline * 2;
    context.lineJoin = 'round';
    context.strokeText(text, at.x, at.y);
  }
  context.fillStyle = stringOf(style, 'color', '#000000');
  context.fillText(text, at.x, at.y);
}

export function setFont(context: FrameContext, style: ResolvedStyle): void {
  const fontSize = numberOf(style, 'font-size', 12);
  const weight = stringOf(style, 'font-weight', 'normal');
  context.font = `${weight} ${fontSize}px ${stringOf(style, 'font-family', 'sans-serif')}`;
}

/** Breaks a label at its own newlines, then between words to fit the width. */
export function wrapLines(
  context: Pick<FrameContext, 'measureText'>,
  label: string,
  maxWidth: number,
): string[] {
  const lines: string[] = [];
  for (const paragraph of label.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (line !== '' && context.measureText(candidate).width > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push(line);
  }
  return lines;
}
