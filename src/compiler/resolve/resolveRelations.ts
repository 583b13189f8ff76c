// Relations → edges, checking references, predicate, date and evidence.
import type { EdgeEntry } from '../../schema/compiledGraph';
import { DEFAULT_RELATION_STATUS } from '../../schema/attribution';
import { plainProvenance } from '../../schema/edgeProvenance';
import { CLAIM_PREDICATES } from '../../schema/vocabulary';
import { didYouMean } from '../suggest';
import { RESERVED_PREDICATE_ADVICE } from './resolvePredicates';
import { anchorQuotes } from './anchorQuotes';
import {
  at,
  checkReference,
  readDate,
  sourcesOf,
  textOrNull,
  type ResolveContext,
} from './context';

export type CompiledEdge = EdgeEntry;

export function resolveRelations(ctx: ResolveContext): Map<string, CompiledEdge> {
  const edges = new Map<string, CompiledEdge>();
  const relationPredicates = [...ctx.predicates.keys()].filter(
    (p) => !(CLAIM_PREDICATES as readonly string[]).includes(p),
  );
  for (const { value: r, file, path } of ctx.ids.relations) {
    const subjectOk = checkReference(
      ctx,
      r.subject,
      at(file, path, 'subject'),
      ['entity', 'claim'],
      'subject',
    );
    const objectOk = checkReference(
      ctx,
      r.object,
      at(file, path, 'object'),
      ['entity', 'claim'],
      'object',
    );
    ctx.used.add(r.subject).add(r.object);
    if (subjectOk && objectOk && r.subject === r.object) {
      ctx.reporter.warning(
        at(file, path, 'object'),
        `relation "${r.id}" links "${r.subject}" to itself`,
      );
    }
    const definition = ctx.predicates.get(r.predicate);
    if ((CLAIM_PREDICATES as readonly string[]).includes(r.predicate)) {
      ctx.reporter.error(
        at(file, path, 'predicate'),
        `predicate "${r.predicate}" is generated from claims and cannot be used in a relation: ` +
          (RESERVED_PREDICATE_ADVICE[r.predicate] ?? 'use a claim'),
      );
    } else if (!definition) {
      ctx.reporter.error(
        at(file, path, 'predicate'),
        `unknown predicate "${r.predicate}"${didYouMean(r.predicate, relationPredicates)}; use one of the ` +
          'vocabulary in src/schema/vocabulary.ts or add it under predicates: in corpus.yaml',
      );
    }
    const range = readDate(ctx, r.date, at(file, path, 'date'));
    const perClaim =
      r.per_claim != null &&
      checkReference(ctx, r.per_claim, at(file, path, 'per_claim'), ['claim'], 'per_claim')
        ? r.per_claim
        : null;
    if (r.per_claim == null && r.evidence === undefined) {
      ctx.reporter.error(
        at(file, path, 'id'),
        `relation "${r.id}" has no evidence: add evidence: with at least one quote, or ` +
          'per_claim: the id of the claim it states',
      );
    }
    // A per_claim relation without evidence of its own takes its claim's (see resolveClaims).
    const evidence = anchorQuotes(ctx, r.evidence ?? [], file, [...path, 'evidence']);
    edges.set(r.id, {
      key: r.id,
      source: r.subject,
      target: r.object,
      attributes: {
        predicate: r.predicate,
        label: definition?.label ?? r.predicate,
        date: range?.date ?? null,
        dateStart: range?.dateStart ?? null,
        dateEnd: range?.dateEnd ?? null,
        dateBasis: textOrNull(r.date_basis),
        note: textOrNull(r.note),
        evidence,
        sources: sourcesOf(evidence),
        contradicts: [],
        supports: [],
        derived: false,
        // Attribution, origins and dates are filled in once claims are known (attributeItems).
        ...plainProvenance(evidence, DEFAULT_RELATION_STATUS),
        perClaim,
      },
    });
  }
  return edges;
}
