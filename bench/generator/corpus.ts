// The synthetic corpus itself: entities in communities with heavy-tailed degrees, relations
// whose evidence quotes are sentences placed in source texts, a few dominant sources, claims
// (some contradicted), all written in the documented input format (docs/data-format.md).
import { stringify } from 'yaml';
import { PREDICATE_DEFINITIONS, type EntityType } from '../../src/schema/vocabulary';
import { createRng, pareto, WeightedSampler, zipfWeights, type Rng } from '../rng';
import { formatDay, sampleDate, sampleDay, type GeneratedDate } from './dates';
import { nameAuthor, nameEntity, slugify, WordSource } from './names';
import { EXTRA_PREDICATE, predicatesFor } from './predicates';
import { claimSentence, composeText, evidenceSentence, headline, referenceCode } from './text';

/** Bump when the output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 2;

export const SIZE_NAMES = ['S', 'M', 'L'] as const;
export type SizeName = (typeof SIZE_NAMES)[number];

export interface CorpusShape {
  entities: number;
  relations: number;
  sources: number;
  /** Claims come on top of the entities (they become nodes of type claim). */
  claims: number;
}

export const SIZES: Record<SizeName, CorpusShape> = {
  S: { entities: 1_000, relations: 3_000, sources: 150, claims: 30 },
  M: { entities: 10_000, relations: 30_000, sources: 800, claims: 200 },
  L: { entities: 50_000, relations: 150_000, sources: 3_000, claims: 1_000 },
};

export interface GenerateOptions {
  shape: CorpusShape;
  seed: number;
  /** Names the corpus in corpus.yaml, e.g. `S`. */
  name: string;
}

export interface GeneratedFile {
  /** Relative to the corpus folder, `/`-separated. */
  path: string;
  content: string;
}

export interface GeneratedCorpus {
  /** Sorted by path. */
  files: GeneratedFile[];
  counts: {
    entities: number;
    relations: number;
    claims: number;
    contradictedClaims: number;
    sources: number;
    evidence: number;
    communities: number;
  };
}

const ENTITY_FILE_SIZE = 1_000;
const RELATION_FILE_SIZE = 2_000;
const CLAIM_FILE_SIZE = 1_000;
/** Share of relations whose object is in the subject's community. */
const INTRA_COMMUNITY = 0.82;
/** Smaller → heavier tail: a few hubs with thousands of relations. */
const DEGREE_TAIL = 1.4;

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

const VERBS = new Map<string, string>([
  ...PREDICATE_DEFINITIONS.map((p): [string, string] => [p.id, p.label]),
  [EXTRA_PREDICATE.id, EXTRA_PREDICATE.label],
]);

const VENUES = [
  'Press release',
  'Statement on the company blog',
  'Congressional testimony',
  'Interview with a newspaper',
  'Earnings call',
  'Post on social media',
];

const CLAIM_STATEMENTS = [
  'never shared user data abroad',
  'complied with every applicable rule',
  'kept all user data inside the country',
  'was not aware of the access',
  'acted lawfully throughout',
];

interface Entity {
  id: string;
  type: EntityType;
  label: string;
  aliases: string[];
  community: number;
  externalIds: Record<string, string> | null;
  formerIds: string[];
}

interface SourceDraft {
  id: string;
  sentences: string[];
}

