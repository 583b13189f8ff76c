// A quote's own attribution (`according_to`) and origin (`origin`), checked and compiled.
import { SELF_ORIGIN } from '../../schema/attribution';
import type { Evidence } from '../../schema/compiledGraph';
import { checkReference, type ResolveContext } from '../resolve/context';
import { didYouMean } from '../suggest';
import type { Location } from '../types';
import type { QuoteInput } from '../validate/inputSchema';

/** `according_to` as a list of the entity ids that exist; reports the rest at `where`. */
export function checkEntityList(
  ctx: ResolveContext,
  value: string | readonly string[] | null | undefined,
  where: Location,
): string[] {
  if (value === null || value === undefined) return [];
  const single = typeof value === 'string';
  const ids = single ? [value] : value;
  const kept: string[] = [];
  ids.forEach((id, i) => {
    const place = single ? where : { ...where, path: [...where.path, i] };
    if (kept.includes(id)) {
      ctx.reporter.error(place, `"${id}" is listed twice in according_to: remove one`);
    } else if (checkReference(ctx, id, place, ['entity'], 'according_to')) {
      kept.push(id);
    }
    ctx.used.add(id);
  });
  return kept;
}

/** The quote's `accordingTo` and `origin` fields for its evidence (absent when not given). */
export function checkQuoteMarks(
  ctx: ResolveContext,
  quote: Partial<Pick<QuoteInput, 'according_to' | 'origin'>>,
  sourceId: string,
  where: Location,
): Pick<Evidence, 'accordingTo' | 'origin'> {
  const marks: Pick<Evidence, 'accordingTo' | 'origin'> = {};
  if (quote.according_to != null) {
    const list = checkEntityList(ctx, quote.according_to, {
      ...where,
      path: [...where.path, 'according_to'],
    });
    if (list.length > 0) marks.accordingTo = list;
  }
  const origin = quote.origin?.trim();
  if (origin) {
    const place = { ...where, path: [...where.path, 'origin'] };
    if (origin === SELF_ORIGIN || origin === sourceId) {
      marks.origin = sourceId;
    } else if (ctx.relays?.kindOf(origin) !== undefined) {
      marks.origin = origin;
    } else {
      const known = [
        SELF_ORIGIN,
        ...ctx.corpus.sourceIdsSeen,
        ...(ctx.relays?.origins ?? []).map((o) => o.id),
      ];
      ctx.reporter.error(
        place,
        `unknown origin "${origin}"${didYouMean(origin, known)}: write self (the source's own ` +
          'contribution), a source id or an origin listed under origins: in corpus.yaml',
      );
    }
  }
  return marks;
}
