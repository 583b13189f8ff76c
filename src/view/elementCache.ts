// View elements are immutable and reused between calls while nothing about them changes, so a
// second deriveView allocates only for what changed, and the renderer can skip an element whose
// object is the same (===) as last time. The cache holds one slot per node and edge of a model.
import { readEntityType, type GraphModel } from '../model';
import { readClassList } from './appearance/classSets';
import { measureEdgeWidth } from './appearance/edgeWidth';
import type { ViewEdge, ViewNode } from './types';

interface Slots {
  nodes: (ViewNode | undefined)[];
  nodeMasks: Int32Array;
  edges: (ViewEdge | undefined)[];
  edgeMasks: Int32Array;
  edgeSupport: Int32Array;
}

const caches = new WeakMap<GraphModel, Slots>();

function getSlots(model: GraphModel): Slots {
  let slots = caches.get(model);
  if (!slots) {
    slots = {
      nodes: new Array<ViewNode | undefined>(model.nodes.count),
      nodeMasks: new Int32Array(model.nodes.count),
      edges: new Array<ViewEdge | undefined>(model.edges.count),
      edgeMasks: new Int32Array(model.edges.count),
      edgeSupport: new Int32Array(model.edges.count),
    };
    caches.set(model, slots);
  }
  return slots;
}

export interface ElementFactory {
  /** `at`: where a re-layout put the node, when one did; else its compiled position. */
  node(n: number, classMask: number, at?: { x: number; y: number }): ViewNode;
  edge(e: number, classMask: number, origins: number): ViewEdge;
}

export function createElementFactory(model: GraphModel): ElementFactory {
  const slots = getSlots(model);
  const { nodes, edges, predicates } = model;
  return {
    node(n, classMask, at) {
      const x = at ? at.x : (nodes.x[n] ?? 0);
      const y = at ? at.y : (nodes.y[n] ?? 0);
      const cached = slots.nodes[n];
      if (cached && slots.nodeMasks[n] === classMask && cached.x === x && cached.y === y) {
        return cached;
      }
      const created: ViewNode = Object.freeze({
        id: nodes.ids[n] ?? '',
        label: nodes.labels[n] ?? '',
        type: readEntityType(nodes.types[n] ?? 0),
        x,
        y,
        classes: readClassList(classMask),
      });
      slots.nodes[n] = created;
      slots.nodeMasks[n] = classMask;
      return created;
    },
    edge(e, classMask, origins) {
      const cached = slots.edges[e];
      if (cached && slots.edgeMasks[e] === classMask && slots.edgeSupport[e] === origins) {
        return cached;
      }
      const created: ViewEdge = Object.freeze({
        id: edges.ids[e] ?? '',
        source: nodes.ids[edges.source[e] ?? 0] ?? '',
        target: nodes.ids[edges.target[e] ?? 0] ?? '',
        label: predicates.labels[edges.predicate[e] ?? 0] ?? '',
        predicate: predicates.ids[edges.predicate[e] ?? 0] ?? '',
        origins,
        width: measureEdgeWidth(origins),
        classes: readClassList(classMask),
      });
      slots.edges[e] = created;
      slots.edgeMasks[e] = classMask;
      slots.edgeSupport[e] = origins;
      return created;
    },
  };
}