/** Generates a corpus in memory; the same options give the same files, byte for byte. */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const { shape, seed, name } = options;
  const rng = createRng(`corpus:${seed}`);
  const words = new WordSource(rng);
  const ids = new Set<string>();
  const claimIdOf = (i: number): string => `claim-${String(i + 1).padStart(5, '0')}`;
  const relationIdOf = (i: number): string => `r-${String(i + 1).padStart(6, '0')}`;

  const entities = createEntities(rng, words, shape.entities, ids);
  const fitness = entities.map(() => pareto(rng, DEGREE_TAIL));
  const everyone = new WeightedSampler(fitness);
  const communityCount = Math.max(1, ...entities.map((e) => e.community + 1));
  const members: number[][] = Array.from({ length: communityCount }, () => []);
  entities.forEach((e, i) => members[e.community]?.push(i));
  const inCommunity = members.map((m) =>
    m.length > 0 ? new WeightedSampler(m.map((i) => fitness[i] ?? 1)) : null,
  );

  const sources: SourceDraft[] = Array.from({ length: shape.sources }, (_, k) => ({
    id: `s${String(k + 1).padStart(5, '0')}`,
    sentences: [],
  }));
  // Zipf over sources in id order: s00001 is the dominant source.
  const sourceSampler = new WeightedSampler(zipfWeights(shape.sources, 1.0));
  let serial = 0;
  const place = (sentenceOf: (code: string) => string, count: number) => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, shape.sources)) chosen.add(sourceSampler.sample(rng));
    return [...chosen].map((k) => {
      const source = sources[k] as SourceDraft;
      const exact = sentenceOf(referenceCode(rng, ++serial));
      source.sentences.push(exact);
      return { source: source.id, exact };
    });
  };
  const mentionName = (e: Entity): string =>
    e.aliases.length > 0 && rng.chance(0.15) ? rng.pick(e.aliases) : e.label;

  // Endpoints first, so entities left without a relation can be linked before any text is written.
  const ends = new Int32Array(2 * shape.relations);
  for (let i = 0; i < shape.relations; i++) {
    const s = everyone.sample(rng);
    ends[2 * i] = s;
    ends[2 * i + 1] = pickObject(
      rng,
      s,
      entities[s]?.community ?? 0,
      members,
      inCommunity,
      everyone,
    );
  }
  linkEveryEntity(rng, ends, entities, members, inCommunity, everyone);

  const relations: Record<string, unknown>[] = [];
  const relationsOf: number[][] = entities.map(() => []);
  for (let i = 0; i < shape.relations; i++) {
    const s = ends[2 * i] as number;
    const subject = entities[s] as Entity;
    const object = entities[ends[2 * i + 1] as number] as Entity;
    const predicate = rng.pick(predicatesFor(subject.type, object.type));
    const verb = VERBS.get(predicate) ?? predicate;
    const date = sampleDate(rng);
    const evidenceCount = rng.chance(0.7) ? 1 : rng.chance(0.75) ? 2 : 3;
    const evidence = place(
      (code) => evidenceSentence(rng, mentionName(subject), verb, mentionName(object), date, code),
      evidenceCount,
    );
    const id = relationIdOf(i);
    relationsOf[s]?.push(i);
    relations.push({
      id,
      subject: subject.id,
      predicate,
      object: object.id,
      ...datedFields(rng, date),
      ...(rng.chance(0.02)
        ? { note: 'Reported by a single outlet at first; later confirmed.' }
        : {}),
      evidence,
    });
  }

  const claims: Record<string, unknown>[] = [];
  let contradictedClaims = 0;
  for (let j = 0; j < shape.claims; j++) {
    const claimant = pickClaimant(rng, entities, everyone);
    const a = everyone.sample(rng);
    const about = entities[a] as Entity;
    const what = rng.pick(CLAIM_STATEMENTS);
    const date = sampleDate(rng);
    const statement = `${about.label} ${what}${date ? ` ${date.phrase}` : ''}`;
    const evidence = place((code) => claimSentence(claimant.label, statement, code), 1);
    const contradictedBy: string[] = [];
    if (rng.chance(0.25)) {
      const own = relationsOf[a] ?? [];
      if (own.length > 0) contradictedBy.push(relationIdOf(rng.pick(own)));
      if (j > 0 && rng.chance(0.4)) contradictedBy.push(claimIdOf(rng.int(j)));
    }
    if (contradictedBy.length > 0) contradictedClaims++;
    const supportedBy = j > 0 && rng.chance(0.1) ? [claimIdOf(rng.int(j))] : [];
    claims.push({
      id: claimIdOf(j),
      label: `${about.label} ${what}`,
      statement: `${statement}.`,
      claimant: claimant.id,
      ...datedFields(rng, date),
      venue: rng.pick(VENUES),
      about: [about.id],
      evidence,
      supported_by: [...new Set(supportedBy)],
      contradicted_by: [...new Set(contradictedBy)],
    });
  }

  const files: GeneratedFile[] = [];
  const yaml = (value: unknown): string => stringify(value, { lineWidth: 0 });
  files.push({
    path: 'corpus.yaml',
    content: yaml({
      title: `Synthetic corpus ${name} (seed ${seed})`,
      description: describe(name, seed, shape),
      predicates: [EXTRA_PREDICATE],
    }),
  });
  chunk(entities, ENTITY_FILE_SIZE).forEach((part, k) =>
    files.push({
      path: `annotations/entities/entities-${String(k + 1).padStart(3, '0')}.yaml`,
      content: yaml({ entities: part.map(entityRecord) }),
    }),
  );
  chunk(relations, RELATION_FILE_SIZE).forEach((part, k) =>
    files.push({
      path: `annotations/relations/relations-${String(k + 1).padStart(3, '0')}.yaml`,
      content: yaml({ relations: part }),
    }),
  );
  chunk(claims, CLAIM_FILE_SIZE).forEach((part, k) =>
    files.push({
      path: `annotations/claims/claims-${String(k + 1).padStart(3, '0')}.yaml`,
      content: yaml({ claims: part }),
    }),
  );
  const publishers = Array.from({ length: 30 }, () => `The ${words.next()} ${rng.pick(MASTHEADS)}`);
  const publisherSampler = new WeightedSampler(zipfWeights(publishers.length, 1.1));
  for (const source of sources) {
    const title = headline(rng, words);
    const publisher = publishers[publisherSampler.sample(rng)] ?? '';
    const meta = sourceRecord(rng, words, title, publisher);
    const text = composeText(rng, title, source.sentences, () =>
      mentionName(entities[everyone.sample(rng)] as Entity),
    );
    files.push({ path: `sources/${source.id}.yaml`, content: yaml(meta) });
    files.push({ path: `sources/${source.id}.txt`, content: text });
  }
  files.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return {
    files,
    counts: {
      entities: entities.length,
      relations: relations.length,
      claims: claims.length,
      contradictedClaims,
      sources: sources.length,
      evidence: serial,
      communities: members.filter((m) => m.length > 0).length,
    },
  };
}

