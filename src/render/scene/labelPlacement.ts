// Which node labels to draw. A label is drawn only where it can be read: at a legible size, inside
// the canvas and clear of every label already placed, the best-connected nodes first. Without this
// the overview of a dense graph was a disc of overlapping text, and cytoscape measured and drew
// hundreds of labels nobody could read (half of a large graph's first frame).

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
/** Rendered pixels kept clear between two labels. */
const LABEL_GAP = 4;

export interface LabelCandidate {
  id: string;
  /** The node's centre, rendered: CSS pixels from the canvas's top left. */
  x: number;
  y: number;
  /** The node's size in model units (the focus is drawn larger). */
  size: number;
  label: string;
  /** Within a tier, higher is placed first: contested room goes to the better-connected node. */
  priority: number;
  tier: LabelTier;
}

/**
 * `always`: labelled by the stylesheet whatever the room (the selection, the focus, a path);
 * `preferred`: placed next, at any zoom, where there is room (what the selection touches);
 * `other`: placed last, where there is room, while labels are large enough to read.
 */
export type LabelTier = 'always' | 'preferred' | 'other';
const TIER_ORDER: Record<LabelTier, number> = { always: 0, preferred: 1, other: 2 };

export interface LabelArea {
  width: number;
  height: number;
  zoom: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether a label is drawn at all at this zoom. */
export const nodeLabelsReadableAt = (zoom: number): boolean =>
  NODE_LABEL.fontSize * zoom >= NODE_LABEL.minZoomedFontSize;

/** An estimate of the box a label is drawn in below its node, in rendered pixels. */
export function labelBox(candidate: LabelCandidate, zoom: number): Box {
  const charWidth = NODE_LABEL.fontSize * CHAR_WIDTH_EM;
  let width = 0;
  let lines = 0;
  for (const line of candidate.label.split('\n')) {
    const lineWidth = line.length * charWidth;
    // Wrapping breaks between words, so a wrapped line is rarely full: count one more in four.
    const wrapped = Math.max(1, Math.ceil((lineWidth * 1.25) / NODE_LABEL.maxWidth));
    lines += wrapped;
    width = Math.max(width, Math.min(lineWidth, NODE_LABEL.maxWidth));
  }
  const height = lines * NODE_LABEL.fontSize * LINE_HEIGHT_EM;
  const top = candidate.y + (candidate.size / 2 + NODE_LABEL.marginY) * zoom;
  return {
    x1: candidate.x - (width / 2) * zoom,
    x2: candidate.x + (width / 2) * zoom,
    y1: top,
    y2: top + height * zoom,
  };
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x1 < b.x2 + LABEL_GAP &&
  b.x1 < a.x2 + LABEL_GAP &&
  a.y1 < b.y2 + LABEL_GAP &&
  b.y1 < a.y2 + LABEL_GAP;

const inside = (box: Box, area: LabelArea): boolean =>
  box.x1 >= 0 && box.y1 >= 0 && box.x2 <= area.width && box.y2 <= area.height;

/**
 * The ids whose labels to draw. Labels the stylesheet always draws are placed first and never
 * refused, so the others keep clear of them; then, tier by tier and by priority, each label that
 * fits in the canvas without touching one already placed. While labels are too small to read, only
 * the first two tiers are labelled.
 */
export function chooseNodeLabels(
  candidates: readonly LabelCandidate[],
  area: LabelArea,
): Set<string> {
  const chosen = new Set<string>();
  const placed: Box[] = [];
  const ordered = [...candidates].sort(
    (a, b) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || b.priority - a.priority || (a.id < b.id ? -1 : 1),
  );
  const readable = nodeLabelsReadableAt(area.zoom);
  for (const candidate of ordered) {
    if (candidate.tier === 'other' && !readable) break;
    if (candidate.label === '') continue;
    const box = labelBox(candidate, area.zoom);
    const always = candidate.tier === 'always';
    if (!always && (!inside(box, area) || placed.some((other) => overlaps(box, other)))) continue;
    placed.push(box);
    chosen.add(candidate.id);
  }
  return chosen;
}
