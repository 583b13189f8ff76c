// The SVG export: the drawn elements as cytoscape lays them out at zoom 1, labelled for that frame
// as the PNG is, read into an SvgDrawing and written by scene/svgPicture.ts.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { CaptionDrawing } from '../scene/captionLayout';
import { extentWithLabelRoom } from '../scene/fit';
import { writeSvg, type SvgEdge, type SvgNode } from '../scene/svgPicture';
import type { LabelSync } from './labels';
import type { Residents } from './residents';
import type { Veil } from './veil';

const numberOf = (value: unknown): number => {
  const parsed = parseFloat(String(value));
  return Number.isFinite(parsed) ? parsed : 0;
};

function readNode(node: NodeSingular): SvgNode {
  const { x, y } = node.position();
  const borderWidth = numberOf(node.style('border-width'));
  const shown = numberOf(node.style('text-opacity')) > 0;
  const label = String(node.style('label') ?? '');
  return {
    id: node.id(),
    x,
    y,
    width: node.width(),
    height: node.height(),
    shape: String(node.style('shape')),
    fill: String(node.style('background-color')),
    border:
      borderWidth > 0
        ? {
            colour: String(node.style('border-color')),
            width: borderWidth,
            dashed: String(node.style('border-style')) !== 'solid',
          }
        : null,
    label: shown ? label : '',
  };
}

function readEdge(edge: EdgeSingular): SvgEdge {
  const control = edge.controlPoints() as { x: number; y: number }[] | undefined;
  const lineStyle = String(edge.style('line-style'));
  return {
    id: edge.id(),
    points: [edge.sourceEndpoint(), ...(control?.slice(0, 1) ?? []), edge.targetEndpoint()],
    colour: String(edge.style('line-color')),
    width: numberOf(edge.style('width')),
    style: lineStyle === 'dashed' || lineStyle === 'dotted' ? lineStyle : 'solid',
    opacity: numberOf(edge.style('opacity')),
  };
}

export function exportSvg(
  cy: Core,
  parts: { residents: Residents; labels: LabelSync; veil: Veil },
  colours: { background: string; text: string },
  caption: CaptionDrawing | null,
): string {
  const { residents, labels, veil } = parts;
  residents.dropHidden(0);
  return veil.without(() => {
    const drawn = residents.drawn();
    const extent = extentWithLabelRoom(drawn.nodes().map((node) => node.position()));
    if (extent) {
      const { x1, y1, x2, y2 } = extent;
      labels.syncNodeLabels({ zoom: 1, pan: { x: -x1, y: -y1 }, width: x2 - x1, height: y2 - y1 });
    }
    const svg = writeSvg({
      nodes: drawn.nodes().map(readNode),
      edges: drawn.edges().map(readEdge),
      colours,
      caption,
    });
    labels.syncNodeLabels();
    return svg;
  });
}
