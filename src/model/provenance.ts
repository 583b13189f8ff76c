// Provenance queries over the model, for the panels, the timeline, the paths and the exports: who a
// relation or claim is according to, from which independent origins, with which grade, how sure its
// date is, and where its sources differ. Made on demand for one item, from its compiled attributes.
import {
  CREDIBILITY_LABELS,
  RELIABILITY_LABELS,
  STATEMENT_STATUSES,
  STATUS_DEFINITIONS,
  quoteAccordingTo,
  type CredibilityGrade,
  type StatusDefinition,
} from '../schema/attribution';
import type { ClaimDetails, EdgeAttributes } from '../schema/compiledGraph';
import { quoteRoots } from '../schema/origins';
import type {
  Attribution,
  ClaimLinks,
  CredibilityInfo,
  DateCertainty,
  EntityRef,
  LinkedItem,
  OriginSummary,
  ReadingGroup,
  RootRef,
  SourceAttribution,
  SourceRef,
} from './provenanceTypes';
import type { GraphModel } from './types';

/** The fields a relation and a claim share, which attribution is read from. */
type Attributed = Pick<
  EdgeAttributes,
  | 'evidence'
  | 'status'
  | 'accordingTo'
  | 'credibility'
  | 'credibilityDerived'
  | 'date'
  | 'dateBasis'
  | 'dateEstimated'
  | 'dateRelativeTo'
  | 'origins'
  | 'corroboratingSources'
  | 'readings'
>;

/** A relation's (or a generated claim edge's) attribution, or undefined for an unknown id. */
export function edgeAttribution(model: GraphModel, edgeId: string): Attribution | undefined {
  const e = model.edges.index.get(edgeId);
  if (e === undefined) return undefined;
  const attributes = model.edges.attributesOf(e);
  return attributionOf(model, attributes, attributes.perClaim);
}

/** A claim's attribution, or undefined when `claimId` is not a claim. */
export function claimAttribution(model: GraphModel, claimId: string): Attribution | undefined {
  const claim = claimDetails(model, claimId);
  return claim ? attributionOf(model, claim, null) : undefined;
}

function claimDetails(model: GraphModel, id: string): ClaimDetails | undefined {
  const n = model.nodes.index.get(id);
  return n === undefined ? undefined : model.nodes.attributes[n]?.claim;
}

export function entityRef(model: GraphModel, id: string): EntityRef {
  const n = model.nodes.index.get(id);
  return { id, label: (n === undefined ? undefined : model.nodes.labels[n]) ?? id };
}

export function sourceRef(model: GraphModel, id: string): SourceRef {
  const source = model.sources.byId.get(id);
  return {
    id,
    title: source?.title ?? id,
    publisher: source?.publisher ?? null,
    reliability: source?.reliability ?? null,
    reliabilityLabel: source?.reliability ? RELIABILITY_LABELS[source.reliability] : null,
  };
}

/** A source or an external origin, named for people. */
export function describeRoot(model: GraphModel, id: string): RootRef {
  const origin = model.origins.get(id);
  if (origin) {
    return {
      id,
      kind: 'origin',
      title: origin.title,
      publisher: origin.publisher,
      entity: origin.entity === null ? null : entityRef(model, origin.entity),
    };
  }
  const source = model.sources.byId.get(id);
  const speaker = source?.authorEntity ?? source?.publisherEntity ?? null;
  return {
    id,
    kind: 'source',
    title: source?.title ?? id,
    publisher: source?.publisher ?? null,
    entity: speaker === null ? null : entityRef(model, speaker),
  };
}

/** What an id relays: a source's or an external origin's `relays`. */
function relaysOf(model: GraphModel): (id: string) => readonly string[] {
  return (id) => model.origins.get(id)?.relays ?? model.sources.byId.get(id)?.relays ?? [];
}

function statusOf(status: string): StatusDefinition {
  return (
    STATUS_DEFINITIONS.find((d) => d.id === status) ??
    STATUS_DEFINITIONS[0] ?? { id: 'reported', label: 'reported', description: '' }
  );
}

function attributionOf(
  model: GraphModel,
  item: Attributed,
  perClaimId: string | null,
): Attribution {
  const relays = relaysOf(model);
  const counted = new Set(item.corroboratingSources);
  const bySource = new Map<string, SourceAttribution>();
  const speakers = new Map<string, EntityRef>();
  for (const evidence of item.evidence) {
    const source = model.sources.byId.get(evidence.source);
    const accordingTo = quoteAccordingTo(evidence, item.accordingTo, source).map((id) =>
      entityRef(model, id),
    );
    for (const entity of accordingTo) if (!speakers.has(entity.id)) speakers.set(entity.id, entity);
    let entry = bySource.get(evidence.source);
    if (!entry) {
      entry = {
        source: sourceRef(model, evidence.source),
        accordingTo: [],
        headlineOnly: !counted.has(evidence.source),
        quotes: [],
      };
      bySource.set(evidence.source, entry);
    }
    for (const entity of accordingTo) {
      if (!entry.accordingTo.some((known) => known.id === entity.id))
        entry.accordingTo.push(entity);
    }
    entry.quotes.push({
      evidence,
      accordingTo,
      headline: evidence.headline === true,
      roots: quoteRoots(evidence, item.status, relays).map((id) => describeRoot(model, id)),
    });
  }
  const perClaim = perClaimId === null ? null : claimSummary(model, perClaimId);
  return {
    status: statusOf(item.status),
    restsOnStatements: STATEMENT_STATUSES.includes(item.status),
    accordingTo: item.accordingTo.map((id) => entityRef(model, id)),
    speakers: [...speakers.values()],
    perClaim,
    bySource: [...bySource.values()],
    sourceCount: bySource.size,
    corroboratingSources: item.corroboratingSources.length,
    origins: item.origins.map((g): OriginSummary => ({
      roots: g.roots.map((id) => describeRoot(model, id)),
      sources: g.sources.map((id) => sourceRef(model, id)),
    })),
    independentOrigins: item.origins.length,
    credibility: credibilityOf(item),
    date: dateCertainty(model, item),
    readings: groupReadings(model, item.readings),
  };
}

