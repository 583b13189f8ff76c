// EDTF (level 0 and 1) → the whole days a date covers, inclusive, as YYYY-MM-DD.
import edtf, { parse, type EdtfParseResult } from 'edtf';
import { convertEpochMsToDay, formatDay } from '../../calendar/days';
import { countDaysInMonth } from '../../calendar/periods';

export interface DateRange {
  /** As written. */
  date: string;
  /** First and last day covered; null for an open (`..`) or unknown (empty) interval end. */
  dateStart: string | null;
  dateEnd: string | null;
}

export type ParsedDate = { ok: true; range: DateRange } | { ok: false; message: string };

const EXAMPLES = "e.g. '2021', '2021-09', '2021-09-14', '2021-09/2022-01', '2021-09/..', '2022?'";

/** edtf.js builds a parser per call and is slow; corpora repeat the same few hundred dates. */
const cache = new Map<string, ParsedDate>();
const CACHE_LIMIT = 100_000;

export function parseEdtf(input: string): ParsedDate {
  let parsed = cache.get(input);
  if (parsed === undefined) {
    parsed = parseUncached(input);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(input, parsed);
  }
  return parsed;
}

function parseUncached(input: string): ParsedDate {
  const fail = (why: string): ParsedDate => ({
    ok: false,
    message: `invalid date "${input}": ${why}`,
  });
  if (input.trim() === '')
    return fail(`empty; leave the field out when there is no date (${EXAMPLES})`);
  if (/^\d{8}$/.test(input)) {
    return fail(
      `write it with dashes, ${input.slice(0, 4)}-${input.slice(4, 6)}-${input.slice(6)}`,
    );
  }
  if (/T\d/.test(input)) return fail('give a day, not a time of day: drop the part from T on');
  const parts = input.split('/');
  if (parts.length > 2) return fail(`an interval has one "/" (${EXAMPLES})`);
  if (parts.length === 2 && parts.every((p) => p === '' || p === '..')) {
    return fail('an interval needs at least one known end');
  }
  for (const part of parts) {
    const bad = checkCalendar(part);
    if (bad) return fail(bad);
  }
  return parseSimple(input, parts) ?? parseWithEdtfJs(input);
}

const SIMPLE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?[?~%]?$/;

/**
 * The common forms (YYYY, YYYY-MM, YYYY-MM-DD, optionally qualified, and intervals of them) without
 * edtf.js, which takes milliseconds per call. Anything else, and every error, goes to edtf.js;
 * a test checks both agree.
 */
function parseSimple(input: string, parts: string[]): ParsedDate | undefined {
  const bounds: ([string, string] | null)[] = [];
  for (const part of parts) {
    if (parts.length === 2 && (part === '' || part === '..')) {
      bounds.push(null);
      continue;
    }
    const m = SIMPLE.exec(part);
    if (!m) return undefined;
    const [, year = '', month, day] = m;
    const lastDay = String(countDaysInMonth(Number(year), Number(month ?? 12))).padStart(2, '0');
    bounds.push([
      `${year}-${month ?? '01'}-${day ?? '01'}`,
      `${year}-${month ?? '12'}-${day ?? lastDay}`,
    ]);
  }
  const [first, second] = bounds;
  // edtf.js requires an interval's end to begin strictly after its start.
  if (parts.length === 2 && first && second && second[0] <= first[0]) return undefined;
  const dateStart = first?.[0] ?? null;
  const dateEnd = (parts.length === 2 ? second?.[1] : first?.[1]) ?? null;
  return { ok: true, range: { date: input, dateStart, dateEnd } };
}

/** The general path through edtf.js, with its errors explained. */
export function parseWithEdtfJs(input: string): ParsedDate {
  const fail = (why: string): ParsedDate => ({
    ok: false,
    message: `invalid date "${input}": ${why}`,
  });
  const parts = input.split('/');
  let result: EdtfParseResult;
  try {
    result = parse(input, { level: 1 });
  } catch {
    return fail(explainSyntax(input, parts));
  }
  const endpoints =
    result.type === 'Interval'
      ? result.values.filter((v): v is EdtfParseResult => isParse(v))
      : [result];
  for (const endpoint of endpoints) {
    if (endpoint.type === 'Season') {
      return fail(
        'seasons (21–24) are not supported because hemispheres differ; write the months, e.g. 2021-03/2021-05',
      );
    }
    if (endpoint.values.some((v) => typeof v === 'number' && Math.abs(v) > 9999)) {
      return fail('years must be between -9999 and 9999');
    }
  }
  let value;
  try {
    value = edtf(input, { level: 1 });
  } catch {
    return fail(explainSyntax(input, parts));
  }
  return {
    ok: true,
    range: { date: input, dateStart: toDay(value.min), dateEnd: toDay(value.max) },
  };
}

function isParse(v: unknown): v is EdtfParseResult {
  return v !== null && typeof v === 'object';
}

/** Month and day ranges, checked by hand: edtf.js rolls 2021-02-29 over into March. */
function checkCalendar(part: string): string | undefined {
  const m = /^(-?\d{4})-(\d{2})(?:-(\d{2}))?[?~%]?$/.exec(part);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month === 0 || (month > 12 && month < 21) || month > 24) {
    return `month ${m[2]} does not exist (months are 01–12)`;
  }
  if (m[3] !== undefined && month <= 12) {
    const day = Number(m[3]);
    const last = countDaysInMonth(year, month);
    if (day < 1 || day > last)
      return `day ${m[3]} does not exist in ${m[1]}-${m[2]} (it has ${last} days)`;
  }
  return undefined;
}

function explainSyntax(input: string, parts: string[]): string {
  if (parts.length === 2 && parts.every((p) => p === '' || p === '..' || safeParse(p))) {
    const [a, b] = parts.map((p) => safeParse(p)?.min ?? null);
    if (typeof a === 'number' && typeof b === 'number') {
      if (b < a) return 'the interval ends before it starts: write the earlier date first';
      if (parts[0] === parts[1])
        return `start and end are the same: write the single date ${parts[0] ?? ''}`;
      return 'the end must begin after the start: write the single date, or a later end';
    }
  }
  try {
    parse(input);
    return 'uses EDTF level 2, which is not supported: use level 0 or 1 forms ' + `(${EXAMPLES})`;
  } catch {
    return `not an EDTF date (${EXAMPLES})`;
  }
}

function safeParse(part: string): { min: number | null } | undefined {
  try {
    return edtf(part, { level: 1 });
  } catch {
    return undefined;
  }
}

/** Epoch milliseconds → YYYY-MM-DD (year padded to 4 digits, '-' for BCE), or null. */
function toDay(ms: number | null): string | null {
  return ms === null || !Number.isFinite(ms) ? null : formatDay(convertEpochMsToDay(ms));
}
