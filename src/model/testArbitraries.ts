// fast-check generators of small compiled graphs for property tests.
import fc from 'fast-check';
import type { CompiledGraph } from '../schema/compiledGraph';
import { STATUSES } from '../schema/attribution';
import { formatDay } from '../calendar/days';
import {
  buildTestGraph,
  type ClaimSpec,
  type ProvenanceSpec,
  type RelationSpec,
} from './testGraph';

export const ARBITRARY_SOURCES = ['s1', 's2', 's3', 's4'];
export const ARBITRARY_PREDICATES = ['owns', 'signed', 'targets', 'related_to'];
const TYPES = ['organization', 'person', 'place', 'event'] as const;
/** 2020-01-01 .. 2022-12-31 as day numbers. */
export const ARBITRARY_DAY_MIN = 18262;
export const ARBITRARY_DAY_MAX = 19357;

const dayArb = fc.integer({ min: ARBITRARY_DAY_MIN, max: ARBITRARY_DAY_MAX });

/** Undated, or [start, end] with either end possibly open. */
export const daysArb: fc.Arbitrary<[string | null, string | null] | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .tuple(dayArb, fc.nat({ max: 400 }), fc.boolean(), fc.boolean())
    .map(([start, span, openStart, openEnd]): [string | null, string | null] => [
      openStart && !openEnd ? null : formatDay(start),
      openEnd && !openStart ? null : formatDay(start + span),
    ]),
);

const sourcesArb = fc.subarray(ARBITRARY_SOURCES, { minLength: 1 });
export const ARBITRARY_ORIGINS = ['o1', 'o2'];

/** Provenance for a relation with `count` quotes, each field sometimes left to its default. */
const provenanceArb = (count: number, node: fc.Arbitrary<number>) =>
  fc.record(
    {
      status: fc.constantFrom(...STATUSES),
      accordingTo: fc.uniqueArray(node, { minLength: 1, maxLength: 2 }),
      headlines: fc.array(fc.boolean(), { minLength: count, maxLength: count }),
      quoteAccordingTo: fc.array(fc.option(fc.uniqueArray(node, { minLength: 1, maxLength: 2 })), {
        minLength: count,
        maxLength: count,
      }),
      credibility: fc.integer({ min: 1, max: 6 }),
      dateEstimated: fc.boolean(),
      dateRelativeTo: fc.constantFrom(...ARBITRARY_SOURCES),
      relayedOrigin: fc.constantFrom(...ARBITRARY_ORIGINS),
      readings: fc.array(
        fc.record({
          detail: fc.constantFrom('who', 'when'),
          source: fc.constantFrom(...ARBITRARY_SOURCES),
          reads: fc.string({ maxLength: 8 }),
          quote: fc.option(
            fc.record({ exact: fc.string({ maxLength: 8 }), start: fc.nat(9), end: fc.nat(9) }),
          ),
        }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: [] },
  );

type ArbitraryProvenance = Omit<ProvenanceSpec, 'accordingTo' | 'quoteAccordingTo'> & {
  accordingTo?: number[];
  quoteAccordingTo?: (number[] | null)[];
};

/** The generated provenance with node numbers turned into entity ids. */
function withEntityIds(p: ArbitraryProvenance, entityId: (i: number) => string): ProvenanceSpec {
  const { accordingTo, quoteAccordingTo, ...rest } = p;
  return {
    ...rest,
    ...(accordingTo ? { accordingTo: accordingTo.map(entityId) } : {}),
    ...(quoteAccordingTo
      ? { quoteAccordingTo: quoteAccordingTo.map((ids) => (ids ? ids.map(entityId) : undefined)) }
      : {}),
  };
}

export const compiledGraphArb: fc.Arbitrary<CompiledGraph> = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => {
    const node = fc.nat({ max: n - 1 });
    const relation = fc
      .record({
        subject: node,
        object: node,
        predicate: fc.constantFrom(...ARBITRARY_PREDICATES),
        days: daysArb,
        sources: sourcesArb,
      })
      .chain((r) =>
        provenanceArb(r.sources.length, node).map((provenance) => ({ ...r, provenance })),
      );
    const claim = fc.record({
      claimant: node,
      about: fc.uniqueArray(node, { maxLength: 2 }),
      days: daysArb,
      sources: fc.subarray(ARBITRARY_SOURCES),
      contradicts: fc.boolean(),
    });
    return fc.record({
      types: fc.array(fc.constantFrom(...TYPES), { minLength: n, maxLength: n }),
      relations: fc.array(relation, { maxLength: 30 }),
      claims: fc.array(claim, { maxLength: 4 }),
    });
  })
  .map(({ types, relations, claims }) => {
    const entityId = (i: number): string => `n${i}`;
    const relationSpecs: RelationSpec[] = relations.map((r, i) => ({
      id: `r${i}`,
      subject: entityId(r.subject),
      object: entityId(r.object),
      predicate: r.predicate,
      ...(r.days ? { days: r.days } : {}),
      sources: r.sources,
      ...withEntityIds(r.provenance, entityId),
    }));
    const claimSpecs: ClaimSpec[] = claims.map((c, i) => ({
      id: `c${i}`,
      claimant: entityId(c.claimant),
      about: c.about.map(entityId),
      ...(c.days ? { days: c.days } : {}),
      sources: c.sources,
      // Each claim may contradict the previous one, giving claim → claim edges.
      contradictedBy: c.contradicts && i > 0 ? [`c${i - 1}`] : [],
    }));
    return buildTestGraph({
      sources: ARBITRARY_SOURCES,
      origins: ARBITRARY_ORIGINS,
      entities: types.map((type, i) => ({ id: entityId(i), label: `Entity ${i % 5}`, type })),
      relations: relationSpecs,
      claims: claimSpecs,
    });
  });
