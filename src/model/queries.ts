// Read queries over the model: the one read path into it for panels, search, the URL layer and
// exports. Each runs in time proportional to the answer, using the precomputed incidence rows.
import { describeRelationSentence, joinSentence } from './sentences';
import type {
  CompiledSource,
  EdgeAttributes,
  Evidence,
  NodeAttributes,
} from '../schema/compiledGraph';
import { ENTITY_TYPES, type EntityType } from '../schema/vocabulary';
import { formatDay } from '../calendar/days';
import type {
  ClaimSummary,
  ClaimsOfEntity,
  DateExtent,
  GraphModel,
  RelationDirection,
  RelationEntry,
  RelationGroup,
} from './types';

/** Current id for a current or former entity id (or any edge id), else null. */
export function resolveId(model: GraphModel, id: string): string | null {
  if (model.nodes.index.has(id) || model.edges.index.has(id)) return id;
  const current = model.formerIds.get(id);
  return current !== undefined && model.nodes.index.has(current) ? current : null;
}

export type ItemKind = 'entity' | 'claim' | 'relation';

/** What an id names: an entity, a claim or a relation; null when the graph has no such id. */
export function kindOf(model: GraphModel, id: string): ItemKind | null {
  const n = model.nodes.index.get(id);
  if (n !== undefined) return model.nodes.attributes[n]?.claim ? 'claim' : 'entity';
  return model.edges.index.has(id) ? 'relation' : null;
}

/** An entity's or a claim's attributes, or undefined when `id` is neither. */
export function nodeAttributes(model: GraphModel, id: string): NodeAttributes | undefined {
  const n = model.nodes.index.get(id);
  return n === undefined ? undefined : model.nodes.attributes[n];
}

/** A relation's subject and object ids, or undefined when `id` is not a relation. */
export function relationEnds(
  model: GraphModel,
  id: string,
): { source: string; target: string } | undefined {
  const e = model.edges.index.get(id);
  if (e === undefined) return undefined;
  const { ids } = model.nodes;
  return {
    source: ids[model.edges.source[e] ?? 0] ?? '',
    target: ids[model.edges.target[e] ?? 0] ?? '',
  };
}

/** "ByteDance owned TikTok" for a relation, the label for an entity or a claim, else the id. */
export function describeItem(model: GraphModel, id: string): string {
  const node = nodeAttributes(model, id);
  if (node) return node.label;
  const e = model.edges.index.get(id);
  return e === undefined ? id : joinSentence(describeRelationSentence(model, e));
}

/** A relation's attributes, or undefined when `id` is not a relation. */
export function edgeAttributes(model: GraphModel, id: string): EdgeAttributes | undefined {
  const e = model.edges.index.get(id);
  return e === undefined ? undefined : model.edges.attributesOf(e);
}

/** Every quote from one source, in the relations and claims that cite it. */
export function evidenceQuoting(model: GraphModel, sourceId: string): Evidence[] {
  const s = model.sources.index.get(sourceId);
  if (s === undefined) return [];
  const quotes: Evidence[] = [];
  const { ownSources, count, attributesOf } = model.edges;
  for (let e = 0; e < count; e++) {
    // Only the relations that quote it have their attributes made.
    let quoted = false;
    for (let k = ownSources.start[e] ?? 0; k < (ownSources.start[e + 1] ?? 0); k++) {
      if (ownSources.list[k] === s) quoted = true;
    }
    if (!quoted) continue;
    for (const quote of attributesOf(e).evidence) if (quote.source === sourceId) quotes.push(quote);
  }
  for (const attributes of model.nodes.attributes) {
    for (const quote of attributes.claim?.evidence ?? []) {
      if (quote.source === sourceId) quotes.push(quote);
    }
  }
  return quotes;
}

export function entityLabel(model: GraphModel, id: string): string {
  const node = model.nodes.index.get(id);
  return (node === undefined ? undefined : model.nodes.labels[node]) ?? id;
}

/** The entity type of a type index from NodeTable.types. */
export function readEntityType(typeIndex: number): EntityType {
  return ENTITY_TYPES[typeIndex] ?? 'claim';
}

function typeOf(model: GraphModel, node: number): EntityType {
  return readEntityType(model.nodes.types[node] ?? 0);
}

/** Distinct node indices adjacent to a node, either direction, self excluded. */
function listNeighbourIndices(model: GraphModel, node: number): number[] {
  const { start, list } = model.nodes.incidence;
  const { source, target } = model.edges;
  const seen = new Set<number>();
  for (let k = start[node] ?? 0, end = start[node + 1] ?? 0; k < end; k++) {
    const e = list[k] ?? 0;
    const other = source[e] === node ? (target[e] ?? 0) : (source[e] ?? 0);
    if (other !== node) seen.add(other);
  }
  return [...seen];
}

/** Neighbour ids (either direction), most connected first, then by label. */
export function neighbours(model: GraphModel, id: string): string[] {
  const node = model.nodes.index.get(id);
  if (node === undefined) return [];
  const { degree, labelRank, ids } = model.nodes;
  return listNeighbourIndices(model, node)
    .sort(
      (a, b) => (degree[b] ?? 0) - (degree[a] ?? 0) || (labelRank[a] ?? 0) - (labelRank[b] ?? 0),
    )
    .map((n) => ids[n] ?? '');
}

