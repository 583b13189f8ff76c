// THE table of URL keys. One row per ViewState field (or pair of fields read together): its short
// name, how to parse and format its value, and its default, which is the formatted value of
// DEFAULT_VIEW_STATE and is never written. Encoding and decoding both walk this table, and the
// order of the rows is the order of keys in a canonical URL.
import {
  DEFAULT_VIEW_STATE,
  type ExpandedEntity,
  type Relayout,
  type ViewState,
  type Viewport,
} from '../viewState/viewState';
import { parsePeriod } from '../calendar/periods';
import { MAX_LIST_ITEMS, MAX_OFFSET } from '../viewState/limits';
import { checkId, encodeToken } from '../viewState/ids';
import { decodeToken, quoteValue } from './text';
import type { AppFlags, DropReason } from './types';

export type IdKind = 'entity' | 'source' | 'type' | 'predicate';

/** What a row's parser may ask of the decoder, bound to the row's key. */
export interface ParseEnv {
  /** Reports one item of a list value as dropped; the rest of the list is kept. */
  drop(value: string, reason: DropReason): void;
  /** The current id for a (possibly former) id, or null when the graph does not know it. */
  resolve(kind: IdKind, id: string): string | null;
  /** The raw value of another key, for the rare key whose meaning depends on a neighbour. */
  peek(name: string): string | undefined;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: DropReason };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: DropReason): Parsed<T> => ({ ok: false, reason });

interface ValueCodec<T> {
  /** `raw` is the value exactly as in the query, still percent-encoded. */
  parse(raw: string, env: ParseEnv): Parsed<T>;
  /** Canonical text (already percent-encoded), or null when the key is absent. */
  format(value: T): string | null;
}

/** A table row with its value type erased, as the codec walks it. */
export interface UrlKey {
  readonly name: string;
  /** The value's canonical text, or null when it is the default and so left out. */
  formatFrom(state: ViewState): string | null;
  /** Parses `raw` into `draft`; returns why it was dropped, or null when it was used. */
  parseInto(draft: ViewState, raw: string, env: ParseEnv): DropReason | null;
}

function defineKey<T>(
  name: string,
  read: (state: ViewState) => T,
  write: (draft: ViewState, value: T) => void,
  codec: ValueCodec<T>,
): UrlKey {
  const defaultText = codec.format(read(DEFAULT_VIEW_STATE));
  return {
    name,
    formatFrom(state) {
      const text = codec.format(read(state));
      return text === defaultText ? null : text;
    },
    parseInto(draft, raw, env) {
      const parsed = codec.parse(raw, env);
      if (!parsed.ok) return parsed.reason;
      write(draft, parsed.value);
      return null;
    },
  };
}

function field<F extends keyof ViewState>(
  name: string,
  key: F,
  codec: ValueCodec<ViewState[F]>,
): UrlKey {
  return defineKey(
    name,
    (state) => state[key],
    (draft, value) => {
      draft[key] = value;
    },
    codec,
  );
}

function parseIdItem(raw: string, kind: IdKind, env: ParseEnv): Parsed<string> {
  const id = decodeToken(raw);
  if (id === null) return fail('malformed');
  const problem = checkId(id);
  if (problem !== null) return fail(problem);
  const current = env.resolve(kind, id);
  return current === null ? fail('unknown-id') : ok(current);
}

/** Parses a comma list item by item: bad items are reported and skipped, empty ones ignored. */
function parseListItems<T>(
  raw: string,
  env: ParseEnv,
  parseItem: (item: string) => Parsed<T>,
  idOf: (value: T) => string,
): T[] {
  const items = raw.split(',');
  const kept = new Map<string, T>();
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i] ?? '';
    if (item === '') continue;
    if (kept.size >= MAX_LIST_ITEMS) {
      const rest = items.slice(i).filter((x) => x !== '').length;
      env.drop(`${rest} more`, 'too-many');
      break;
    }
    const parsed = parseItem(item);
    if (!parsed.ok) env.drop(quoteValue(item), parsed.reason);
    else if (!kept.has(idOf(parsed.value))) kept.set(idOf(parsed.value), parsed.value);
  }
  return [...kept.values()];
}

