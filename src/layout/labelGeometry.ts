// How much room a node and its label take, in model units at zoom 1: the renderer draws labels
// with these numbers, places them with this estimate, and the layouts keep this room clear.
// Pure: the compiler and the browser share it.

/** Node label geometry, in model units at zoom 1; the stylesheet draws labels with these. */
export const NODE_LABEL = {
  fontSize: 14,
  /** cytoscape wraps a label at this width. */
  maxWidth: 140,
  /** Gap between the node's bottom edge and its label. */
  marginY: 4,
  /** Below this rendered font size a label is not drawn at all. */
  minZoomedFontSize: 6,
  nodeSize: 30,
  focusNodeSize: 40,
} as const;

/**
 * A conservative average advance of a system sans-serif character, in font sizes; labels are
 * placed without measuring them, so this errs wide rather than let two labels touch.
 */
const CHAR_WIDTH_EM = 0.6;
const LINE_HEIGHT_EM = 1.2;

export interface Size {
  width: number;
  height: number;
}

/** An estimate of the box a label's text takes, wrapped as cytoscape wraps it, at zoom 1. */
export function labelSize(label: string): Size {
  const charWidth = NODE_LABEL.fontSize * CHAR_WIDTH_EM;
  let width = 0;
  let lines = 0;
  for (const line of label.split('\n')) {
    const lineWidth = line.length * charWidth;
    // Wrapping breaks between words, so a wrapped line is rarely full: count one more in four.
    const wrapped = Math.max(1, Math.ceil((lineWidth * 1.25) / NODE_LABEL.maxWidth));
    lines += wrapped;
    width = Math.max(width, Math.min(lineWidth, NODE_LABEL.maxWidth));
  }
  return { width, height: lines * NODE_LABEL.fontSize * LINE_HEIGHT_EM };
}

/** The room a node takes around its centre: its disc and the label hanging below it. */
export interface Footprint {
  /** Half the width (the footprint is centred on the node). */
  halfWidth: number;
  /** From the centre up. */
  above: number;
  /** From the centre down. */
  below: number;
}

/** A node's footprint, drawn at `nodeSize` with `label` below it (no label: the disc alone). */
export function footprintOf(label: string, nodeSize: number = NODE_LABEL.nodeSize): Footprint {
  const half = nodeSize / 2;
  if (label === '') return { halfWidth: half, above: half, below: half };
  const text = labelSize(label);
  return {
    halfWidth: Math.max(half, text.width / 2),
    above: half,
    below: half + NODE_LABEL.marginY + text.height,
  };
}
