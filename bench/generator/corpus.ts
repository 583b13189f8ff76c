// The synthetic corpus itself: entities in communities with heavy-tailed degrees, relations
// whose evidence quotes are sentences placed in source texts, a few dominant sources, claims
// (some contradicted), all written in the documented input format (docs/data-format.md).
import { stringify } from 'yaml';
import { PREDICATE_DEFINITIONS } from '../../src/schema/vocabulary';
import { createRng, pareto, WeightedSampler, zipfWeights } from '../rng';
import { sampleDate } from './dates';
import {
  createEntities,
  DEGREE_TAIL,
  linkEveryEntity,
  pickClaimant,
  pickObject,
  type Entity,
} from './graph';
import { namePublisher, WordSource } from './names';
import { datedFields, entityRecord, sourceRecord } from './records';
import { EXTRA_PREDICATE, predicatesFor } from './predicates';
import { claimSentence, composeText, evidenceSentence, headline, referenceCode } from './text';

/** Bump when the output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 2;

export const SIZE_NAMES = ['S', 'M', 'L', 'XL'] as const;
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
  /** Past one browser: where the single-file design breaks (docs/scaling.md). */
  XL: { entities: 200_000, relations: 600_000, sources: 12_000, claims: 4_000 },
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
  // A loop, not Math.max(...): spreading 200k arguments (size XL) overflows the stack.
  const communityCount = entities.reduce((most, e) => Math.max(most, e.community + 1), 1);
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
      // Stated, so the compiler need not warn that it assumed the voice.
      status: 'reported',
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
      status: 'attributed',
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
  const publishers = Array.from({ length: 30 }, () => namePublisher(rng, words));
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

/** The corpus.yaml description; it also identifies a generated folder (see writeCorpus). */
export function describe(name: string, seed: number, shape: CorpusShape): string {
  return (
    `Generated by bench/generate.ts v${GENERATOR_VERSION} (size ${name}, seed ${seed}): ` +
    `${shape.entities} entities, ${shape.relations} relations, ${shape.claims} claims, ` +
    `${shape.sources} sources.`
  );
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
