// A quote (W3C TextQuoteSelector: exact, prefix, suffix) → its one span in a source text.
import { positionAt } from '../parse/decodeText';
import { normalizeQuote, toOriginalSpan, type NormalizedText } from './normalizeText';
import { suggestPassage } from './suggestPassage';
import { createOccurrenceFinder, type FindOccurrences } from './occurrences';

export interface QuoteSelector {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
  start?: number | undefined;
  end?: number | undefined;
}

export interface AnchorTarget {
  /** For messages, e.g. sources/s001.txt. */
  file: string;
  text: string;
  normalized: NormalizedText;
}

/** Which field of the quote a failure is about, so the error points at it. */
export type QuoteField = 'exact' | 'prefix' | 'suffix' | 'start' | 'end';

export type AnchorResult =
  | { ok: true; start: number; end: number }
  | { ok: false; field: QuoteField; message: string; notFound: boolean };

const MAX_LINES_LISTED = 5;

export function anchorQuote(quote: QuoteSelector, target: AnchorTarget): AnchorResult {
  const fail = (field: QuoteField, message: string, notFound = false): AnchorResult => ({
    ok: false,
    field,
    message,
    notFound,
  });
  const exact = normalizeQuote(quote.exact);
  if (exact === '') {
    return fail('exact', `quote is empty: copy the passage from ${target.file} into exact`);
  }
  const hint = checkHint(quote, target);
  if (hint && !hint.ok) return hint;
  if (hint?.ok) {
    const slice = normalizeQuote(target.text.slice(hint.start, hint.end));
    if (slice === exact) return hint;
  }

  const norm = target.normalized.text;
  const all = findAll(target, exact);
  const matches = all.filter((at) => fitsContext(norm, at, exact.length, quote));
  const lines = (list: number[]): string => {
    const shown = list.slice(0, MAX_LINES_LISTED).map((at) => lineOf(target, at));
    return shown.join(', ') + (list.length > MAX_LINES_LISTED ? ', …' : '');
  };
  if (hint?.ok) {
    const where =
      matches.length === 1
        ? ` (the quote is at ${spanOf(target, matches[0] ?? 0, exact.length).join('–')})`
        : '';
    return fail(
      'start',
      `start/end (${hint.start}–${hint.end}) do not cover the quote${where}: fix them or remove them`,
    );
  }
  if (matches.length === 1) {
    const [start, end] = spanOf(target, matches[0] ?? 0, exact.length);
    return { ok: true, start, end };
  }
  if (matches.length > 1) {
    return fail(
      'exact',
      `quote is ambiguous: found ${matches.length} times in ${target.file} (lines ${lines(matches)}); ` +
        'add a prefix or suffix (the words just before or after it) to pick one',
    );
  }
  if (all.length > 0) {
    const field = quote.prefix ? 'prefix' : 'suffix';
    return fail(
      field,
      `quote found ${all.length === 1 ? 'once' : `${all.length} times`} in ${target.file} (lines ${lines(all)}), ` +
        'but never with this prefix/suffix: copy them from the text next to the quote',
    );
  }
  return fail('exact', `quote not found in ${target.file}${describeClosest(target, exact)}`, true);
}

/** Explicit offsets: in range, both present. Returns undefined when none are given. */
function checkHint(quote: QuoteSelector, target: AnchorTarget): AnchorResult | undefined {
  const { start, end } = quote;
  if (start === undefined && end === undefined) return undefined;
  if (start === undefined || end === undefined) {
    return {
      ok: false,
      field: start === undefined ? 'end' : 'start',
      message: 'give both start and end, or neither',
      notFound: false,
    };
  }
  if (!(start < end && end <= target.text.length)) {
    return {
      ok: false,
      field: 'start',
      message:
        `offsets out of range: start ${start}, end ${end}, but ${target.file} has ${target.text.length} ` +
        'UTF-16 code units; start must be less than end and end at most the length (or remove them)',
      notFound: false,
    };
  }
  return { ok: true, start, end };
}

/** Prefix and suffix must touch the quote; whitespace at the joint is optional. */
function fitsContext(norm: string, at: number, length: number, quote: QuoteSelector): boolean {
  const prefix = quote.prefix === undefined ? '' : normalizeQuote(quote.prefix);
  const suffix = quote.suffix === undefined ? '' : normalizeQuote(quote.suffix);
  if (
    prefix &&
    !norm
      .slice(Math.max(0, at - prefix.length - 1), at)
      .trimEnd()
      .endsWith(prefix)
  ) {
    return false;
  }
  const after = at + length;
  return (
    !suffix ||
    norm
      .slice(after, after + suffix.length + 1)
      .trimStart()
      .startsWith(suffix)
  );
}

// One finder per normalised text, so a source quoted many times is indexed once.
const finders = new WeakMap<NormalizedText, FindOccurrences>();

function findAll(target: AnchorTarget, needle: string): number[] {
  let find = finders.get(target.normalized);
  if (!find) {
    find = createOccurrenceFinder(target.normalized.text);
    finders.set(target.normalized, find);
  }
  return find(needle);
}

function spanOf(target: AnchorTarget, at: number, length: number): [number, number] {
  return toOriginalSpan(target.normalized, at, at + length);
}

function lineOf(target: AnchorTarget, normalizedAt: number): number {
  return positionAt(target.text, target.normalized.starts[normalizedAt] ?? 0).line;
}

function describeClosest(target: AnchorTarget, exact: string): string {
  const passage = suggestPassage(target.normalized.text, exact);
  if (!passage) return '; nothing similar either: check the source id and copy the passage again';
  const shown = target.normalized.text.slice(passage.start, passage.end).trim();
  return (
    `; did you mean (line ${lineOf(target, passage.start)}): "${shown}"? ` +
    'Copy the quote from the text as it is, typos included'
  );
}
