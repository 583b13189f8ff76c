// The captioned PNG: cytoscape's picture of the drawing with a title band above it and, below it,
// the legend, the filters, the sources and the permalink (laid out by scene/captionLayout.ts).
import {
  CAPTION_METRICS,
  planCaption,
  type CaptionDrawing,
  type CaptionSwatch,
} from '../scene/captionLayout';

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Sides of the polygon drawn for a node shape; 0 is a circle. */
const SIDES: Partial<Record<string, number>> = {
  triangle: 3,
  diamond: 4,
  rhomboid: 4,
  pentagon: 5,
  hexagon: 6,
  heptagon: 7,
  octagon: 8,
};

function drawSwatch(
  context: CanvasRenderingContext2D,
  swatch: CaptionSwatch,
  x: number,
  baseline: number,
  size: number,
): void {
  const middle = baseline - size / 2 + 1;
  context.save();
  if (swatch.kind === 'line') {
    context.strokeStyle = swatch.colour;
    context.lineWidth = 2;
    context.setLineDash(swatch.dashed ? [4, 3] : []);
    context.beginPath();
    context.moveTo(x, middle);
    context.lineTo(x + size, middle);
    context.stroke();
    context.restore();
    return;
  }
  context.fillStyle = swatch.colour;
  context.beginPath();
  const r = size / 2;
  const sides = SIDES[swatch.shape] ?? 0;
  if (
    swatch.shape.includes('rectangle') ||
    swatch.shape === 'barrel' ||
    swatch.shape.includes('tag')
  ) {
    context.rect(x, middle - r, size, size);
  } else if (sides === 0) {
    context.arc(x + r, middle, r, 0, 2 * Math.PI);
  } else {
    for (let i = 0; i < sides; i++) {
      const angle = -Math.PI / 2 + (i * 2 * Math.PI) / sides;
      const px = x + r + r * Math.cos(angle);
      const py = middle + r * Math.sin(angle);
      if (i === 0) context.moveTo(px, py);
      else context.lineTo(px, py);
    }
    context.closePath();
  }
  context.fill();
  if (swatch.outline) {
    context.strokeStyle = swatch.outline;
    context.lineWidth = 2;
    context.setLineDash([3, 2]);
    context.stroke();
  }
  context.restore();
}

/**
 * The picture with its caption, at `scale` image pixels per caption pixel (the picture's own
 * scale). Resolves to a PNG blob; rejects if the picture cannot be decoded.
 */
export async function captionImage(
  picture: Blob,
  caption: CaptionDrawing,
  colours: { background: string; text: string },
  scale: number,
): Promise<Blob> {
  const bitmap = await createImageBitmap(picture);
  // Read before close(), which empties the bitmap.
  const pictureHeight = bitmap.height;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the caption (no 2D canvas)');
  const m = CAPTION_METRICS;
  const fonts = {
    title: `600 ${m.titleSize}px ${FONT_FAMILY}`,
    text: `${m.textSize}px ${FONT_FAMILY}`,
  };
  const plan = planCaption(caption, bitmap.width / scale, (text, font) => {
    context.font = fonts[font];
    return context.measureText(text).width;
  });
  canvas.width = Math.round(plan.width * scale);
  canvas.height = Math.round((plan.top + plan.bottom) * scale + bitmap.height);
  context.fillStyle = colours.background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  // The drawing centred under the title band.
  context.drawImage(
    bitmap,
    Math.round((canvas.width - bitmap.width) / 2),
    Math.round(plan.top * scale),
  );
  bitmap.close();

  context.scale(scale, scale);
  context.fillStyle = colours.text;
  context.textBaseline = 'alphabetic';
  context.font = fonts.title;
  for (const line of plan.title) context.fillText(line.text, line.x, line.y);

  const bottomTop = plan.top + pictureHeight / scale;
  context.font = fonts.text;
  for (const entry of plan.legend) {
    drawSwatch(context, entry.swatch, entry.x, bottomTop + entry.y, m.swatch);
    context.fillStyle = colours.text;
    context.fillText(entry.label, entry.x + m.swatch + m.swatchGap, bottomTop + entry.y);
  }
  for (const line of plan.lines) context.fillText(line.text, line.x, bottomTop + line.y);

  return await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The captioned picture could not be encoded'));
    }, 'image/png');
  });
}
