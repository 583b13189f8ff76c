// The shape of a synthetic graph: entities in communities of heavy-tailed sizes, each with a
// heavy-tailed "fitness" that makes a few of them hubs, and relation endpoints drawn from both.
import type { EntityType } from '../../src/schema/vocabulary';
import { pareto, WeightedSampler, type Rng } from '../rng';
import { nameEntity, slugify, type WordSource } from './names';

/** Share of relations whose object is in the subject's community. */
export const INTRA_COMMUNITY = 0.82;
/** Smaller → heavier tail: a few hubs with thousands of relations. */
export const DEGREE_TAIL = 1.4;

const TYPE_WEIGHTS: readonly [EntityType, number][] = [
  ['person', 34],
  ['organization', 24],
  ['group', 5],
  ['government_action', 4],
  ['law', 4],
  ['program', 4],
  ['event', 8],
  ['data_asset', 6],
  ['document', 5],
  ['product', 4],
  ['place', 2],
];

export interface Entity {
  id: string;
  type: EntityType;
  label: string;
  aliases: string[];
  community: number;
  externalIds: Record<string, string> | null;
  formerIds: string[];
}

export function createEntities(
  rng: Rng,
  words: WordSource,
  count: number,
  ids: Set<string>,
): Entity[] {
  const typeSampler = new WeightedSampler(TYPE_WEIGHTS.map(([, w]) => w));
  // Community sizes are heavy-tailed too: a few large clusters, many small ones.
  const communities = new WeightedSampler(
    Array.from({ length: Math.max(1, Math.round(count / 40)) }, () => pareto(rng, 1.5)),
  );
  const entities: Entity[] = [];
  for (let i = 0; i < count; i++) {
    const type = (TYPE_WEIGHTS[typeSampler.sample(rng)] ?? TYPE_WEIGHTS[0])?.[0] ?? 'person';
    const { label, aliases } = nameEntity(rng, words, type, i);
    const id = uniqueId(slugify(label), ids);
    entities.push({
      id,
      type,
      label,
      aliases,
      community: communities.sample(rng),
      externalIds: rng.chance(0.1) ? { wikidata: `Q${1000 + rng.int(9_000_000)}` } : null,
      // A renamed entity keeps its old id working in permalinks.
      formerIds: rng.chance(0.01) ? [uniqueId(`${id}-formerly`, ids)] : [],
    });
  }
  return entities;
}

export function uniqueId(base: string, ids: Set<string>): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

export function pickObject(
  rng: Rng,
  subject: number,
  community: number,
  members: readonly number[][],
  inCommunity: readonly (WeightedSampler | null)[],
  everyone: WeightedSampler,
): number {
  const local = members[community] ?? [];
  const sampler = inCommunity[community];
  for (let attempt = 0; attempt < 10; attempt++) {
    const o =
      sampler && local.length > 1 && rng.chance(INTRA_COMMUNITY)
        ? (local[sampler.sample(rng)] ?? subject)
        : everyone.sample(rng);
    if (o !== subject) return o;
  }
  return (subject + 1) % everyone.size;
}

/**
 * Gives every entity at least one relation (an unlinked entity is a compiler warning): it takes
 * over one end of a relation of someone in its community, from an entity that keeps others.
 */
export function linkEveryEntity(
  rng: Rng,
  ends: Int32Array,
  entities: readonly Entity[],
  members: readonly number[][],
  inCommunity: readonly (WeightedSampler | null)[],
  everyone: WeightedSampler,
): void {
  const degree = new Int32Array(entities.length);
  const relationsOf: number[][] = entities.map(() => []);
  ends.forEach((e, k) => {
    degree[e] = (degree[e] ?? 0) + 1;
    relationsOf[e]?.push(k >> 1);
  });
  entities.forEach((entity, e) => {
    const local = members[entity.community] ?? [];
    const sampler = inCommunity[entity.community];
    for (let attempt = 0; attempt < 50 && degree[e] === 0; attempt++) {
      const m =
        sampler && local.length > 1 ? (local[sampler.sample(rng)] ?? e) : everyone.sample(rng);
      const candidates = relationsOf[m] ?? [];
      if (m === e || candidates.length === 0) continue;
      const j = rng.pick(candidates);
      const side = ends[2 * j] === m ? 1 : 0;
      const old = ends[2 * j + side] as number;
      if ((degree[old] ?? 0) <= 1 || old === m) continue;
      ends[2 * j + side] = e;
      degree[old] = (degree[old] ?? 0) - 1;
      degree[e] = 1;
      relationsOf[old] = (relationsOf[old] ?? []).filter((r) => r !== j);
      relationsOf[e]?.push(j);
    }
  });
}

export function pickClaimant(
  rng: Rng,
  entities: readonly Entity[],
  everyone: WeightedSampler,
): Entity {
  let candidate = entities[everyone.sample(rng)] as Entity;
  for (let attempt = 0; attempt < 20; attempt++) {
    if (candidate.type === 'person' || candidate.type === 'organization') return candidate;
    candidate = entities[everyone.sample(rng)] as Entity;
  }
  return candidate;
}
