// Which node labels to draw. A label is drawn only where it can be read: at a legible size, inside
// the canvas, clear of every label already placed and of every other node, the best-connected
// nodes first. Without this
// the overview of a dense graph was a disc of overlapping text, and cytoscape measured and drew
// hundreds of labels nobody could read (half of a large graph's first frame).

import { labelSize, NODE_LABEL } from '../../layout/labelGeometry';

export { NODE_LABEL };

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

export interface Box {
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
  const { width, height } = labelSize(candidate.label);
  const top = candidate.y + (candidate.size / 2 + NODE_LABEL.marginY) * zoom;
  return {
    x1: candidate.x - (width / 2) * zoom,
    x2: candidate.x + (width / 2) * zoom,
    y1: top,
    y2: top + height * zoom,
  };
}

/** The box a node's disc is drawn in, in rendered pixels. */
export function nodeBox(candidate: LabelCandidate, zoom: number): Box {
  const half = (candidate.size / 2) * zoom;
  return {
    x1: candidate.x - half,
    x2: candidate.x + half,
    y1: candidate.y - half,
    y2: candidate.y + half,
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
 * fits in the canvas without touching one already placed or covering another node. While labels
 * are too small to read, only the first two tiers are labelled.
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
  const discs = createBoxGrid(candidates.map((candidate) => nodeBox(candidate, area.zoom)));
  for (const candidate of ordered) {
    if (candidate.tier === 'other' && !readable) break;
    if (candidate.label === '') continue;
    const box = labelBox(candidate, area.zoom);
    const always = candidate.tier === 'always';
    if (
      !always &&
      (!inside(box, area) ||
        placed.some((other) => overlaps(box, other)) ||
        discs.someOverlapping(box, (_disc, index) => candidates[index] !== candidate))
    )
      continue;
    placed.push(box);
    chosen.add(candidate.id);
  }
  return chosen;
}

/** Rendered pixels per cell of the grid node discs are looked up in. */
const GRID_CELL = 64;

/** Boxes bucketed by grid cell, so a label meets only the node discs near it. */
function createBoxGrid(boxes: readonly Box[]) {
  const cells = new Map<string, number[]>();
  const cellKey = (i: number, j: number) => `${i},${j}`;
  boxes.forEach((box, index) => {
    for (let i = Math.floor(box.x1 / GRID_CELL); i <= Math.floor(box.x2 / GRID_CELL); i++) {
      for (let j = Math.floor(box.y1 / GRID_CELL); j <= Math.floor(box.y2 / GRID_CELL); j++) {
        const key = cellKey(i, j);
        const cell = cells.get(key);
        if (cell) cell.push(index);
        else cells.set(key, [index]);
      }
    }
  });
  return {
    /** Whether a box strictly overlaps one of the grid's boxes that `counts`. */
    someOverlapping(box: Box, counts: (other: Box, index: number) => boolean): boolean {
      for (let i = Math.floor(box.x1 / GRID_CELL); i <= Math.floor(box.x2 / GRID_CELL); i++) {
        for (let j = Math.floor(box.y1 / GRID_CELL); j <= Math.floor(box.y2 / GRID_CELL); j++) {
          for (const index of cells.get(cellKey(i, j)) ?? []) {
            const other = boxes[index];
            if (other && strictlyOverlap(box, other) && counts(other, index)) return true;
          }
        }
      }
      return false;
    },
  };
}

const strictlyOverlap = (a: Box, b: Box): boolean =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
