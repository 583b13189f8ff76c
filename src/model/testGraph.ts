// Test fixtures: small compiled graphs built the way the compiler builds them (claims become
// nodes plus derived stated/about/contradicts/supports edges). Used by model and view tests.
import {
  COMPILED_FORMAT_VERSION,
  type ClaimDetails,
  type CompiledGraph,
  type Reading,
  type CompiledSource,
  type EdgeAttributes,
  type EdgeEntry,
  type Evidence,
  type NodeAttributes,
} from '../schema/compiledGraph';
import { STATUS_DEFINITIONS, type Status } from '../schema/attribution';
import { compactGraph, sourcesOf } from '../schema/edgeColumns';
import { derivedCredibility, plainProvenance } from '../schema/edgeProvenance';
import {
  CLAIM_PREDICATE_DEFINITIONS,
  ENTITY_TYPE_DEFINITIONS,
  PREDICATE_DEFINITIONS,
  type EntityType,
} from '../schema/vocabulary';

export interface EntitySpec {
  id: string;
  label?: string;
  type?: Exclude<EntityType, 'claim'>;
  aliases?: string[];
  formerIds?: string[];
  sources?: string[];
}

export interface DateSpec {
  date?: string | null;
  /** [dateStart, dateEnd]; omit both for an undated relation. */
  days?: [string | null, string | null];
}

/** Provenance a relation may state; the rest is derived as the compiler derives it. */
export interface ProvenanceSpec {
  status?: Status;
  accordingTo?: string[];
  /** Per source of `sources`: its quote lies in the headline. */
  headlines?: boolean[];
  /** Per source of `sources`: the quote's own attribution. */
  quoteAccordingTo?: (string[] | undefined)[];
  credibility?: number;
  dateEstimated?: boolean;
  dateRelativeTo?: string;
  /** All corroborating sources relay this external origin: one independent origin. */
  relayedOrigin?: string;
  readings?: Reading[];
}

export interface RelationSpec extends DateSpec, ProvenanceSpec {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  sources?: string[];
  note?: string;
}

export interface ClaimSpec extends DateSpec {
  id: string;
  label?: string;
  statement?: string;
  claimant?: string;
  about?: string[];
  sources?: string[];
  supportedBy?: string[];
  contradictedBy?: string[];
}

export interface GraphSpec {
  sources?: string[];
  /** Ids of external origins the sources relay. */
  origins?: string[];
  entities: EntitySpec[];
  relations?: RelationSpec[];
  claims?: ClaimSpec[];
  formerIds?: Record<string, string>;
}

export function quote(source: string): Evidence {
  return { source, exact: `quote in ${source}`, start: 0, end: 10 };
}

function makeSource(id: string): CompiledSource {
  return {
    id,
    title: `Title of ${id}`,
    publisher: null,
    author: null,
    url: null,
    published: null,
    estimatedDate: null,
    estimatedDateBasis: null,
    language: 'en',
    notes: null,
    textLength: 20,
    authorEntity: null,
    publisherEntity: null,
    relays: [],
    reliability: null,
    headline: null,
  };
}

function dateFields(
  spec: DateSpec,
): Pick<EdgeAttributes, 'date' | 'dateStart' | 'dateEnd' | 'dateBasis'> {
  const [dateStart, dateEnd] = spec.days ?? [null, null];
  return { date: spec.date ?? dateStart, dateStart, dateEnd, dateBasis: null };
}

function makeEdge(
  key: string,
  source: string,
  target: string,
  predicate: string,
  extra: Partial<EdgeAttributes> = {},
): EdgeEntry {
  const attributes: EdgeAttributes = {
    predicate,
    label: predicateLabel(predicate),
    date: null,
    dateStart: null,
    dateEnd: null,
    dateBasis: null,
    note: null,
    evidence: (extra.sources ?? []).map(quote),
    sources: [],
    contradicts: [],
    supports: [],
    derived: false,
    ...plainProvenance(extra.evidence ?? (extra.sources ?? []).map(quote), 'reported'),
    perClaim: null,
    ...extra,
  };
  // As the compiler does: the distinct sources of the evidence, sorted.
  attributes.sources = sourcesOf(attributes.evidence);
  return { key, source, target, attributes };
}

function predicateLabel(id: string): string {
  return (
    [...PREDICATE_DEFINITIONS, ...CLAIM_PREDICATE_DEFINITIONS].find((p) => p.id === id)?.label ?? id
  );
}

