// The first frame of a scene, drawn on a plain canvas while cytoscape (about 400 KB of code, and a
// first frame of its own that styles and measures every element) is still being set up. It reads
// cytoscape's stylesheet through the cascade and shares the fit, the classes and the label choice
// with the adapter (render/scene), so when cytoscape takes over nothing moves. It draws; it does
// not answer clicks: the page swaps it for cytoscape as soon as that is ready.
import {
  drawnClasses,
  drawnEdgeClasses,
  isHighlighted,
  labelsEveryEdge,
  nodeLabelText,
} from '../scene/classes';
import { edgeBends } from '../scene/curvedEdges';
import { VEIL_ID, veilExtent } from '../scene/fit';
import { NODE_LABEL } from '../scene/labelPlacement';
import { labelledNodes } from '../scene/labels';
import type { CanvasSize, RenderScene, RenderViewport } from '../scene/types';
import type { Theme } from '../style/palette';
import {
  buildStylesheet,
  LABELLED,
  NODE_LABELLED,
  VEIL_CLASS,
  VEIL_ON_CLASS,
} from '../style/stylesheet';
import type { FrameContext, Point } from './context';
import { drawEdge, drawNode } from './elements';
import { buildCascade, numberOf, stringOf, type Cascade, type ResolvedStyle } from './styleCascade';

export interface StaticFrameOptions {
  size: CanvasSize;
  viewport: RenderViewport;
  theme: Theme;
  /** As the adapter's option: large graphs never label every edge. */
  large: boolean;
  /** Device pixels per CSS pixel of the canvas. */
  pixelRatio: number;
}

/** What was drawn, for tests: ids in drawing order, and the labels shown. */
export interface DrawnFrame {
  order: string[];
  nodeLabels: Set<string>;
  edgeLabels: Set<string>;
  veiled: boolean;
}

interface Item {
  id: string;
  group: 'node' | 'edge';
  style: ResolvedStyle;
  z: number;
  draw: () => void;
}

const cascades = new Map<string, Cascade>();
const cascadeFor = (theme: Theme, large: boolean): Cascade => {
  const key = `${theme}|${large}`;
  let cascade = cascades.get(key);
  if (!cascade) cascades.set(key, (cascade = buildCascade(buildStylesheet(theme, { large }))));
  return cascade;
};

/** Draws the scene as cytoscape would at this viewport. */
export function drawStaticFrame(
  context: FrameContext,
  scene: RenderScene,
  options: StaticFrameOptions,
): DrawnFrame {
  const { size, viewport, pixelRatio } = options;
  const { zoom } = viewport;
  const cascade = cascadeFor(options.theme, options.large);
  const highlighted = isHighlighted(scene);
  const bends = edgeBends(scene.edges);
  const everyEdge = labelsEveryEdge(zoom, options.large);
  const drawn: DrawnFrame = {
    order: [],
    nodeLabels: new Set(),
    edgeLabels: new Set(),
    veiled: false,
  };

  const labelled = labelledNodes(scene, viewport, size);

  const nodeAt = new Map<string, { point: Point; size: number }>();
  const items: Item[] = [];
  for (const node of scene.nodes) {
    const classes = drawnClasses(node.classes, highlighted);
    if (labelled.has(node.id)) classes.push(NODE_LABELLED);
    const data = { id: node.id, type: node.type, label: nodeLabelText(node.classes, node.label) };
    const style = cascade('node', data, classes);
    const point = { x: node.x, y: node.y };
    nodeAt.set(node.id, { point, size: numberOf(style, 'width', NODE_LABEL.nodeSize) });
    items.push({
      id: node.id,
      group: 'node',
      style,
      z: numberOf(style, 'z-index', 0),
      draw: () => {
        if (drawNode(context, point, style, zoom)) drawn.nodeLabels.add(node.id);
      },
    });
  }
  for (const edge of scene.edges) {
    const bend = bends.get(edge.id);
    const classes = drawnEdgeClasses(edge, highlighted, bend);
    if (everyEdge) classes.push(LABELLED);
    const data = { id: edge.id, label: edge.label, width: edge.width, bend: bend ?? 0 };
    const style = cascade('edge', data, classes);
    items.push({
      id: edge.id,
      group: 'edge',
      style,
      z: numberOf(style, 'z-index', 0),
      draw: () => {
        const source = nodeAt.get(edge.source);
        const target = nodeAt.get(edge.target);
        if (!source || !target) return;
        const loop = edge.source === edge.target;
        if (drawEdge(context, source, target, loop, style, zoom)) drawn.edgeLabels.add(edge.id);
      },
    });
  }
  if (highlighted && scene.nodes.length > 0) {
    const style = cascade('node', { id: VEIL_ID }, [VEIL_CLASS, VEIL_ON_CLASS]);
    items.push({
      id: VEIL_ID,
      group: 'node',
      style,
      z: numberOf(style, 'z-index', 0),
      draw: () => {
        drawVeil(context, scene, style);
        drawn.veiled = true;
      },
    });
  }

  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, size.width * pixelRatio, size.height * pixelRatio);
  context.setTransform(
    pixelRatio * zoom,
    0,
    0,
    pixelRatio * zoom,
    pixelRatio * viewport.panX,
    pixelRatio * viewport.panY,
  );
  // Manual z-index, as the stylesheet sets it; edges under nodes within a band, in scene order.
  const visible = items.filter((item) => item.style.display !== 'none');
  const order = visible
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        a.item.z - b.item.z ||
        Number(a.item.group === 'node') - Number(b.item.group === 'node') ||
        a.index - b.index,
    );
  for (const { item } of order) {
    context.save();
    context.globalAlpha = numberOf(item.style, 'opacity', 1);
    item.draw();
    context.restore();
    drawn.order.push(item.id);
  }
  return drawn;
}

function drawVeil(context: FrameContext, scene: RenderScene, style: ResolvedStyle): void {
  const extent = veilExtent(scene.nodes);
  if (!extent) return;
  context.globalAlpha *= numberOf(style, 'background-opacity', 1);
  context.fillStyle = stringOf(style, 'background-color', '#ffffff');
  context.beginPath();
  context.rect(extent.x1, extent.y1, extent.x2 - extent.x1, extent.y2 - extent.y1);
  context.fill();
}
