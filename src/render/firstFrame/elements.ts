// A node and an edge drawn from their resolved style, as cytoscape would draw them.
import { NODE_LABEL } from '../scene/labelPlacement';
import type { FrameContext, Point } from './context';
import { controlPoint, drawArrow, towards, traceShape, unit } from './geometry';
import { numberOf, stringOf, type ResolvedStyle } from './styleCascade';
import { drawText, readableLabel, setFont, wrapLines } from './text';

/** Draws a node and its label; returns whether the label was drawn. */
export function drawNode(
  context: FrameContext,
  at: Point,
  style: ResolvedStyle,
  zoom: number,
): boolean {
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
export function drawEdge(
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
