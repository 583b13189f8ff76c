// The attribution pass, once relations and claims are resolved: who each one is according to, in
// what voice, from which independent origins, with which grade and how sure its date is. Generated
// claim edges carry the attribution of the claim they come from.
import {
  DEFAULT_CLAIM_STATUS,
  DEFAULT_RELATION_STATUS,
  type Status,
} from '../../schema/attribution';
import type { EdgeAttributes, Evidence } from '../../schema/compiledGraph';
import {
  corroboratingSourcesOf,
  derivedCredibility,
  type EdgeProvenance,
} from '../../schema/edgeProvenance';
import { groupIndependentOrigins, quoteRoots, type OriginGroup } from '../../schema/origins';
import { at, textOrNull, type ResolveContext } from '../resolve/context';
import type { ResolvedClaims } from '../resolve/resolveClaims';
import type { CompiledEdge } from '../resolve/resolveRelations';
import type { Location, PathSegment } from '../types';
import type { ClaimInput, RelationInput } from '../validate/inputSchema';
import { resolveDateEstimate } from './datedEstimates';
import { LegacyNotes } from './legacyNotes';
import { checkEntityList } from './quoteMarks';
import { resolveReadings } from './readings';

type Provenance = Omit<EdgeProvenance, 'perClaim'>;

export function attributeItems(
  ctx: ResolveContext,
  relationEdges: Map<string, CompiledEdge>,
  claims: ResolvedClaims,
): void {
  const legacy = new LegacyNotes(ctx.reporter);
  const ambiguous = new Set<string>();
  const claimInputs = new Map(ctx.ids.claims.map((item) => [item.value.id, item.value]));

  for (const { value: c, file, path } of ctx.ids.claims) {
    const details = claims.details.get(c.id);
    if (!details) continue;
    Object.assign(details, attribute(c, details.evidence, 'claim', file, path, null));
  }
  for (const { value: r, file, path } of ctx.ids.relations) {
    const edge = relationEdges.get(r.id)?.attributes;
    if (!edge) continue;
    const claimant =
      edge.perClaim === null ? null : (claimInputs.get(edge.perClaim)?.claimant ?? null);
    Object.assign(edge, attribute(r, edge.evidence, 'relation', file, path, claimant));
  }
  for (const edge of claims.edges) {
    const details = claims.details.get(claims.attributedTo.get(edge) ?? '');
    if (!details) continue;
    const a = edge.attributes;
    const origins = originsOf(ctx, a.evidence, details.status, null, ambiguous);
    Object.assign(a, {
      status: details.status,
      accordingTo: [...details.accordingTo],
      origins,
      corroboratingSources: corroboratingSourcesOf(a.evidence),
      credibilityDerived: derivedCredibility(origins),
      // Only the stated edge carries the claim's date, and so how sure it is.
      ...(a.date === null
        ? {}
        : { dateEstimated: details.dateEstimated, dateRelativeTo: details.dateRelativeTo }),
    } satisfies Partial<EdgeAttributes>);
  }
  legacy.report();

  function attribute(
    item: RelationInput | ClaimInput,
    evidence: Evidence[],
    kind: 'relation' | 'claim',
    file: string,
    path: PathSegment[],
    perClaimant: string | null,
  ): Provenance {
    const where = (...more: PathSegment[]): Location => at(file, path, ...more);
    const explicit = checkEntityList(ctx, item.according_to, where('according_to'));
    const accordingTo = explicit.length > 0 ? explicit : perClaimant ? [perClaimant] : [];
    const perClaim = kind === 'relation' && (item as RelationInput).per_claim != null;
    const status =
      item.status ??
      (kind === 'claim' || perClaim ? DEFAULT_CLAIM_STATUS : DEFAULT_RELATION_STATUS);
    // A per_claim relation says whose it is: its default status is no leftover of an old corpus.
    if (item.status == null && !perClaim) legacy.noStatus(where('id'), kind);
    if (status === 'inference' && textOrNull(item.note) === null) {
      ctx.reporter.error(
        where('status'),
        `status inference needs a note: say what in the text this reading rests on`,
      );
    }
    const everyQuoteSays = evidence.length > 0 && evidence.every((quote) => quote.accordingTo);
    if (kind === 'relation' && status === 'attributed' && accordingTo.length === 0) {
      if (!everyQuoteSays) {
        ctx.reporter.error(
          where('status'),
          'status attributed needs to say by whom: according_to: <entity id>, or per_claim: the ' +
            "claim it states, or according_to on each quote; use reported for the source's own voice",
        );
      }
    }
    const origins = originsOf(ctx, evidence, status, where('evidence'), ambiguous);
    const credibility = item.credibility ?? null;
    checkCredibility(credibility, origins, where('credibility'), kind);
    return {
      status,
      accordingTo,
      credibility,
      credibilityDerived: derivedCredibility(origins),
      ...resolveDateEstimate(ctx, item, evidence, { file, path, kind }, legacy),
      origins,
      corroboratingSources: corroboratingSourcesOf(evidence),
      readings: resolveReadings(ctx, item.readings, file, path),
    };
  }

  function checkCredibility(
    grade: number | null,
    origins: readonly OriginGroup[],
    where: Location,
    kind: string,
  ): void {
    const named = origins.map((g) => g.roots.join(' + ')).join(', ');
    if (grade === 1 && origins.length < 2) {
      ctx.reporter.warning(
        where,
        `credibility 1 means confirmed by independent origins, but ${
          origins.length === 0
            ? 'no corroborating source supports'
            : `only one independent origin (${named}) supports`
        } this ${kind}: grade it 2–6, or add evidence from another origin`,
      );
    } else if (grade === 6 && origins.length >= 2) {
      ctx.reporter.warning(
        where,
        `credibility 6 says its truth cannot be judged, but ${origins.length} independent origins ` +
          `(${named}) support this ${kind}: remove the grade (it is then 1), or say in the note why`,
      );
    }
  }
}

/**
 * The independent origins of some evidence: each corroborating source stands for the roots of
 * what its quotes relay (or for itself, in its own voice), and sources sharing a root are one.
 */
function originsOf(
  ctx: ResolveContext,
  evidence: readonly Evidence[],
  status: Status,
  where: Location | null,
  ambiguous: Set<string>,
): OriginGroup[] {
  const corroborating = new Set(corroboratingSourcesOf(evidence));
  const relaysOf = (id: string): readonly string[] => ctx.relays?.relaysOf(id) ?? [];
  const rootsBySource = new Map<string, Set<string>>();
  for (const quote of evidence) {
    if (!corroborating.has(quote.source)) continue;
    const roots = quoteRoots(quote, status, relaysOf);
    const key = `${where?.file ?? ''}\u0000${quote.source}`;
    if (!quote.origin && roots.length > 1 && where && !ambiguous.has(key)) {
      ambiguous.add(key);
      ctx.reporter.warning(
        where,
        `"${quote.source}" relays several reports (${roots.join(', ')}) and its quote does not ` +
          'say which this comes from: add origin: to the quote so independent origins are ' +
          'counted exactly (until then they count as one)',
      );
    }
    let set = rootsBySource.get(quote.source);
    if (!set) rootsBySource.set(quote.source, (set = new Set()));
    for (const root of roots) set.add(root);
  }
  return groupIndependentOrigins(
    [...rootsBySource].map(([source, roots]) => ({ source, roots: [...roots] })),
  );
}
