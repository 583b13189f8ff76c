// Claims → claim nodes plus the edges generated from them (stated, about, supports, contradicts).
// Generated edge keys contain "~", which ids cannot, so they never collide with relation ids.
import type { ClaimDetails, CompiledGraph, Evidence } from '../../schema/compiledGraph';
import { DEFAULT_CLAIM_STATUS } from '../../schema/attribution';
import { plainProvenance } from '../../schema/edgeProvenance';
import { CLAIM_PREDICATE_DEFINITIONS } from '../../schema/vocabulary';
import type { Location } from '../types';
import type { ClaimInput } from '../validate/inputSchema';
import type { Item } from '../validate/validateFile';
import { anchorQuotes } from './anchorQuotes';
import {
  at,
  checkReference,
  readDate,
  sourcesOf,
  textOrNull,
  type ResolveContext,
} from './context';
import type { CompiledEdge } from './resolveRelations';

export type CompiledNode = CompiledGraph['nodes'][number];

export const GENERATED_KEY_SEPARATOR = '~';

export function generatedEdgeKey(from: string, predicate: string, to?: string): string {
  return [from, predicate, ...(to === undefined ? [] : [to])].join(GENERATED_KEY_SEPARATOR);
}

interface ResolvedClaim {
  item: Item<ClaimInput>;
  details: ClaimDetails;
}

export interface ResolvedClaims {
  nodes: CompiledNode[];
  edges: CompiledEdge[];
  /** Each claim's details (shared with its node), by id. */
  details: Map<string, ClaimDetails>;
  /** The claim whose attribution a generated edge carries: its own, or the supporting one's. */
  attributedTo: Map<CompiledEdge, string>;
}

export function resolveClaims(
  ctx: ResolveContext,
  relationEdges: Map<string, CompiledEdge>,
): ResolvedClaims {
  const resolved = new Map<string, ResolvedClaim>();
  const nodes: CompiledNode[] = [];
  const edges: CompiledEdge[] = [];
  const attributedTo = new Map<CompiledEdge, string>();
  for (const item of ctx.ids.claims) {
    const { value: c, file, path } = item;
    const claimant = c.claimant ?? null;
    if (claimant !== null) {
      checkReference(ctx, claimant, at(file, path, 'claimant'), ['entity'], 'claimant');
      ctx.used.add(claimant);
    }
    const about = checkIdList(
      ctx,
      c.about ?? [],
      c.id,
      file,
      [...path, 'about'],
      ['entity', 'claim'],
    );
    for (const id of about) ctx.used.add(id);
    const range = readDate(ctx, c.date, at(file, path, 'date'));
    const evidence = anchorQuotes(ctx, c.evidence, file, [...path, 'evidence']);
    const supportedBy = checkIdList(
      ctx,
      c.supported_by ?? [],
      c.id,
      file,
      [...path, 'supported_by'],
      ['relation', 'claim'],
    );
    const contradictedBy = checkIdList(
      ctx,
      c.contradicted_by ?? [],
      c.id,
      file,
      [...path, 'contradicted_by'],
      ['relation', 'claim'],
    );
    (c.contradicted_by ?? []).forEach((id, i) => {
      // Odd but representable (two edges with distinct keys), so a warning rather than an error.
      if ((c.supported_by ?? []).includes(id)) {
        ctx.reporter.warning(
          at(file, path, 'contradicted_by', i),
          `"${id}" is listed in both supported_by and contradicted_by: keep the one the evidence shows`,
        );
      }
    });
    const details: ClaimDetails = {
      statement: c.statement,
      claimant,
      venue: textOrNull(c.venue),
      note: textOrNull(c.note),
      date: range?.date ?? null,
      dateStart: range?.dateStart ?? null,
      dateEnd: range?.dateEnd ?? null,
      dateBasis: textOrNull(c.date_basis),
      evidence,
      supportedBy,
      contradictedBy,
      disputed: (c.contradicted_by ?? []).length > 0,
      ...plainProvenance(evidence, DEFAULT_CLAIM_STATUS),
    };
    resolved.set(c.id, { item, details });
    nodes.push({
      key: c.id,
      attributes: {
        label: c.label,
        type: 'claim',
        aliases: [],
        description: c.statement,
        externalIds: {},
        formerIds: [],
        sources: sourcesOf(evidence),
        x: 0,
        y: 0,
        claim: details,
      },
    });
    if (claimant !== null) {
      const stated = derivedEdge(
        generatedEdgeKey(c.id, 'stated'),
        claimant,
        c.id,
        'stated',
        evidence,
        details,
      );
      edges.push(stated);
      attributedTo.set(stated, c.id);
    }
    for (const id of about) {
      const edge = derivedEdge(generatedEdgeKey(c.id, 'about', id), c.id, id, 'about', evidence);
      edges.push(edge);
      attributedTo.set(edge, c.id);
    }
  }

  // A relation that states a claim and quotes nothing itself has the claim's evidence.
  for (const { value: r } of ctx.ids.relations) {
    const claim = r.per_claim == null ? undefined : resolved.get(r.per_claim);
    const relation = relationEdges.get(r.id);
    if (!claim || !relation || r.evidence !== undefined) continue;
    relation.attributes.evidence = [...claim.details.evidence];
    relation.attributes.sources = sourcesOf(relation.attributes.evidence);
  }

  // Second pass: links between claims need both claims' evidence.
  for (const { item, details } of resolved.values()) {
    const claimId = item.value.id;
    for (const [list, predicate] of [
      [details.supportedBy, 'supports'],
      [details.contradictedBy, 'contradicts'],
    ] as const) {
      for (const other of new Set(list)) {
        const relation = relationEdges.get(other);
        if (relation) {
          relation.attributes[predicate].push(claimId);
          relation.attributes[predicate].sort();
          continue;
        }
        const otherClaim = resolved.get(other);
        if (!otherClaim || other === claimId) continue;
        const evidence = mergeEvidence(otherClaim.details.evidence, details.evidence);
        const edge = derivedEdge(
          generatedEdgeKey(other, predicate, claimId),
          other,
          claimId,
          predicate,
          evidence,
        );
        edges.push(edge);
        attributedTo.set(edge, other);
      }
    }
  }
  const details = new Map([...resolved].map(([id, claim]) => [id, claim.details]));
  return { nodes, edges, details, attributedTo };
}

