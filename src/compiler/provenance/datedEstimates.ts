// Dates read relative to when a source was written: estimated when that writing date is, and
// circular when the estimate rests on the very passage the date is resolved from.
import type { Evidence } from '../../schema/compiledGraph';
import { at, textOrNull, type ResolveContext } from '../resolve/context';
import { didYouMean } from '../suggest';
import type { PathSegment } from '../types';
import type { LegacyNotes } from './legacyNotes';

export interface DatedItem {
  date?: string | number | null | undefined;
  date_basis?: string | null | undefined;
  date_relative_to?: string | null | undefined;
}

const MENTIONS_ESTIMATE = /\bestimat/i;

export function resolveDateEstimate(
  ctx: ResolveContext,
  item: DatedItem,
  evidence: readonly Evidence[],
  where: { file: string; path: readonly PathSegment[]; kind: 'relation' | 'claim' },
  legacy: LegacyNotes,
): { dateEstimated: boolean; dateRelativeTo: string | null } {
  const { file, path, kind } = where;
  const dated = item.date !== null && item.date !== undefined;
  const relativeTo = textOrNull(item.date_relative_to);
  if (relativeTo === null) {
    const basis = textOrNull(item.date_basis);
    if (dated && basis !== null && MENTIONS_ESTIMATE.test(basis)) {
      legacy.estimatedBasis(at(file, path, 'date_basis'), kind);
      return { dateEstimated: true, dateRelativeTo: null };
    }
    return { dateEstimated: false, dateRelativeTo: null };
  }
  const place = at(file, path, 'date_relative_to');
  const facts = ctx.sourceFacts.get(relativeTo);
  if (!facts) {
    if (!ctx.corpus.sourceIdsSeen.has(relativeTo)) {
      ctx.reporter.error(
        place,
        `unknown source "${relativeTo}" in date_relative_to${didYouMean(relativeTo, ctx.corpus.sources.keys())}; ` +
          'name the source whose writing date the date was read against',
      );
    }
    return { dateEstimated: false, dateRelativeTo: null };
  }
  if (!dated) {
    ctx.reporter.warning(place, 'date_relative_to without a date: add the date, or remove it');
  }
  if (facts.dated === 'undated') {
    ctx.reporter.error(
      place,
      `"${relativeTo}" has neither published nor estimated_date, so nothing to read a date ` +
        'against: give the source one, or date this from the text itself',
    );
    return { dateEstimated: false, dateRelativeTo: relativeTo };
  }
  const quoted = evidence.filter((quote) => quote.source === relativeTo);
  if (quoted.length === 0 && evidence.length > 0) {
    ctx.reporter.warning(
      place,
      `date_relative_to names "${relativeTo}", which gives no evidence for this ${kind}: name the ` +
        'source the date was read from',
    );
  }
  const circular = facts.estimateEvidence.find((passage) =>
    quoted.some((quote) => quote.start < passage.end && passage.start < quote.end),
  );
  if (circular) {
    ctx.reporter.warning(
      place,
      `circular date: the estimated date of "${facts.title}" rests on "${circular.exact}", the ` +
        'passage this date is resolved from; date it from another source, or leave it undated',
    );
  }
  return { dateEstimated: dated && facts.dated === 'estimated', dateRelativeTo: relativeTo };
}
