// Shape and arrow geometry as cytoscape draws them: node shapes fitted to the node's box, an
// unbundled bezier's control point, arrowheads at an edge's tip.
import type { FrameContext, Point } from './context';

/**
 * An unbundled bezier's one control point, as cytoscape places it: off the middle of the chord by
 * the bend, to the left of the edge's direction.
 */
export function controlPoint(source: Point, target: Point, bend: number): Point {
  const direction = unit(source, target);
  return {
    x: (source.x + target.x) / 2 - direction.y * bend,
    y: (source.y + target.y) / 2 + direction.x * bend,
  };
}

export const unit = (from: Point, to: Point): Point => {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: (to.x - from.x) / length, y: (to.y - from.y) / length };
};

export const towards = (from: Point, to: Point, distance: number): Point => {
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

export function drawArrow(
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

export function traceShape(
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
