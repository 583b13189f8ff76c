// The matching normalisation (docs/data-format.md): whitespace runs → one space, typographic quotes
// → straight ones. Keeps a map back to the original UTF-16 offsets, so a match in the normalised
// text becomes a span of the text as stored.

export interface NormalizedText {
  text: string;
  /** For each normalised code unit i: original [starts[i], ends[i]). */
  starts: Uint32Array;
  ends: Uint32Array;
}

const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033']);
const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032']);

/** JavaScript's `\s`: ASCII whitespace plus no-break and other Unicode spaces. */
export function isWhitespace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function normalizeChar(ch: string): string {
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (SINGLE_QUOTES.has(ch)) return "'";
  return ch;
}

export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  // The normalised text is the original with a few spans replaced: it is built from slices of it
  // (most of the text, copied whole) and the replacements, not one character at a time.
  const parts: string[] = [];
  let copiedTo = 0;
  let j = 0;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    starts[j] = i;
    if (code > 32 && code < 0x7f) {
      // Printable ASCII, most of any text: kept as is.
      i += 1;
    } else if (isWhitespace(code)) {
      const run = i;
      while (i < n && isWhitespace(original.charCodeAt(i))) i += 1;
      if (code !== 32 || i - run > 1) {
        parts.push(original.slice(copiedTo, run), ' ');
        copiedTo = i;
      }
    } else {
      const replaced = normalizeCode(code);
      if (replaced !== code) {
        parts.push(original.slice(copiedTo, i), String.fromCharCode(replaced));
        copiedTo = i + 1;
      }
      i += 1;
    }
    ends[j] = i;
    j += 1;
  }
  parts.push(original.slice(copiedTo));
  return { text: parts.join(''), starts: starts.subarray(0, j), ends: ends.subarray(0, j) };
}

function normalizeCode(code: number): number {
  if (code < 0x2018 || code > 0x2033) return code;
  return normalizeChar(String.fromCharCode(code)).charCodeAt(0);
}

/** Anything normalisation would change: whitespace other than single spaces, typographic quotes. */
const NEEDS_NORMALIZING =
  /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u2018-\u201f\u2032\u2033]| {2}/;

/** A quote as matched: normalised, without leading or trailing whitespace. */
export function normalizeQuote(quote: string): string {
  // Most quotes are already normal; skip the offset bookkeeping for them.
  if (!NEEDS_NORMALIZING.test(quote)) return quote.trim();
  return normalizeText(quote).text.trim();
}

/** Normalised span [start, end) → original UTF-16 span. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  return [norm.starts[start] ?? 0, norm.ends[end - 1] ?? 0];
}
