// The first frame of a scene, drawn on a plain canvas while cytoscape (about 400 KB of code, and a
// first frame of its own that styles and measures every element) is still being set up. It reads
// cytoscape's stylesheet through the cascade and shares the fit, the classes and the label choice
// with the adapter (sceneFrame), so when cytoscape takes over nothing moves. It draws; it does not
// answer clicks: the page swaps it for cytoscape as soon as that is ready.
import { edgeBends } from '../scene/curvedEdges';
import { chooseNodeLabels, NODE_LABEL } from '../scene/labelPlacement';
import type { Theme } from '../style/palette';
import {
  drawnClasses,
  drawnEdgeClasses,
  isHighlighted,
  labelCandidate,
  labelsEveryEdge,
  nodeLabelText,
  sceneDegrees,
  VEIL_ID,
  veilExtent,
  type CanvasSize,
  type RenderScene,
  type RenderViewport,
} from '../scene/fit';
import { buildCascade, numberOf, stringOf, type Cascade, type ResolvedStyle } from './styleCascade';
import {
  buildStylesheet,
  LABELLED,
  NODE_LABELLED,
  VEIL_CLASS,
  VEIL_ON_CLASS,
} from '../style/stylesheet';

/** The part of a 2D context the frame uses, so tests can record the drawing without a canvas. */
export type FrameContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'save'
  | 'restore'
  | 'beginPath'
  | 'closePath'
  | 'moveTo'
  | 'lineTo'
  | 'quadraticCurveTo'
  | 'bezierCurveTo'
  | 'arc'
  | 'ellipse'
  | 'rect'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'fillText'
  | 'strokeText'
  | 'measureText'
  | 'translate'
  | 'rotate'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
>;

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

interface Point {
  x: number;
  y: number;
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