const MASTHEADS = [
  'Times',
  'Post',
  'Herald',
  'Tribune',
  'Review',
  'Daily',
  'Wire',
  'Journal',
  'Observer',
  'Ledger',
];

/** The corpus.yaml description; it also identifies a generated folder (see writeCorpus). */
export function describe(name: string, seed: number, shape: CorpusShape): string {
  return (
    `Generated by bench/generate.ts v${GENERATOR_VERSION} (size ${name}, seed ${seed}): ` +
    `${shape.entities} entities, ${shape.relations} relations, ${shape.claims} claims, ` +
    `${shape.sources} sources.`
  );
}

function createEntities(rng: Rng, words: WordSource, count: number, ids: Set<string>): Entity[] {
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

function uniqueId(base: string, ids: Set<string>): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

function pickObject(
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
function linkEveryEntity(
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

function pickClaimant(rng: Rng, entities: readonly Entity[], everyone: WeightedSampler): Entity {
  let candidate = entities[everyone.sample(rng)] as Entity;
  for (let attempt = 0; attempt < 20; attempt++) {
    if (candidate.type === 'person' || candidate.type === 'organization') return candidate;
    candidate = entities[everyone.sample(rng)] as Entity;
  }
  return candidate;
}

function datedFields(rng: Rng, date: GeneratedDate | null): Record<string, string> {
  if (!date) return {};
  return rng.chance(0.3)
    ? { date: date.edtf, date_basis: `"${date.phrase}" in the text` }
    : { date: date.edtf };
}

function entityRecord(e: Entity): Record<string, unknown> {
  return {
    id: e.id,
    type: e.type,
    label: e.label,
    ...(e.aliases.length > 0 ? { aliases: e.aliases } : {}),
    description: `Synthetic ${e.type.replace('_', ' ')} from community ${e.community + 1}.`,
    ...(e.externalIds ? { external_ids: e.externalIds } : {}),
    ...(e.formerIds.length > 0 ? { former_ids: e.formerIds } : {}),
  };
}

function sourceRecord(
  rng: Rng,
  words: WordSource,
  title: string,
  publisher: string,
): Record<string, unknown> {
  const day = sampleDay(rng);
  const dated = rng.chance(0.92);
  const estimated = !dated && rng.chance(0.5);
  return {
    title,
    publisher,
    ...(rng.chance(0.7) ? { author: nameAuthor(rng, words) } : {}),
    ...(rng.chance(0.85)
      ? { url: `https://news.${slugify(publisher)}.example/${day[0]}/${slugify(title)}` }
      : {}),
    ...(dated ? { published: formatDay(day) } : {}),
    ...(estimated
      ? {
          estimated_date: `${day[0]}`,
          estimated_date_basis: `"this year" and events the text dates to ${day[0]}`,
        }
      : {}),
    language: 'en',
    ...(rng.chance(0.05) ? { notes: 'Paywalled; text copied from the print edition.' } : {}),
  };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
