// decode → sanitize → encode. Both directions walk the key table in keys.ts; nothing here knows
// what an individual key means. Decoding never throws: a link is user input, and a bad part of
// it costs only that part.
import { DEFAULT_VIEW_STATE, type ViewState } from '../viewState/viewState';
import { FLAG_KEYS, URL_KEYS, VERSION_KEY, parseSwitch, type IdKind, type ParseEnv } from './keys';
import { MAX_QUERY_LENGTH, MAX_REPORTED_PROBLEMS, URL_FORMAT_VERSION } from './limits';
import { sanitizeViewState } from '../viewState/canonical';
import { decodeToken, quoteValue, shortenText } from './text';
import { STEP_KEY, STORY_KEY, encodeStoryPosition } from './storyKeys';
import type { StoryPosition } from '../store/types';
import {
  DEFAULT_FLAGS,
  type AppFlags,
  type DecodeContext,
  type DecodeNotice,
  type DecodeResult,
  type DropReason,
  type DroppedItem,
  type Rename,
} from './types';

export interface QueryPair {
  /** Decoded key name. */
  key: string;
  /** Value as written, still percent-encoded. */
  raw: string;
}

export interface SplitQuery {
  pairs: QueryPair[];
  /** Length of the query when it was cut to MAX_QUERY_LENGTH, else null. */
  truncatedFrom: number | null;
}

/** Splits a query (with or without `?`) into pairs, within MAX_QUERY_LENGTH. */
export function splitQuery(search: string): SplitQuery {
  let text = search.startsWith('?') ? search.slice(1) : search;
  let truncatedFrom: number | null = null;
  if (text.length > MAX_QUERY_LENGTH) {
    truncatedFrom = text.length;
    // Cut at a pair boundary so no value is read half-way.
    const cut = text.lastIndexOf('&', MAX_QUERY_LENGTH);
    text = cut < 0 ? '' : text.slice(0, cut);
  }
  const pairs: QueryPair[] = [];
  for (const segment of text.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const rawKey = eq < 0 ? segment : segment.slice(0, eq);
    pairs.push({ key: decodeToken(rawKey) ?? rawKey, raw: eq < 0 ? '' : segment.slice(eq + 1) });
  }
  return { pairs, truncatedFrom };
}

const KNOWN_KEYS: ReadonlySet<string> = new Set([
  VERSION_KEY,
  STORY_KEY,
  STEP_KEY,
  ...URL_KEYS.map((k) => k.name),
  ...FLAG_KEYS.map((f) => f.name),
]);
const MAX_IGNORED_KEYS_LISTED = 20;

/** First occurrence of each known key wins; later ones are reported, unknown keys collected. */
function collectValues(pairs: readonly QueryPair[], drop: (item: DroppedItem) => void) {
  const values = new Map<string, string>();
  const ignored = new Set<string>();
  for (const { key, raw } of pairs) {
    if (!KNOWN_KEYS.has(key)) {
      if (key !== '' && ignored.size < MAX_IGNORED_KEYS_LISTED) ignored.add(shortenText(key));
    } else if (values.has(key)) {
      drop({ key, value: quoteValue(raw), reason: 'duplicate-key' });
    } else {
      values.set(key, raw);
    }
  }
  return { values, ignored: [...ignored] };
}

function createResolver(ctx: DecodeContext, renames: Map<string, string>) {
  const sets: Partial<Record<IdKind, ReadonlySet<string>>> = {
    source: ctx.knownSources && new Set(ctx.knownSources),
    type: ctx.knownTypes && new Set(ctx.knownTypes),
    predicate: ctx.knownPredicates && new Set(ctx.knownPredicates),
  };
  return (kind: IdKind, id: string): string | null => {
    if (kind === 'entity') {
      if (!ctx.knownIds) return id;
      const current = ctx.knownIds(id);
      if (current !== null && current !== id) renames.set(id, current);
      return current;
    }
    const known = sets[kind];
    return !known || known.has(id) ? id : null;
  };
}

function readVersion(raw: string | undefined, drop: (item: DroppedItem) => void): number {
  if (raw === undefined) return URL_FORMAT_VERSION;
  const text = decodeToken(raw) ?? '';
  const version = /^\d+$/.test(text) ? Number(text) : 0;
  if (version >= 1) return version;
  drop({ key: VERSION_KEY, value: quoteValue(raw), reason: 'malformed' });
  return URL_FORMAT_VERSION;
}

function readFlags(values: ReadonlyMap<string, string>, drop: (item: DroppedItem) => void) {
  const flags: AppFlags = { ...DEFAULT_FLAGS };
  for (const { name, flag } of FLAG_KEYS) {
    const raw = values.get(name);
    if (raw === undefined) continue;
    const value = parseSwitch(raw);
    if (value === null) drop({ key: name, value: quoteValue(raw), reason: 'malformed' });
    else flags[flag] = value;
  }
  return flags;
}