const formatIds = (ids: readonly string[]): string => ids.map(encodeToken).join(',');

const idCodec = (kind: IdKind): ValueCodec<string | null> => ({
  parse: (raw, env) => (raw === '' ? ok(null) : parseIdItem(raw, kind, env)),
  format: (id) => (id === null ? null : encodeToken(id)),
});

const idListCodec = (kind: IdKind): ValueCodec<string[]> => ({
  parse: (raw, env) =>
    ok(
      parseListItems(
        raw,
        env,
        (item) => parseIdItem(item, kind, env),
        (id) => id,
      ),
    ),
  format: formatIds,
});

// `src=` (empty) checks no source at all; a list whose every item is unusable means "all".
const sourcesCodec: ValueCodec<string[] | null> = {
  parse(raw, env) {
    if (raw === '') return ok([]);
    const ids = parseListItems(
      raw,
      env,
      (item) => parseIdItem(item, 'source', env),
      (id) => id,
    );
    return ok(ids.length === 0 ? null : ids);
  },
  format: (ids) => (ids === null ? null : formatIds(ids)),
};

const DIGITS = /^\d+$/;

/** Whole numbers only; range is the sanitizer's business (it clamps). */
const integerCodec: ValueCodec<number> = {
  parse(raw) {
    const text = decodeToken(raw);
    return text !== null && DIGITS.test(text) ? ok(Number(text)) : fail('malformed');
  },
  format: (n) => String(n),
};

// `id` or `id*pages`; the id is split off at the last literal `*` (an id's own `*` is `%2A`).
const expandedCodec: ValueCodec<ExpandedEntity[]> = {
  parse(raw, env) {
    const parseItem = (item: string): Parsed<ExpandedEntity> => {
      const star = item.lastIndexOf('*');
      const pagesText = star < 0 ? '1' : item.slice(star + 1);
      if (!DIGITS.test(pagesText)) return fail('malformed');
      const id = parseIdItem(star < 0 ? item : item.slice(0, star), 'entity', env);
      return id.ok ? ok({ id: id.value, pages: Number(pagesText) }) : id;
    };
    return ok(parseListItems(raw, env, parseItem, (e) => e.id));
  },
  format: (list) =>
    list
      .map((e) => (e.pages === 1 ? encodeToken(e.id) : `${encodeToken(e.id)}*${e.pages}`))
      .join(','),
};

/**
 * A date bound accepts YYYY, YYYY-MM or YYYY-MM-DD: `from` takes the period's first day, `to`
 * its last. When the two bounds are reversed they are swapped as written, so `from=2022&to=2021`
 * means all of 2021 and 2022 (swapping the expanded days would give 2021-12-31…2022-01-01).
 */
const dayCodec = (side: 'from' | 'to'): ValueCodec<string | null> => ({
  parse(raw, env) {
    const own = parsePeriod(decodeToken(raw) ?? '');
    if (own === null) return fail('malformed');
    const peerRaw = env.peek(side === 'from' ? 'to' : 'from');
    const peer = peerRaw === undefined ? null : parsePeriod(decodeToken(peerRaw) ?? '');
    const [from, to] = side === 'from' ? [own, peer] : [peer, own];
    const reversed = from !== null && to !== null && from.start > to.end;
    if (side === 'from') return ok(reversed && to ? to.start : own.start);
    return ok(reversed && from ? from.end : own.end);
  },
  format: (day) => day,
});

/** `1` or `0`, the spelling of every on/off key. */
export function parseSwitch(raw: string): boolean | null {
  const text = decodeToken(raw);
  return text === '1' ? true : text === '0' ? false : null;
}

const switchCodec: ValueCodec<boolean> = {
  parse(raw) {
    const value = parseSwitch(raw);
    return value === null ? fail('malformed') : ok(value);
  },
  format: (value) => (value ? '1' : '0'),
};

interface Span {
  start: number | null;
  end: number | null;
}

const SPAN = /^(\d+)(?:-(\d+))?$/;