function claimSummary(model: GraphModel, id: string): Attribution['perClaim'] {
  const claim = claimDetails(model, id);
  return {
    id,
    label: entityRef(model, id).label,
    claimant: claim?.claimant ? entityRef(model, claim.claimant) : null,
  };
}

function credibilityOf(item: Attributed): CredibilityInfo {
  const grade = item.credibility ?? item.credibilityDerived;
  return {
    annotator: item.credibility,
    derived: item.credibilityDerived,
    grade,
    label: grade === null ? null : (CREDIBILITY_LABELS[grade as CredibilityGrade] ?? null),
  };
}

function dateCertainty(model: GraphModel, item: Attributed): DateCertainty {
  const source =
    item.dateRelativeTo === null ? undefined : model.sources.byId.get(item.dateRelativeTo);
  const relativeTo =
    item.dateRelativeTo === null
      ? null
      : {
          source: sourceRef(model, item.dateRelativeTo),
          published: source?.published ?? null,
          estimatedDate: source?.estimatedDate ?? null,
          estimatedDateBasis: source?.estimatedDateBasis ?? null,
        };
  let estimateInWords: string | null = null;
  if (item.dateEstimated && relativeTo) {
    estimateInWords =
      `Read against when “${relativeTo.source.title}” was written, which is itself estimated` +
      (relativeTo.estimatedDate ? ` (${relativeTo.estimatedDate})` : '') +
      (relativeTo.estimatedDateBasis ? `: ${relativeTo.estimatedDateBasis}` : '.');
  } else if (item.dateEstimated) {
    estimateInWords = `The date rests on an estimate${item.dateBasis ? `: ${item.dateBasis}` : '.'}`;
  }
  return { estimated: item.dateEstimated, relativeTo, basis: item.dateBasis, estimateInWords };
}

function groupReadings(model: GraphModel, readings: Attributed['readings']): ReadingGroup[] {
  const groups = new Map<string, ReadingGroup>();
  for (const reading of readings) {
    let group = groups.get(reading.detail);
    if (!group) groups.set(reading.detail, (group = { detail: reading.detail, readings: [] }));
    group.readings.push({
      source: sourceRef(model, reading.source),
      reads: reading.reads,
      quote: reading.quote,
    });
  }
  return [...groups.values()];
}

/**
 * How many independent origins support edge e when only some sources are shown: each group counts
 * when a corroborating source that carries it is shown. (Two groups joined only through a hidden
 * source stay joined: the count errs low, never high.)
 */
export function countShownOrigins(
  model: GraphModel,
  e: number,
  isShown: (sourceIndex: number) => boolean,
): number {
  const { corroboratingSources, independentOrigins } = model.edges;
  const from = corroboratingSources.start[e] ?? 0;
  const to = corroboratingSources.start[e + 1] ?? 0;
  const total = to - from;
  let shown = 0;
  for (let k = from; k < to; k++) if (isShown(corroboratingSources.list[k] ?? 0)) shown++;
  if (shown === total) return independentOrigins[e] ?? 0;
  // As many origins as sources: each source carries one of its own, so count the shown sources.
  if (independentOrigins[e] === total) return shown;
  const { origins } = model.edges.attributesOf(e);
  return origins.filter((g) =>
    g.sources.some((id) => {
      const s = model.sources.index.get(id);
      return s !== undefined && isShown(s);
    }),
  ).length;
}

/** The same for a claim, by its node index. */
export function countShownClaimOrigins(
  model: GraphModel,
  node: number,
  isShown: (sourceIndex: number) => boolean,
): number {
  const claim = model.nodes.attributes[node]?.claim;
  if (!claim) return 0;
  return claim.origins.filter((g) =>
    g.sources.some((id) => {
      const s = model.sources.index.get(id);
      return s !== undefined && isShown(s);
    }),
  ).length;
}

/**
 * What supports and what contradicts a claim, each named with who claims it and how, so a blog's
 * opinion never reads like a recorded insider's statement. Undefined when `claimId` is no claim.
 */
export function claimLinks(model: GraphModel, claimId: string): ClaimLinks | undefined {
  const claim = claimDetails(model, claimId);
  if (!claim) return undefined;
  const link = (id: string): LinkedItem[] => {
    const other = claimDetails(model, id);
    if (other) {
      const attribution = attributionOf(model, other, null);
      return [
        {
          id,
          kind: 'claim',
          label: entityRef(model, id).label,
          claimant: other.claimant === null ? null : entityRef(model, other.claimant),
          status: attribution.status,
          speakers: attribution.speakers,
          independentOrigins: attribution.independentOrigins,
        },
      ];
    }
    const e = model.edges.index.get(id);
    const attribution = edgeAttribution(model, id);
    if (e === undefined || !attribution) return [];
    const end = (n: number | undefined) => model.nodes.labels[n ?? -1] ?? '';
    const predicate = model.predicates.labels[model.edges.predicate[e] ?? -1] ?? '';
    return [
      {
        id,
        kind: 'relation',
        label: `${end(model.edges.source[e])} · ${predicate} · ${end(model.edges.target[e])}`,
        claimant: null,
        status: attribution.status,
        speakers: attribution.speakers,
        independentOrigins: attribution.independentOrigins,
      },
    ];
  };
  return {
    supportedBy: claim.supportedBy.flatMap(link),
    contradictedBy: claim.contradictedBy.flatMap(link),
  };
}