// With the full list of sources known, "every source checked" has one spelling: absent.
function collapseAllSources(state: ViewState, ctx: DecodeContext): ViewState {
  const all = ctx.knownSources ? new Set(ctx.knownSources) : null;
  if (!all || all.size === 0 || state.sources === null) return state;
  return state.sources.length === all.size ? { ...state, sources: null } : state;
}

function describeNotices(
  version: number,
  ignored: string[],
  truncatedFrom: number | null,
  renames: Map<string, string>,
): DecodeNotice[] {
  const notices: DecodeNotice[] = [];
  if (version > URL_FORMAT_VERSION) {
    const message =
      'This link was made by a newer version; restored what this version understands.';
    notices.push({ type: 'newer-version', version, message });
  }
  if (truncatedFrom !== null) {
    const message = `This link is too long (${truncatedFrom} characters); only its first ${MAX_QUERY_LENGTH} were read.`;
    notices.push({ type: 'truncated', length: truncatedFrom, message });
  }
  if (ignored.length > 0) {
    const message = 'Parts of this link are not used by this version and were ignored.';
    notices.push({ type: 'ignored-keys', keys: ignored, message });
  }
  if (renames.size > 0) {
    const list: Rename[] = [...renames].map(([from, to]) => ({ from, to }));
    const message = 'Some items in this link have been renamed; the link still works.';
    notices.push({ type: 'renamed', renames: list, message });
  }
  return notices;
}

/** Reads a view from key/value pairs (a query's, or a story's view written with the same keys). */
function decodePairs({ pairs, truncatedFrom }: SplitQuery, ctx: DecodeContext): DecodeResult {
  const dropped: DroppedItem[] = [];
  let droppedTotal = 0;
  const drop = (item: DroppedItem) => {
    droppedTotal += 1;
    if (dropped.length < MAX_REPORTED_PROBLEMS) dropped.push(item);
  };
  const { values, ignored } = collectValues(pairs, drop);
  const version = readVersion(values.get(VERSION_KEY), drop);
  const flags = readFlags(values, drop);

  const renames = new Map<string, string>();
  const resolve = createResolver(ctx, renames);
  const draft: ViewState = { ...DEFAULT_VIEW_STATE };
  for (const key of URL_KEYS) {
    const raw = values.get(key.name);
    if (raw === undefined) continue;
    const env: ParseEnv = {
      drop: (value: string, reason: DropReason) => drop({ key: key.name, value, reason }),
      resolve,
      peek: (name) => values.get(name),
    };
    const reason = key.parseInto(draft, raw, env);
    if (reason !== null) drop({ key: key.name, value: quoteValue(raw), reason });
  }
  const state = collapseAllSources(sanitizeViewState(draft), ctx);
  const notices = describeNotices(version, ignored, truncatedFrom, renames);
  return { state, flags, version, dropped, droppedTotal, notices };
}

/**
 * Reads a view from a query string (with or without `?`). Never throws: unknown keys are
 * ignored, each bad value is dropped on its own, and everything is listed in the result.
 */
export function decodeViewState(search: string, ctx: DecodeContext = {}): DecodeResult {
  return decodeGuarded(() => splitQuery(String(search)), ctx);
}

/**
 * Decodes pairs; never throws. A link (or a story) is user input: whatever goes wrong costs
 * only the part it is in, and at worst shows the default view.
 */
export function decodeGuarded(read: () => SplitQuery, ctx: DecodeContext): DecodeResult {
  try {
    return decodePairs(read(), ctx);
  } catch {
    // Only reachable through a throwing ctx callback; a link must never break the app.
    return {
      state: { ...DEFAULT_VIEW_STATE },
      flags: { ...DEFAULT_FLAGS },
      version: URL_FORMAT_VERSION,
      dropped: [],
      droppedTotal: 0,
      notices: [
        { type: 'unreadable', message: 'This link could not be read; showing the default view.' },
      ],
    };
  }
}

/** Reads only the app flags, e.g. to keep `embed=1` when rewriting the URL. */
export function decodeFlags(search: string): AppFlags {
  const { values } = collectValues(splitQuery(search).pairs, () => {});
  return readFlags(values, () => {});
}

/**
 * The one canonical query (without `?`) for a view: table order, defaults left out; then the
 * story being followed, if any, and the flags.
 */
export function encodeViewState(
  state: ViewState,
  flags: Partial<AppFlags> = {},
  story: StoryPosition | null = null,
): string {
  const clean = sanitizeViewState(state);
  const parts: string[] = [];
  for (const key of URL_KEYS) {
    const text = key.formatFrom(clean);
    if (text !== null) parts.push(`${key.name}=${text}`);
  }
  if (parts.length > 0) parts.unshift(`${VERSION_KEY}=${URL_FORMAT_VERSION}`);
  if (story) parts.push(encodeStoryPosition(story));
  for (const { name, flag } of FLAG_KEYS) if (flags[flag] === true) parts.push(`${name}=1`);
  return parts.join('&');
}
