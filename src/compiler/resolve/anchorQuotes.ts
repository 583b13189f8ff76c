// Evidence quotes → anchored evidence: each quote found in its source's text, marked when it lies
// within the source's headline, with its own attribution and origin checked.
import type { Evidence } from '../../schema/compiledGraph';
import { anchorQuote } from '../anchor/anchorQuote';
import { normalizeQuote } from '../anchor/normalizeText';
import { isWithin } from '../provenance/headlines';
import { checkQuoteMarks } from '../provenance/quoteMarks';
import { didYouMean } from '../suggest';
import type { PathSegment } from '../types';
import type { QuoteInput } from '../validate/inputSchema';
import { at, normalizedTextOf, type ResolveContext } from './context';

/** A quote as evidence or a mention: its own attribution and origin only in evidence. */
type QuoteLike = Pick<QuoteInput, 'source' | 'exact' | 'prefix' | 'suffix' | 'start' | 'end'> &
  Partial<Pick<QuoteInput, 'according_to' | 'origin'>>;

/**
 * Anchors a list of quotes; reports each failure at the field it is about. Each quote is marked
 * when it lies within its source's headline, and carries its own attribution and origin if any.
 */
export function anchorQuotes(
  ctx: ResolveContext,
  quotes: readonly QuoteLike[],
  file: string,
  listPath: readonly PathSegment[],
): Evidence[] {
  const evidence: Evidence[] = [];
  quotes.forEach((quote, i) => {
    const source = ctx.corpus.sources.get(quote.source);
    if (!source) {
      if (!ctx.corpus.sourceIdsSeen.has(quote.source)) {
        ctx.reporter.error(
          at(file, listPath, i, 'source'),
          `unknown source "${quote.source}"${didYouMean(quote.source, ctx.corpus.sources.keys())}; ` +
            'a source id is the name of a file sources/<id>.yaml',
        );
      }
      return;
    }
    const result = anchorQuote(quote, {
      file: source.textFile,
      text: source.text,
      normalized: normalizedTextOf(ctx, source),
    });
    if (!result.ok) {
      const elsewhere = result.notFound ? findInOtherSources(ctx, quote.exact, source.id) : '';
      ctx.reporter.error(at(file, listPath, i, result.field), result.message + elsewhere);
      return;
    }
    const headline = ctx.sourceFacts.get(source.id)?.headline ?? null;
    evidence.push({
      source: source.id,
      exact: quote.exact,
      ...(quote.prefix ? { prefix: quote.prefix } : {}),
      ...(quote.suffix ? { suffix: quote.suffix } : {}),
      start: result.start,
      end: result.end,
      ...(isWithin(headline, result.start, result.end) ? { headline: true as const } : {}),
      ...checkQuoteMarks(ctx, quote, source.id, at(file, listPath, i)),
    });
  });
  ctx.onQuotesAnchored?.(quotes.length);
  return evidence;
}

function findInOtherSources(ctx: ResolveContext, exact: string, except: string): string {
  const wanted = normalizeQuote(exact);
  for (const source of ctx.corpus.sources.values()) {
    if (source.id !== except && normalizedTextOf(ctx, source).text.includes(wanted)) {
      return ` (it is in ${source.textFile}: should source be "${source.id}"?)`;
    }
  }
  return '';
}
