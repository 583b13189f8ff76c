// The predicate vocabulary of this corpus: the built-in one plus what corpus.yaml adds.
import {
  CLAIM_PREDICATES,
  CLAIM_PREDICATE_DEFINITIONS,
  PREDICATE_DEFINITIONS,
  type PredicateDefinition,
} from '../../schema/vocabulary';
import type { Reporter } from '../diagnostics';
import type { LoadedCorpus } from '../loadCorpus';
import { RETIRED_PREDICATE_DEFINITIONS } from './retiredPredicates';

/** Every predicate an edge may carry, relation predicates first, in vocabulary order. */
export function resolvePredicates(
  corpus: LoadedCorpus,
  reporter: Reporter,
): Map<string, PredicateDefinition> {
  const predicates = new Map<string, PredicateDefinition>();
  for (const definition of PREDICATE_DEFINITIONS) predicates.set(definition.id, definition);
  const file = corpus.corpusFile ?? 'corpus.yaml';
  (corpus.corpus?.predicates ?? []).forEach((extra, i) => {
    const where = { file, path: ['predicates', i, 'id'] };
    if ((CLAIM_PREDICATES as readonly string[]).includes(extra.id)) {
      reporter.error(
        where,
        `predicate "${extra.id}" is reserved: the compiler generates it from claims`,
      );
    } else if (predicates.has(extra.id)) {
      const builtIn = PREDICATE_DEFINITIONS.some((d) => d.id === extra.id);
      reporter.error(
        where,
        builtIn
          ? `predicate "${extra.id}" is already built in: remove it from corpus.yaml`
          : `predicate "${extra.id}" is defined twice: remove one`,
      );
    } else {
      predicates.set(extra.id, {
        id: extra.id,
        label: extra.label,
        description: extra.description ?? '',
        ...(extra.readings ? { readings: extra.readings } : {}),
      });
    }
  });
  addRetiredPredicates(corpus, reporter, predicates);
  for (const definition of CLAIM_PREDICATE_DEFINITIONS) predicates.set(definition.id, definition);
  return predicates;
}

/** Formerly built-in predicates the relations use but corpus.yaml does not define: one warning each. */
function addRetiredPredicates(
  corpus: LoadedCorpus,
  reporter: Reporter,
  predicates: Map<string, PredicateDefinition>,
): void {
  for (const { value, file, path } of corpus.items.relations) {
    if (predicates.has(value.predicate)) continue;
    const retired = RETIRED_PREDICATE_DEFINITIONS.find((d) => d.id === value.predicate);
    if (!retired) continue;
    predicates.set(retired.id, retired);
    reporter.warning(
      { file, path: [...path, 'predicate'] },
      `predicate "${retired.id}" is no longer built in: define it in corpus.yaml under predicates: ` +
        `(- id: ${retired.id}, label: ${retired.label}, description: ...)`,
    );
  }
}

/** Why a relation may not use a claim predicate, and what to write instead. */
export const RESERVED_PREDICATE_ADVICE: Record<string, string> = {
  stated: 'write a claim with this subject as its claimant',
  about: "list the entity in a claim's about:",
  supports: "list the relation or claim in the supported claim's supported_by:",
  contradicts: "list the relation or claim in the contradicted claim's contradicted_by:",
};