/** The provenance fields of a relation spec, consistent with its evidence as the compiler makes them. */
function provenanceOf(
  spec: ProvenanceSpec & { sources?: string[] },
): Pick<EdgeAttributes, 'evidence'> & Partial<EdgeAttributes> {
  const evidence = (spec.sources ?? []).map((source, i): Evidence => {
    const own = spec.quoteAccordingTo?.[i];
    return {
      ...quote(source),
      ...(spec.headlines?.[i] ? { headline: true as const } : {}),
      ...(own ? { accordingTo: own } : {}),
    };
  });
  const plain = plainProvenance(evidence, spec.status ?? 'reported');
  const origins =
    spec.relayedOrigin && plain.corroboratingSources.length > 0
      ? [{ roots: [spec.relayedOrigin], sources: plain.corroboratingSources }]
      : plain.origins;
  return {
    evidence,
    ...plain,
    accordingTo: spec.accordingTo ?? [],
    credibility: spec.credibility ?? null,
    credibilityDerived: derivedCredibility(origins),
    dateEstimated: spec.dateEstimated ?? false,
    dateRelativeTo: spec.dateRelativeTo ?? null,
    origins,
    readings: spec.readings ?? [],
  };
}

/** A compiled graph from a compact spec; derived claim edges carry no evidence of their own. */
export function buildTestGraph(spec: GraphSpec): CompiledGraph {
  const relations = spec.relations ?? [];
  const claims = spec.claims ?? [];
  const nodes: CompiledGraph['nodes'] = spec.entities.map((entity, i) => {
    const attributes: NodeAttributes = {
      label: entity.label ?? entity.id,
      type: entity.type ?? 'organization',
      aliases: entity.aliases ?? [],
      description: '',
      externalIds: {},
      formerIds: entity.formerIds ?? [],
      sources: entity.sources ?? [],
      x: i * 10,
      y: -i * 10,
    };
    return { key: entity.id, attributes };
  });
  const edges: EdgeEntry[] = relations.map((r) =>
    makeEdge(r.id, r.subject, r.object, r.predicate, {
      ...dateFields(r),
      ...provenanceOf(r),
      note: r.note ?? null,
      contradicts: claims.filter((c) => c.contradictedBy?.includes(r.id)).map((c) => c.id),
      supports: claims.filter((c) => c.supportedBy?.includes(r.id)).map((c) => c.id),
    }),
  );
  const claimIds = new Set(claims.map((c) => c.id));
  for (const c of claims) {
    const evidence = (c.sources ?? []).map(quote);
    const details: ClaimDetails = {
      statement: c.statement ?? `${c.id} statement`,
      claimant: c.claimant ?? null,
      venue: null,
      note: null,
      ...dateFields(c),
      evidence,
      supportedBy: c.supportedBy ?? [],
      contradictedBy: c.contradictedBy ?? [],
      disputed: (c.contradictedBy ?? []).length > 0,
      ...plainProvenance(evidence, 'attributed'),
    };
    nodes.push({
      key: c.id,
      attributes: {
        label: c.label ?? c.id,
        type: 'claim',
        aliases: [],
        description: '',
        externalIds: {},
        formerIds: [],
        sources: c.sources ?? [],
        x: nodes.length * 10,
        y: 0,
        claim: details,
      },
    });
    const derived = { derived: true, status: 'attributed' as const };
    if (c.claimant) {
      edges.push(
        makeEdge(`${c.id}--stated`, c.claimant, c.id, 'stated', { ...derived, ...dateFields(c) }),
      );
    }
    for (const about of c.about ?? []) {
      edges.push(makeEdge(`${c.id}--about--${about}`, c.id, about, 'about', derived));
    }
    for (const [list, predicate] of [
      [c.supportedBy ?? [], 'supports'],
      [c.contradictedBy ?? [], 'contradicts'],
    ] as const) {
      for (const other of list.filter((id) => claimIds.has(id))) {
        edges.push(makeEdge(`${other}--${predicate}--${c.id}`, other, c.id, predicate, derived));
      }
    }
  }
  const usedPredicates = [...new Set(edges.map((e) => e.attributes.predicate))].sort();
  // A source quoted but not listed in the spec is listed too: the file names sources by position.
  const quoted = edges.flatMap((edge) => edge.attributes.sources);
  const listed = [...new Set([...(spec.sources ?? []), ...quoted])];
  return compactGraph({
    attributes: {
      formatVersion: COMPILED_FORMAT_VERSION,
      title: 'Test graph',
      description: '',
      offsetUnit: 'utf16-code-units',
      sources: listed.map(makeSource),
      entityTypes: ENTITY_TYPE_DEFINITIONS.map((d) => ({ ...d })),
      predicates: usedPredicates.map((id) => ({ id, label: predicateLabel(id), description: '' })),
      formerIds: spec.formerIds ?? {},
      stories: [],
      origins: (spec.origins ?? []).map((id) => ({
        id,
        title: `Report ${id}`,
        publisher: null,
        entity: null,
        url: null,
        published: null,
        relays: [],
        reliability: null,
        notes: null,
      })),
      statuses: STATUS_DEFINITIONS.map((d) => ({ ...d })),
      textsDigest: 'test',
    },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  });
}