  const degree = sceneDegrees(scene.edges);
  const candidates = scene.nodes.map((node) =>
    labelCandidate(
      { ...node, label: nodeLabelText(node.classes, node.label) },
      degree.get(node.id) ?? 0,
      viewport,
    ),
  );
  const labelled = chooseNodeLabels(candidates, { ...size, zoom });

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

/** Draws a node and its label; returns whether the label was drawn. */
function drawNode(context: FrameContext, at: Point, style: ResolvedStyle, zoom: number): boolean {
  const width = numberOf(style, 'width', NODE_LABEL.nodeSize);
  const height = numberOf(style, 'height', width);
  const shape = stringOf(style, 'shape', 'ellipse');
  context.beginPath();
  traceShape(context, shape, at, width, height);
  context.save();
  context.globalAlpha *= numberOf(style, 'background-opacity', 1);
  context.fillStyle = stringOf(style, 'background-color', '#999999');
  context.fill();
  context.restore();
  const border = numberOf(style, 'border-width', 0);
  if (border > 0) {
    context.strokeStyle = stringOf(style, 'border-color', '#000000');
    const borderStyle = stringOf(style, 'border-style', 'solid');
    if (borderStyle === 'double') {
      // Two lines a third of the width each, at the border's outer and inner edges.
      context.lineWidth = border / 3;
      for (const inset of [-border / 3, border / 3]) {
        context.beginPath();
        traceShape(context, shape, at, width - 2 * inset, height - 2 * inset);
        context.stroke();
      }
    } else {
      context.lineWidth = border;
      context.setLineDash(borderStyle === 'dashed' ? [border * 2, border] : []);
      context.stroke();
      context.setLineDash([]);
    }
  }
  const label = readableLabel(style, zoom);
  if (label === null) return false;
  setFont(context, style);
  const lines = wrapLines(context, label, numberOf(style, 'text-max-width', Infinity));
  const fontSize = numberOf(style, 'font-size', NODE_LABEL.fontSize);
  const top = at.y + height / 2 + numberOf(style, 'text-margin-y', 0);
  lines.forEach((line, index) => {
    drawText(context, line, { x: at.x, y: top + index * fontSize }, style, 'top');
  });
  return true;
}

/** Draws an edge and its label; returns whether the label was drawn. */
function drawEdge(
  context: FrameContext,
  source: { point: Point; size: number },
  target: { point: Point; size: number },
  loop: boolean,
  style: ResolvedStyle,
  zoom: number,
): boolean {
  const colour = stringOf(style, 'line-color', '#999999');
  const width = numberOf(style, 'width', 1);
  const arrowShape = stringOf(style, 'target-arrow-shape', 'none');
  const arrowSize = Math.max(Math.pow(width * 13.37, 0.9), 29) * numberOf(style, 'arrow-scale', 1);
  context.strokeStyle = colour;
  context.lineWidth = width;
  const lineStyle = stringOf(style, 'line-style', 'solid');
  const pattern = style['line-dash-pattern'];
  context.setLineDash(
    lineStyle === 'dotted'
      ? [1, 1]
      : lineStyle === 'dashed'
        ? Array.isArray(pattern)
          ? [...pattern]
          : [6, 3]
        : [],
  );

  if (loop) {
    // A loop, above and to the right of its node.
    const { x, y } = source.point;
    const reach = source.size * 1.5;
    context.beginPath();
    context.moveTo(x, y - source.size / 2);
    context.bezierCurveTo(x, y - reach, x + reach, y, x + source.size / 2, y);
    context.stroke();
    return false;
  }
  const control =
    stringOf(style, 'curve-style', 'straight') === 'unbundled-bezier'
      ? controlPoint(source.point, target.point, numberOf(style, 'control-point-distances', 0))
      : null;
  const start = towards(source.point, control ?? target.point, source.size / 2);
  const tip = towards(target.point, control ?? source.point, target.size / 2);
  const direction = unit(control ?? start, tip);
  const arrowLength = arrowShape === 'none' ? 0 : arrowSize * 0.3;
  const end = { x: tip.x - direction.x * arrowLength, y: tip.y - direction.y * arrowLength };
  context.beginPath();
  context.moveTo(start.x, start.y);
  if (control) context.quadraticCurveTo(control.x, control.y, end.x, end.y);
  else context.lineTo(end.x, end.y);
  context.stroke();
  context.setLineDash([]);
  if (arrowShape !== 'none') {
    context.fillStyle = stringOf(style, 'target-arrow-color', colour);
    drawArrow(context, arrowShape, tip, direction, arrowSize);
  }

  const label = readableLabel(style, zoom);
  if (label === null) return false;
  // The curve's midpoint, and the label turned along it but never upside down.
  const middle = control
    ? {
        x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
        y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y,
      }
    : { x: (start.x + tip.x) / 2, y: (start.y + tip.y) / 2 };
  let angle = Math.atan2(tip.y - start.y, tip.x - start.x);
  if (angle > Math.PI / 2) angle -= Math.PI;
  else if (angle < -Math.PI / 2) angle += Math.PI;
  context.save();
  context.translate(middle.x, middle.y);
  if (stringOf(style, 'text-rotation', 'none') === 'autorotate') context.rotate(angle);
  drawText(context, label, { x: 0, y: 0 }, style, 'middle');
  context.restore();
  return true;
}

/** The label to draw, or null when there is none or it is below its readable size. */
function readableLabel(style: ResolvedStyle, zoom: number): string | null {
  const label = stringOf(style, 'label', '');
  if (label === '' || numberOf(style, 'text-opacity', 1) === 0) return null;
  const fontSize = numberOf(style, 'font-size', 12);
  return fontSize * zoom < numberOf(style, 'min-zoomed-font-size', 0) ? null : label;
}

function drawText(
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

function setFont(context: FrameContext, style: ResolvedStyle): void {
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

/**
 * An unbundled bezier's one control point, as cytoscape places it: off the middle of the chord by
 * the bend, to the left of the edge's direction.
 */
function controlPoint(source: Point, target: Point, bend: number): Point {
  const direction = unit(source, target);
  return {
    x: (source.x + target.x) / 2 - direction.y * bend,
    y: (source.y + target.y) / 2 + direction.x * bend,
  };
}

const unit = (from: Point, to: Point): Point => {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
};

const towards = (from: Point, to: Point, distance: number): Point => {
  const direction = unit(from, to);
  return { x: from.x + direction.x * distance, y: from.y + direction.y * distance };
};

/** Arrowheads as polygons: (distance back from the tip, distance across), in arrow sizes. */
const ARROW_POINTS: Record<string, readonly (readonly [number, number])[]> = {
  triangle: [
    [0, 0],
    [0.3, 0.15],
    [0.3, -0.15],
  ],
  tee: [
    [0, -0.15],
    [0, 0.15],
    [0.1, 0.15],
    [0.1, -0.15],
  ],
};

function drawArrow(
  context: FrameContext,
  shape: string,
  tip: Point,
  direction: Point,
  size: number,
): void {
  const across = { x: -direction.y, y: direction.x };
  const at = (along: number, side: number): Point => ({
    x: tip.x - direction.x * along * size + across.x * side * size,
    y: tip.y - direction.y * along * size + across.y * side * size,
  });
  context.beginPath();
  if (shape === 'circle') {
    const centre = at(0.15, 0);
    context.arc(centre.x, centre.y, 0.15 * size, 0, 2 * Math.PI);
  } else {
    for (const [along, side] of ARROW_POINTS[shape] ?? ARROW_POINTS.triangle!) {
      const point = at(along, side);
      context.lineTo(point.x, point.y);
    }
  }
  context.closePath();
  context.fill();
}

/** Regular polygons as cytoscape fits them to the node's box (flat bottom for even sides). */
function polygon(sides: number): Point[] {
  const step = (2 * Math.PI) / sides;
  const start = Math.PI / 2 + (sides % 2 === 0 ? step / 2 : 0);
  const points = Array.from({ length: sides }, (_, index) => ({
    x: Math.cos(start + index * step),
    y: -Math.sin(start + index * step),
  }));
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const scaleX = 2 / (Math.max(...xs) - Math.min(...xs));
  const scaleY = 2 / (Math.max(...ys) - Math.min(...ys));
  return points.map((point) => ({ x: point.x * scaleX, y: point.y * scaleY }));
}

const UNIT_SHAPES: Record<string, Point[]> = {
  triangle: polygon(3),
  rectangle: polygon(4),
  pentagon: polygon(5),
  hexagon: polygon(6),
  heptagon: polygon(7),
  octagon: polygon(8),
  diamond: [
    { x: 0, y: -1 },
    { x: 1, y: 0 },
    { x: 0, y: 1 },
    { x: -1, y: 0 },
  ],
  rhomboid: [
    { x: -1, y: -1 },
    { x: 0.333, y: -1 },
    { x: 1, y: 1 },
    { x: -0.333, y: 1 },
  ],
  // Drawn with square corners here; a few pixels of rounding are not worth a path of their own.
  'round-rectangle': polygon(4),
  barrel: polygon(4),
  'round-tag': [
    { x: -1, y: -1 },
    { x: 0.25, y: -1 },
    { x: 1, y: 0 },
    { x: 0.25, y: 1 },
    { x: -1, y: 1 },
  ],
};

function traceShape(
  context: FrameContext,
  shape: string,
  at: Point,
  width: number,
  height: number,
): void {
  const points = UNIT_SHAPES[shape];
  if (!points) {
    context.ellipse(at.x, at.y, width / 2, height / 2, 0, 0, 2 * Math.PI);
    return;
  }
  points.forEach((point, index) => {
    const x = at.x + (point.x * width) / 2;
    const y = at.y + (point.y * height) / 2;
    if (index === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  });
  context.closePath();
}