function describeRelation(
  model: GraphModel,
  e: number,
  direction: RelationDirection,
  neighbour: number,
): RelationEntry {
  const edgeId = model.edges.ids[e] ?? '';
  const a = model.edges.attributesOf(e);
  return {
    edgeId,
    predicate: a.predicate,
    direction,
    neighbourId: model.nodes.ids[neighbour] ?? '',
    neighbourLabel: model.nodes.labels[neighbour] ?? '',
    neighbourType: typeOf(model, neighbour),
    label: a.label,
    date: a.date,
    dateStart: a.dateStart,
    dateEnd: a.dateEnd,
    note: a.note,
    evidence: a.evidence,
    sources: a.sources,
    corroboration: model.edges.corroboration[e] ?? 0,
    derived: a.derived,
  };
}

function compareEntries(a: RelationEntry, b: RelationEntry): number {
  // Dated first in date order, then by neighbour label, then id: stable across reloads.
  const da = a.dateStart ?? '\uffff';
  const db = b.dateStart ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  if (a.neighbourLabel !== b.neighbourLabel) return a.neighbourLabel < b.neighbourLabel ? -1 : 1;
  return a.edgeId < b.edgeId ? -1 : a.edgeId > b.edgeId ? 1 : 0;
}

/**
 * Relations of a node grouped by predicate and direction (a self-loop counts as outgoing).
 * Groups are ordered by predicate label, outgoing before incoming.
 */
export function relationsOf(model: GraphModel, id: string): RelationGroup[] {
  const node = model.nodes.index.get(id);
  if (node === undefined) return [];
  const { start, list } = model.nodes.incidence;
  const { source, target, predicate } = model.edges;
  const groups = new Map<string, RelationGroup>();
  for (let k = start[node] ?? 0, end = start[node + 1] ?? 0; k < end; k++) {
    const e = list[k] ?? 0;
    const direction: RelationDirection = source[e] === node ? 'outgoing' : 'incoming';
    const neighbour = direction === 'outgoing' ? (target[e] ?? 0) : (source[e] ?? 0);
    const p = predicate[e] ?? 0;
    const key = `${direction}\u0000${p}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        predicate: model.predicates.ids[p] ?? '',
        predicateLabel: model.predicates.labels[p] ?? '',
        direction,
        relations: [],
      };
      groups.set(key, group);
    }
    group.relations.push(describeRelation(model, e, direction, neighbour));
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      a.predicateLabel.localeCompare(b.predicateLabel) ||
      (a.direction === b.direction ? 0 : a.direction === 'outgoing' ? -1 : 1),
  );
  for (const group of sorted) group.relations.sort(compareEntries);
  return sorted;
}

function summariseClaim(model: GraphModel, node: number): ClaimSummary | null {
  const claim = model.nodes.attributes[node]?.claim;
  return claim
    ? { id: model.nodes.ids[node] ?? '', label: model.nodes.labels[node] ?? '', claim }
    : null;
}

/** Claims an entity stated and claims about it, each in claim date order, then label. */
export function claimsOf(model: GraphModel, id: string): ClaimsOfEntity {
  const result: ClaimsOfEntity = { stated: [], about: [] };
  const node = model.nodes.index.get(id);
  if (node === undefined) return result;
  const { start, list } = model.nodes.incidence;
  const { source, target, predicate } = model.edges;
  const stated = model.predicates.index.get('stated');
  const about = model.predicates.index.get('about');
  const seen = { stated: new Set<number>(), about: new Set<number>() };
  for (let k = start[node] ?? 0, end = start[node + 1] ?? 0; k < end; k++) {
    const e = list[k] ?? 0;
    const p = predicate[e];
    const kind =
      p === stated && source[e] === node
        ? 'stated'
        : p === about && target[e] === node
          ? 'about'
          : null;
    const claimNode = kind === 'stated' ? target[e] : source[e];
    if (kind === null || claimNode === undefined || seen[kind].has(claimNode)) continue;
    seen[kind].add(claimNode);
    const summary = summariseClaim(model, claimNode);
    if (summary) result[kind].push(summary);
  }
  const order = (a: ClaimSummary, b: ClaimSummary): number =>
    (a.claim.dateStart ?? '\uffff').localeCompare(b.claim.dateStart ?? '\uffff') ||
    a.label.localeCompare(b.label);
  result.stated.sort(order);
  result.about.sort(order);
  return result;
}

/**
 * Evidence behind an edge, or behind a claim node. A derived claim edge carries its own evidence
 * when the compiler gave it some, else that of the claims it joins (the same rule the source
 * filter uses).
 */
export function evidenceFor(model: GraphModel, id: string): Evidence[] {
  const e = model.edges.index.get(id);
  if (e !== undefined) {
    const attrs = model.edges.attributesOf(e);
    if (!attrs.derived || attrs.evidence.length > 0) return attrs.evidence;
    const ends = [model.edges.source[e] ?? 0, model.edges.target[e] ?? 0];
    return ends.flatMap(
      (node, i) =>
        (i === 1 && ends[0] === node ? undefined : model.nodes.attributes[node]?.claim)?.evidence ??
        [],
    );
  }
  return nodeAttributes(model, id)?.claim?.evidence ?? [];
}

/** First and last day of any dated relation or claim, or null when nothing is dated. */
export function dateExtent(model: GraphModel): DateExtent | null {
  const extent = model.dayExtent;
  return extent ? { start: formatDay(extent.start), end: formatDay(extent.end) } : null;
}

export function sourceOf(model: GraphModel, id: string): CompiledSource | undefined {
  return model.sources.byId.get(id);
}

export function sourceTitle(model: GraphModel, id: string): string | null {
  return sourceOf(model, id)?.title ?? null;
}