/** Checks a list of ids: each must exist, not be the claim itself, and appear once. */
function checkIdList(
  ctx: ResolveContext,
  ids: readonly string[],
  self: string,
  file: string,
  listPath: (string | number)[],
  allowed: ('entity' | 'claim' | 'relation')[],
): string[] {
  const ok: string[] = [];
  const seen = new Set<string>();
  const field = String(listPath.at(-1));
  ids.forEach((id, i) => {
    const where: Location = at(file, listPath, i);
    if (id === self) {
      ctx.reporter.error(where, `a claim cannot list itself in ${field}`);
    } else if (seen.has(id)) {
      ctx.reporter.error(where, `"${id}" is listed twice in ${field}: remove one`);
    } else if (checkReference(ctx, id, where, allowed, field)) {
      ok.push(id);
    }
    seen.add(id);
  });
  return ok;
}

function derivedEdge(
  key: string,
  source: string,
  target: string,
  predicate: 'stated' | 'about' | 'supports' | 'contradicts',
  evidence: Evidence[],
  dated?: ClaimDetails,
): CompiledEdge {
  return {
    key,
    source,
    target,
    attributes: {
      predicate,
      label: CLAIM_PREDICATE_DEFINITIONS.find((d) => d.id === predicate)?.label ?? predicate,
      date: dated?.date ?? null,
      dateStart: dated?.dateStart ?? null,
      dateEnd: dated?.dateEnd ?? null,
      dateBasis: dated?.dateBasis ?? null,
      note: null,
      evidence,
      sources: sourcesOf(evidence),
      contradicts: [],
      supports: [],
      derived: true,
      ...plainProvenance(evidence, DEFAULT_CLAIM_STATUS),
      perClaim: null,
    },
  };
}

function mergeEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((e) => {
    const key = `${e.source}:${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
