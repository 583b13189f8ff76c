// Readings: how each source puts a detail the sources differ on.
import type { Reading } from '../../schema/compiledGraph';
import { anchorQuote } from '../anchor/anchorQuote';
import { at, normalizedTextOf, type ResolveContext } from '../resolve/context';
import { didYouMean } from '../suggest';
import type { PathSegment } from '../types';
import type { ReadingInput } from '../validate/inputSchema';

export function resolveReadings(
  ctx: ResolveContext,
  readings: readonly ReadingInput[] | null | undefined,
  file: string,
  path: readonly PathSegment[],
): Reading[] {
  const compiled: Reading[] = [];
  const sourcesByDetail = new Map<string, { sources: string[]; first: number }>();
  (readings ?? []).forEach((reading, i) => {
    const where = (...more: PathSegment[]) => at(file, path, 'readings', i, ...more);
    const source = ctx.corpus.sources.get(reading.source);
    if (!source) {
      if (!ctx.corpus.sourceIdsSeen.has(reading.source)) {
        ctx.reporter.error(
          where('source'),
          `unknown source "${reading.source}"${didYouMean(reading.source, ctx.corpus.sources.keys())}; ` +
            'a source id is the name of a file sources/<id>.yaml',
        );
      }
      return;
    }
    let quote: Reading['quote'] = null;
    if (reading.exact !== undefined) {
      const result = anchorQuote(
        { ...reading, exact: reading.exact },
        {
          file: source.textFile,
          text: source.text,
          normalized: normalizedTextOf(ctx, source),
        },
      );
      if (!result.ok) {
        ctx.reporter.error(where(result.field), result.message);
        return;
      }
      quote = { exact: reading.exact, start: result.start, end: result.end };
    }
    const detail = reading.detail.trim();
    const seen = sourcesByDetail.get(detail) ?? { sources: [], first: i };
    if (seen.sources.includes(source.id)) {
      ctx.reporter.warning(
        where('source'),
        `"${source.id}" is read twice on "${detail}": keep one reading per source and detail`,
      );
    }
    seen.sources.push(source.id);
    sourcesByDetail.set(detail, seen);
    compiled.push({ detail, source: source.id, reads: reading.reads, quote });
  });
  for (const [detail, { sources, first }] of sourcesByDetail) {
    if (new Set(sources).size < 2) {
      ctx.reporter.warning(
        at(file, path, 'readings', first, 'detail'),
        `only one source is read on "${detail}": sources differ only with two readings; add how ` +
          'another source puts it, or remove the reading',
      );
    }
  }
  return compiled;
}
