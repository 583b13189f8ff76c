// Labels on the canvas. Node labels are drawn where they can be read (scene/labelPlacement), placed
// again once a pan or zoom has rested; a small graph labels every edge while the zoom makes edge
// labels readable.
import type { Core } from 'cytoscape';
import { labelsEveryEdge } from '../scene/classes';
import { chooseNodeLabels, type LabelCandidate } from '../scene/labelPlacement';
import { labelCandidate } from '../scene/labels';
import type { CanvasSize } from '../scene/types';
import { LABELLED, NODE_LABELLED } from '../style/stylesheet';
import type { Residents } from './residents';

/** Node labels are placed again once a pan or zoom has rested this long. */
const RELABEL_DELAY_MS = 120;

/** A frame to place node labels in: a viewport and the canvas it shows. */
export interface LabelFrame {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

export interface LabelSync {
  /** Whether every drawn edge is labelled now; an edge shown again catches up with it. */
  readonly edgesLabelled: boolean;
  /**
   * Whether a viewport has been chosen (fitted or given). Until then no node label is placed on
   * a scene: they would be styled for zoom 1 only to be undone.
   */
  readonly placing: boolean;
  startPlacing(): void;
  /** Each node's degree in the drawn scene, the priority of its label. */
  setDegrees(degrees: Map<string, number>): void;
  syncEdgeLabels(): void;
  /** Labels the nodes that have room in a frame: by default the canvas at its viewport. */
  syncNodeLabels(frame?: LabelFrame): void;
  destroy(): void;
}

export function createLabelSync(
  cy: Core,
  residents: Residents,
  options: { large: boolean; canvasSize: () => CanvasSize },
): LabelSync {
  // Degrees in the drawn scene: the hidden edges cytoscape keeps do not count.
  let degrees = new Map<string, number>();
  // Edges start unlabelled and are synced after each fit or restored viewport, so the first fit
  // measures no edge label that would not be drawn.
  let edgesLabelled = false;
  let placing = false;
  let relabelTimer: ReturnType<typeof setTimeout> | undefined;

  function syncEdgeLabels(): void {
    const readable = labelsEveryEdge(cy.zoom(), options.large);
    if (readable === edgesLabelled) return;
    edgesLabelled = readable;
    // Hidden edges catch up when they are shown again (see applyScene).
    cy.batch(() => residents.drawn().edges().toggleClass(LABELLED, readable));
  }

  function syncNodeLabels(
    frame: LabelFrame = { zoom: cy.zoom(), pan: cy.pan(), ...options.canvasSize() },
  ): void {
    const { zoom, pan } = frame;
    const viewport = { zoom, panX: pan.x, panY: pan.y };
    const nodes = residents.drawn().nodes();
    const candidates: LabelCandidate[] = nodes.map((node) =>
      labelCandidate(
        {
          id: node.id(),
          ...node.position(),
          label: String(node.data('label') ?? ''),
          classes: node.classes(),
        },
        degrees.get(node.id()) ?? 0,
        viewport,
      ),
    );
    const chosen = chooseNodeLabels(candidates, { width: frame.width, height: frame.height, zoom });
    cy.batch(() => {
      nodes.forEach((node) => {
        const labelled = chosen.has(node.id());
        if (node.hasClass(NODE_LABELLED) !== labelled) node.toggleClass(NODE_LABELLED, labelled);
      });
    });
  }

  cy.on('zoom', syncEdgeLabels);
  cy.on('viewport', () => {
    clearTimeout(relabelTimer);
    relabelTimer = setTimeout(() => syncNodeLabels(), RELABEL_DELAY_MS);
  });

  return {
    get edgesLabelled() {
      return edgesLabelled;
    },
    get placing() {
      return placing;
    },
    startPlacing() {
      placing = true;
    },
    setDegrees(next) {
      degrees = next;
    },
    syncEdgeLabels,
    syncNodeLabels,
    destroy() {
      clearTimeout(relabelTimer);
    },
  };
}