// `start` or `start-end`, UTF-16 offsets into the reader's source text.
const spanCodec: ValueCodec<Span> = {
  parse(raw) {
    const match = SPAN.exec(decodeToken(raw) ?? '');
    if (!match) return fail('malformed');
    const start = Number(match[1]);
    const end = match[2] === undefined ? null : Number(match[2]);
    if (start > MAX_OFFSET || (end !== null && end > MAX_OFFSET)) return fail('malformed');
    return ok({ start, end });
  },
  format: ({ start, end }) =>
    start === null ? null : end === null ? `${start}` : `${start}-${end}`,
};

const ROUNDS = /^(\d+)\*/;

// `id,id,…`, or `rounds*id,id,…` past the first round. An id's own `*` is `%2A`, so a literal one
// can only end the count. Rounds are clamped by the sanitizer; a list of no usable id is no layout.
const layoutCodec: ValueCodec<Relayout | null> = {
  parse(raw, env) {
    const count = ROUNDS.exec(raw);
    const rounds = count ? Number(count[1]) : 1;
    const list = count ? raw.slice(count[0].length) : raw;
    const nodes = parseListItems(
      list,
      env,
      (item) => parseIdItem(item, 'entity', env),
      (id) => id,
    );
    if (nodes.length > 0) return ok({ nodes, rounds });
    // Every item dropped has been reported already; an empty list is malformed as a whole.
    return list.split(',').some((item) => item !== '') ? ok(null) : fail('malformed');
  },
  format: (layout) =>
    layout === null
      ? null
      : `${layout.rounds === 1 ? '' : `${layout.rounds}*`}${formatIds(layout.nodes)}`,
};

const NUMBER = '(-?\\d+(?:\\.\\d+)?)';
const VIEWPORT = new RegExp(`^${NUMBER},${NUMBER},${NUMBER}$`);

// `zoom,panX,panY`; clamping and rounding are the sanitizer's, so the format just prints.
const viewportCodec: ValueCodec<Viewport | null> = {
  parse(raw) {
    const match = VIEWPORT.exec(decodeToken(raw) ?? '');
    if (!match) return fail('malformed');
    const [zoom, panX, panY] = match.slice(1).map(Number) as [number, number, number];
    if (![zoom, panX, panY].every(Number.isFinite) || zoom <= 0) return fail('malformed');
    return ok({ zoom, panX, panY });
  },
  format: (vp) => (vp === null ? null : `${vp.zoom},${vp.panX},${vp.panY}`),
};

/** Canonical order of keys in a URL is the order of this table. */
export const URL_KEYS: readonly UrlKey[] = [
  field('sel', 'selected', idCodec('entity')),
  field('focus', 'focus', idCodec('entity')),
  field('hops', 'hops', integerCodec),
  field('exp', 'expanded', expandedCodec),
  field('hide', 'hidden', idListCodec('entity')),
  field('pin', 'pinned', idListCodec('entity')),
  field('pa', 'pathFrom', idCodec('entity')),
  field('pb', 'pathTo', idCodec('entity')),
  field('pclaims', 'pathThroughClaims', switchCodec),
  field('from', 'dateFrom', dayCodec('from')),
  field('to', 'dateTo', dayCodec('to')),
  field('undated', 'includeUndated', switchCodec),
  field('est', 'includeEstimated', switchCodec),
  field('src', 'sources', sourcesCodec),
  field('min', 'minSources', integerCodec),
  field('xt', 'hiddenEntityTypes', idListCodec('type')),
  field('xp', 'hiddenPredicates', idListCodec('predicate')),
  field('read', 'readerSource', idCodec('source')),
  defineKey(
    'at',
    (state) => ({ start: state.readerStart, end: state.readerEnd }),
    (draft, span) => {
      draft.readerStart = span.start;
      draft.readerEnd = span.end;
    },
    spanCodec,
  ),
  field('lay', 'layout', layoutCodec),
  field('vp', 'viewport', viewportCodec),
];

/** Written first whenever anything else is written. */
export const VERSION_KEY = 'v';

interface FlagKey {
  name: string;
  flag: keyof AppFlags;
}

/** App flags, written after the view keys as `name=1`. */
export const FLAG_KEYS: readonly FlagKey[] = [{ name: 'embed', flag: 'embed' }];
