// Test fixtures: small compiled graphs built the way the compiler builds them (claims become
// nodes plus derived stated/about/contradicts/supports edges). Used by model and view tests.
import type {
  ClaimDetails,
  CompiledGraph,
  CompiledSource,
  EdgeAttributes,
  Evidence,
  NodeAttributes,
} from '../schema/compiledGraph';
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

export interface RelationSpec extends DateSpec {
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
    text: 'x'.repeat(20),
    mentions: [],
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
): CompiledGraph['edges'][number] {
  const sources = extra.sources ?? [];
  return {
    key,
    source,
    target,
    attributes: {
      predicate,
      label: predicateLabel(predicate),
      date: null,
      dateStart: null,
      dateEnd: null,
      dateBasis: null,
      note: null,
      evidence: sources.map(quote),
      sources,
      contradicts: [],
      supports: [],
      derived: false,
      ...extra,
    },
  };
}

function predicateLabel(id: string): string {
  return (
    [...PREDICATE_DEFINITIONS, ...CLAIM_PREDICATE_DEFINITIONS].find((p) => p.id === id)?.label ?? id
  );
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
  const edges: CompiledGraph['edges'] = relations.map((r) =>
    makeEdge(r.id, r.subject, r.object, r.predicate, {
      ...dateFields(r),
      sources: r.sources ?? [],
      evidence: (r.sources ?? []).map(quote),
      note: r.note ?? null,
      contradicts: claims.filter((c) => c.contradictedBy?.includes(r.id)).map((c) => c.id),
      supports: claims.filter((c) => c.supportedBy?.includes(r.id)).map((c) => c.id),
    }),
  );
  const claimIds = new Set(claims.map((c) => c.id));
  for (const c of claims) {
    const details: ClaimDetails = {
      statement: c.statement ?? `${c.id} statement`,
      claimant: c.claimant ?? null,
      venue: null,
      ...dateFields(c),
      evidence: (c.sources ?? []).map(quote),
      supportedBy: c.supportedBy ?? [],
      contradictedBy: c.contradictedBy ?? [],
      disputed: (c.contradictedBy ?? []).length > 0,
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
    const derived = { derived: true };
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
  return {
    attributes: {
      formatVersion: 1,
      title: 'Test graph',
      description: '',
      offsetUnit: 'utf16-code-units',
      sources: (spec.sources ?? []).map(makeSource),
      entityTypes: ENTITY_TYPE_DEFINITIONS.map((d) => ({ ...d })),
      predicates: usedPredicates.map((id) => ({ id, label: predicateLabel(id), description: '' })),
      formerIds: spec.formerIds ?? {},
    },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}

/**
 * A small news story. Dates are already expanded to days, as the compiler does:
 * 2020-08 → 2020-08-01..2020-08-31. Notable features: a parallel pair (tiktok/bytedance), an
 * open-ended interval, undated relations, an isolated entity, a disputed claim, a contradiction.
 */
export function buildNewsGraph(): CompiledGraph {
  return buildTestGraph({
    sources: ['s1', 's2', 's3'],
    formerIds: { 'tik-tok': 'tiktok' },
    entities: [
      {
        id: 'donald-trump',
        label: 'Donald Trump',
        type: 'person',
        aliases: ['Trump', 'the former President'],
      },
      {
        id: 'trump-eo',
        label: 'Trump executive order',
        type: 'government_action',
        aliases: ['EO 13942'],
      },
      { id: 'tiktok', label: 'TikTok', aliases: ['Tiktok'], formerIds: ['tiktok-inc'] },
      { id: 'bytedance', label: 'ByteDance' },
      { id: 'us-user-data', label: 'US user data', type: 'data_asset' },
      { id: 'china', label: 'China', type: 'place' },
      { id: 'singapore', label: 'Singapore', type: 'place' },
      { id: 'engineers', label: 'China-based engineers', type: 'group' },
      { id: 'buzzfeed', label: 'BuzzFeed News' },
      { id: 'joe-biden', label: 'Joe Biden', type: 'person' },
      { id: 'oracle', label: 'Oracle' },
    ],
    relations: [
      {
        id: 'trump-signed-eo',
        subject: 'donald-trump',
        predicate: 'signed',
        object: 'trump-eo',
        date: '2020-08',
        days: ['2020-08-01', '2020-08-31'],
        sources: ['s1'],
      },
      {
        id: 'eo-targets-tiktok',
        subject: 'trump-eo',
        predicate: 'targets',
        object: 'tiktok',
        date: '2020-08',
        days: ['2020-08-01', '2020-08-31'],
        sources: ['s1', 's2'],
      },
      {
        id: 'bytedance-owns-tiktok',
        subject: 'bytedance',
        predicate: 'owns',
        object: 'tiktok',
        sources: ['s1', 's2', 's3'],
      },
      {
        id: 'tiktok-part-of-bytedance',
        subject: 'tiktok',
        predicate: 'part_of',
        object: 'bytedance',
        sources: ['s2'],
      },
      {
        id: 'engineers-accessed-data',
        subject: 'engineers',
        predicate: 'accessed',
        object: 'us-user-data',
        date: '2021-09/2022-01',
        days: ['2021-09-01', '2022-01-31'],
        sources: ['s2'],
      },
      {
        id: 'engineers-employed-by-bytedance',
        subject: 'engineers',
        predicate: 'employed_by',
        object: 'bytedance',
        date: '2022',
        days: ['2022-01-01', '2022-12-31'],
        sources: ['s2'],
      },
      {
        id: 'engineers-based-in-china',
        subject: 'engineers',
        predicate: 'based_in',
        object: 'china',
        sources: ['s2', 's3'],
      },
      {
        id: 'buzzfeed-investigated-tiktok',
        subject: 'buzzfeed',
        predicate: 'investigated',
        object: 'tiktok',
        date: '2022-06-17',
        days: ['2022-06-17', '2022-06-17'],
        sources: ['s2'],
      },
      {
        id: 'biden-revoked-eo',
        subject: 'joe-biden',
        predicate: 'revoked',
        object: 'trump-eo',
        date: '2021-06-09',
        days: ['2021-06-09', '2021-06-09'],
        sources: ['s3'],
      },
      {
        id: 'data-stored-in-singapore',
        subject: 'us-user-data',
        predicate: 'stored_in',
        object: 'singapore',
        date: '2019-10/..',
        days: ['2019-10-01', null],
        sources: ['s1'],
      },
    ],
    claims: [
      {
        id: 'claim-data-in-us',
        label: 'US data is stored in the US',
        statement: 'TikTok stores all US user data in the United States.',
        claimant: 'tiktok',
        date: '2019-10',
        days: ['2019-10-01', '2019-10-31'],
        about: ['us-user-data'],
        sources: ['s1'],
        contradictedBy: ['engineers-accessed-data', 'claim-engineers-access'],
      },
      {
        id: 'claim-engineers-access',
        label: 'Engineers in China accessed US data',
        statement: 'Engineers in China repeatedly accessed nonpublic data about US users.',
        claimant: 'buzzfeed',
        date: '2022-06',
        days: ['2022-06-01', '2022-06-30'],
        about: ['us-user-data', 'engineers'],
        sources: ['s2'],
        supportedBy: ['engineers-accessed-data'],
      },
    ],
  });
}
