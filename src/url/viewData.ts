// A view written as data, as a story's step will carry it (YAML or JSON): either a link, or a
// mapping from the URL's keys to their values as a link writes them (`{ focus: tiktok, hops: 2,
// hide: [oracle] }`). Both are read through the same key table, with the same drops, notices and
// canonical form as the address bar, so a step's view and a permalink are one thing.
import { decodeGuarded, splitQuery, type QueryPair, type SplitQuery } from './codec';
import type { DecodeContext, DecodeResult } from './types';

type Scalar = string | number | boolean;

const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** A value as the URL writes it: switches as 1 / 0, lists joined with commas. */
function writeValue(value: Scalar | readonly Scalar[]): string {
  const one = (item: Scalar) => (typeof item === 'boolean' ? (item ? '1' : '0') : String(item));
  return Array.isArray(value) ? value.map(one).join(',') : one(value as Scalar);
}

function readMapping(data: Readonly<Record<string, unknown>>): SplitQuery {
  const pairs: QueryPair[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined) continue;
    const usable = isScalar(value) || (Array.isArray(value) && value.every(isScalar));
    // Anything else (a nested mapping) cannot be a URL value: passed on so it is reported.
    pairs.push({ key, raw: usable ? writeValue(value) : '%' });
  }
  return { pairs, truncatedFrom: null };
}

/**
 * Reads a view from data: a link or query string (whatever precedes `?` and follows `#` is
 * ignored), or a mapping of URL keys. Never throws; anything else gives the default view and an
 * `unreadable` notice.
 * @public The story player reads its steps' views with it.
 */
export function decodeViewData(data: unknown, ctx: DecodeContext = {}): DecodeResult {
  return decodeGuarded(() => {
    if (typeof data === 'string') {
      const query = data.includes('?') ? data.slice(data.indexOf('?') + 1) : data;
      return splitQuery(query.split('#')[0] ?? '');
    }
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      return readMapping(data as Record<string, unknown>);
    }
    throw new TypeError('a view is a link or a mapping of its keys');
  }, ctx);
}
