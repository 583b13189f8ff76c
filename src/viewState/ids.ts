// What counts as an id in a view, and the one order of id lists. An id's length is counted in its
// percent-encoded form, the form a link carries it in: everything outside RFC 3986's unreserved set
// is escaped, so `,` and `*` stay free as separators.
import { MAX_ID_LENGTH } from './limits';

/** Escapes all but `A-Z a-z 0-9 - . _ ~`. The text must be well-formed UTF-16. */
export function encodeToken(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
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

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
