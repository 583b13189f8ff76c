// The context layer of the overview: every entity the filters keep (before the level of detail
// cut them down) and every kept relation between them, as flat arrays the renderer draws as points
// and lines. O(V + E).
import type { GraphModel } from '../../model';
import { ENTITY_TYPES } from '../../schema/vocabulary';
import { labelCommunities } from './communityRegions';
import type { ContextLayer } from './types';

type Positions = ReadonlyMap<number, { x: number; y: number }> | null | undefined;

// Per model: each node's community from the compiled attributes (-1 in files without one).
const communityColumns = new WeakMap<GraphModel, Int32Array>();

export function communitiesOf(model: GraphModel): Int32Array {
  let column = communityColumns.get(model);
  if (!column) {
    column = new Int32Array(model.nodes.count);
    for (let n = 0; n < model.nodes.count; n++) {
      column[n] = model.nodes.attributes[n]?.community ?? -1;
    }
    communityColumns.set(model, column);
  }
  return column;
}

// The last layer per model: a view that keeps the same entities and relations (a pick, a brush
// elsewhere) returns the same object, so the canvas is not drawn again for nothing.
const lastLayers = new WeakMap<
  GraphModel,
  { visible: Uint8Array; edgeRejects: Uint8Array; relaid: Positions; layer: ContextLayer }
>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `visible` marks the entities to draw (1 each); `edgeRejects` is 0 for each relation the filters
 * keep. A relation is drawn when it is kept and both its ends are drawn. `relaid` moves nodes a
 * re-layout placed elsewhere.
 */
export function deriveContext(
  model: GraphModel,
  visible: Uint8Array,
  edgeRejects: Uint8Array,
  relaid?: Positions,
): ContextLayer {
  const last = lastLayers.get(model);
  if (
    last &&
    last.relaid === relaid &&
    sameBytes(last.visible, visible) &&
    sameBytes(last.edgeRejects, edgeRejects)
  ) {
    return last.layer;
  }
  const layer = buildContext(model, visible, edgeRejects, relaid);
  lastLayers.set(model, { visible, edgeRejects, relaid, layer });
  return layer;
}

function buildContext(
  model: GraphModel,
  visible: Uint8Array,
  edgeRejects: Uint8Array,
  relaid: Positions,
): ContextLayer {
  const pointOf = new Int32Array(model.nodes.count).fill(-1);
  let count = 0;
  for (let n = 0; n < model.nodes.count; n++) if (visible[n]) pointOf[n] = count++;
  const ids = new Array<string>(count);
  const labels = new Array<string>(count);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const types = new Uint8Array(count);
  const communities = new Int32Array(count);
  const degree = new Uint32Array(count);
  const column = communitiesOf(model);
  for (let n = 0; n < model.nodes.count; n++) {
    const p = pointOf[n] ?? -1;
    if (p < 0) continue;
    const moved = relaid?.get(n);
    ids[p] = model.nodes.ids[n] ?? '';
    labels[p] = model.nodes.labels[n] ?? '';
    x[p] = moved?.x ?? model.nodes.x[n] ?? 0;
    y[p] = moved?.y ?? model.nodes.y[n] ?? 0;
    types[p] = model.nodes.types[n] ?? 0;
    communities[p] = column[n] ?? -1;
    degree[p] = model.nodes.degree[n] ?? 0;
  }
  const { source, target, count: edgeCount } = model.edges;
  const pairs: number[] = [];
  for (let e = 0; e < edgeCount; e++) {
    if (edgeRejects[e] !== 0) continue;
    const a = pointOf[source[e] ?? 0] ?? -1;
    const b = pointOf[target[e] ?? 0] ?? -1;
    if (a >= 0 && b >= 0) pairs.push(a, b);
  }
  return {
    ids,
    x,
    y,
    types,
    typeNames: ENTITY_TYPES,
    communities,
    links: Uint32Array.from(pairs),
    regions: labelCommunities({ ids, labels, x, y, communities, degree }),
  };
}
