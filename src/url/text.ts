// Percent-encoding of URL values and the rule for what counts as an id. Ids are written with
// everything outside RFC 3986's unreserved set escaped, so `,` and `*` stay free as separators.
import { MAX_ID_LENGTH, MAX_REPORTED_VALUE_LENGTH } from './limits';

/** Escapes all but `A-Z a-z 0-9 - . _ ~`. The text must be well-formed UTF-16. */
export function encodeToken(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Decodes one value as a form would (`+` is a space); null when the escapes are malformed. */
export function decodeToken(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

// Whitespace, control and format characters, and lone surrogates (which cannot be encoded).
const FORBIDDEN_IN_ID = /[\s\p{Cc}\p{Cf}\p{Cs}]/u;

export type IdProblem = 'malformed' | 'too-long';

/** Why a string is not a usable id, or null when it is one. */
export function checkId(id: unknown): IdProblem | null {
  if (typeof id !== 'string' || id.length === 0 || FORBIDDEN_IN_ID.test(id)) return 'malformed';
  // Cheap pre-check before encoding: each UTF-16 unit encodes to at least one character.
  if (id.length > MAX_ID_LENGTH || encodeToken(id).length > MAX_ID_LENGTH) return 'too-long';
  return null;
}

export function isValidId(id: unknown): id is string {
  return checkId(id) === null;
}

/** Text cut to a length fit to show back to a person. */
export function shortenText(text: string): string {
  return text.length > MAX_REPORTED_VALUE_LENGTH
    ? `${text.slice(0, MAX_REPORTED_VALUE_LENGTH)}…`
    : text;
}

/** A raw (encoded) bad value as it can be shown back: decoded when possible, and short. */
export function quoteValue(raw: string): string {
  return shortenText(decodeToken(raw) ?? raw);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
