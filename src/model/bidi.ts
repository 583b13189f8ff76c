// Text from a corpus or a link set inside the app's own words in a plain string (a notice, a
// status message), where no <bdi> element can isolate it.

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms). */
const RIGHT_TO_LEFT =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]|\p{Bidi_Control}/u;

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * The text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when it holds right-to-left
 * letters or bidi controls, so that neither an unclosed override (U+202E) nor a right-to-left run
 * can reorder the words around it; any other text unchanged, as ICU's BidiFormatter does.
 */
export function isolateBidi(text: string): string {
  return RIGHT_TO_LEFT.test(text) ? FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE : text;
}
