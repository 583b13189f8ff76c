// Percent-decoding of URL values, and how a bad value is quoted back. Encoding, and the rule for
// what counts as an id, belong to the view's ids (viewState/ids.ts).
import { MAX_REPORTED_VALUE_LENGTH } from './limits';

/** Decodes one value as a form would (`+` is a space); null when the escapes are malformed. */
export function decodeToken(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
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
