// The diff: a scene applied to what cytoscape holds, by id, inside one batch. New elements are
// added; dropped ones are hidden and kept (see residents); kept ones in the scene again are shown;
// a changed label or class list is set in place. Nodes the scene moved are returned, to glide
// there after the batch (a layout cannot run inside one).
import type { Core, CollectionReturnValue, ElementDefinition } from 'cytoscape';
import { drawnClasses, drawnEdgeClasses, isHighlighted, nodeLabelText } from '../scene/classes';
import { edgeBends } from '../scene/curvedEdges';
import { VEIL_ID } from '../scene/fit';
import { sceneDegrees } from '../scene/labels';
import type { RenderScene } from '../scene/types';
import { LABELLED } from '../style/stylesheet';
import type { LabelSync } from './labels';
import { KEPT_HIDDEN_LIMIT, type Residents } from './residents';
import type { ApplyStats } from './types';
import type { Veil } from './veil';

export interface AppliedScene {
  stats: ApplyStats;
  /** Drawn nodes whose position the scene changed: where they go. */
  moves: Map<string, { x: number; y: number }>;
}

export function applyScene(
  cy: Core,
  parts: { residents: Residents; labels: LabelSync; veil: Veil },
  scene: RenderScene,
): AppliedScene {
  const { residents, labels, veil } = parts;
  const { signatures, proposed, hidden } = residents;
  const bends = edgeBends(scene.edges);
  const highlighted = isHighlighted(scene);
  const nextNodes = new Map(scene.nodes.map((node) => [node.id, node]));
  const nextEdges = new Map(scene.edges.map((edge) => [edge.id, edge]));
  labels.setDegrees(sceneDegrees(scene.edges));
  const edgesLabelled = labels.edgesLabelled;
  let updated = 0;
  const moves = new Map<string, { x: number; y: number }>();
  const additions: ElementDefinition[] = [];
  const leaving = cy.collection();
  const returning = cy.collection();
  /** A kept element in the scene again: shown once the loop is done. */
  const keep = (id: string): CollectionReturnValue => {
    const element = hidden.get(id);
    if (element) {
      hidden.delete(id);
      returning.merge(element);
    }
    // Empty for a duplicate id still waiting to be added: the graph's checks refuse it.
    return cy.getElementById(id);
  };
  cy.batch(() => {
    cy.elements().forEach((element) => {
      const id = element.id();
      if (id === VEIL_ID || hidden.has(id)) return;
      if (!(element.isNode() ? nextNodes.has(id) : nextEdges.has(id))) leaving.merge(element);
    });
    // A bypass, not a class: it changes one property instead of restyling the element.
    leaving.style('visibility', 'hidden');
    leaving.forEach((element) => {
      hidden.set(element.id(), element);
    });

    for (const node of scene.nodes) {
      const classes = drawnClasses(node.classes, highlighted);
      const signature = `${node.label}|${classes.join(' ')}`;
      const previous = signatures.get(node.id);
      if (previous === undefined) {
        additions.push({
          group: 'nodes',
          data: { id: node.id, label: nodeLabelText(node.classes, node.label), type: node.type },
          position: { x: node.x, y: node.y },
          classes,
        });
      } else {
        const wasHidden = hidden.has(node.id);
        const element = keep(node.id);
        const last = proposed.get(node.id);
        if (last && (last.x !== node.x || last.y !== node.y)) {
          // Hidden, it was not seen where it was: it comes back in its new place at once.
          if (wasHidden) element.position({ x: node.x, y: node.y });
          else moves.set(node.id, { x: node.x, y: node.y });
        }
        if (previous !== signature) {
          // Setting data restyles the element and dirties its bounds, even to the same value.
          const label = nodeLabelText(node.classes, node.label);
          if (element.data('label') !== label) element.data('label', label);
          element.classes(classes);
          updated += 1;
        }
      }
      signatures.set(node.id, signature);
      proposed.set(node.id, { x: node.x, y: node.y });
    }
    for (const edge of scene.edges) {
      const bend = bends.get(edge.id);
      const classes = drawnEdgeClasses(edge, highlighted, bend);
      const signature = `${edge.label}|${edge.width}|${bend}|${classes.join(' ')}`;
      // Not part of the signature: the zoom handler keeps it on the edges drawn.
      if (edgesLabelled) classes.push(LABELLED);
      const previous = signatures.get(edge.id);
      if (previous === undefined) {
        additions.push({
          group: 'edges',
          data: {
            id: edge.id,
            source: edge.source,
            target: edge.target,
            label: edge.label,
            width: edge.width,
            bend: bend ?? 0,
          },
          classes,
        });
      } else {
        const element = keep(edge.id);
        if (previous !== signature) {
          const data = { label: edge.label, width: edge.width, bend: bend ?? 0 };
          const changed = Object.entries(data).some(([key, value]) => element.data(key) !== value);
          if (changed) element.data(data);
          element.classes(classes);
          updated += 1;
        } else if (element.hasClass(LABELLED) !== edgesLabelled) {
          // Hidden while the zoom crossed the edge labels' threshold.
          element.toggleClass(LABELLED, edgesLabelled);
        }
      }
      signatures.set(edge.id, signature);
    }
    returning.removeStyle('visibility');
    if (additions.length > 0) cy.add(additions);
    residents.dropHidden(KEPT_HIDDEN_LIMIT);
    veil.place(scene, highlighted);
    // In the same batch, so cytoscape styles each changed node once.
    if (labels.placing) labels.syncNodeLabels();
  });
  const elements = scene.nodes.length + scene.edges.length;
  return {
    stats: {
      added: additions.length,
      revealed: returning.length,
      removed: leaving.length,
      updated,
      moved: moves.size,
      elements,
      resident: elements + hidden.size,
    },
    moves,
  };
}
