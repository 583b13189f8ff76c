// The exported picture's caption in the colours and shapes of the screen's theme: what the export
// says (export/caption.ts) drawn as the canvas shows it (render/style).
import type { ImageCaption } from '../../export/caption';
import type { CaptionDrawing, CaptionSwatch } from '../../render/scene/captionLayout';
import { THEME_COLOURS, TYPE_APPEARANCE, type Theme } from '../../render/style/palette';

export function captionDrawingOf(caption: ImageCaption, theme: Theme): CaptionDrawing {
  const colours = THEME_COLOURS[theme];
  const swatchOf = (entry: ImageCaption['legend'][number]): CaptionSwatch => {
    switch (entry.kind) {
      case 'type': {
        const appearance = TYPE_APPEARANCE[entry.type];
        return { kind: 'node', colour: appearance[theme], shape: appearance.shape };
      }
      case 'disputed': {
        const claim = TYPE_APPEARANCE.claim;
        return {
          kind: 'node',
          colour: claim[theme],
          shape: claim.shape,
          outline: colours.contradicts,
        };
      }
      case 'edge': {
        const colour = {
          relation: colours.edge,
          derived: colours.derivedEdge,
          contradicts: colours.contradicts,
          supports: colours.supports,
        }[entry.style];
        return {
          kind: 'line',
          colour,
          dashed: entry.style === 'contradicts' || entry.style === 'supports',
        };
      }
    }
  };
  return {
    title: caption.title,
    legend: caption.legend.map((entry) => ({ label: entry.label, swatch: swatchOf(entry) })),
    lines: [caption.filters, caption.sources, caption.permalink],
  };
}
