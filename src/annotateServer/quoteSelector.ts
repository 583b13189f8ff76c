// A passage selected in the reader (offsets in the stored text) → the W3C TextQuoteSelector the
// corpus stores: `exact`, plus the shortest `prefix`/`suffix` that make it unique, only when the
// quote alone is found more than once. The compiler's own matcher checks every candidate, so the
// quote written is one the next compile anchors to the same span.
import { anchorQuote, type AnchorTarget } from '../compiler/anchor/anchorQuote';
import { normalizeText } from '../compiler/anchor/normalizeText';
import { AnnotationEditError } from './yamlEdits';

export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Whitespace runs read as one space (docs/data-format.md), so the YAML need not hold line breaks. */
const collapse = (text: string): string => text.replace(/\s+/g, ' ');

export function selectQuote(text: string, start: number, end: number, file: string): TextQuote {
  if (!(
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    0 <= start &&
    start < end &&
    end <= text.length
  )) {
    throw new AnnotationEditError(
      `the selection ${start}–${end} is not within ${file}: select the passage again`,
    );
  }
  // Whitespace at either end of a selection is not part of the quote (the compiler ignores it too).
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  if (start === end)
    throw new AnnotationEditError('the selection is only whitespace: select some words');
  const target: AnchorTarget = { file, text, normalized: normalizeText(text) };
  const exact = collapse(text.slice(start, end));
  const fits = (quote: TextQuote): boolean => {
    const result = anchorQuote(quote, target);
    return result.ok && result.start === start && result.end === end;
  };
  if (fits({ exact })) return { exact };
  const before = (length: number): string => collapse(text.slice(start - length, start)).trim();
  const after = (length: number): string => collapse(text.slice(end, end + length)).trim();
  // The space between the context and the quote is optional to the matcher: it is left out.
  const longest = Math.max(start, text.length - end);
  // Grow the context one character at a time, prefix alone first, then suffix, then both.
  for (let length = 1; length <= longest; length += 1) {
    const prefix = length <= start ? before(length) : undefined;
    const suffix = length <= text.length - end ? after(length) : undefined;
    const candidates: TextQuote[] = [];
    if (prefix?.trim()) candidates.push({ exact, prefix });
    if (suffix?.trim()) candidates.push({ exact, suffix });
    if (prefix?.trim() && suffix?.trim()) candidates.push({ exact, prefix, suffix });
    const found = candidates.find(fits);
    if (found) return found;
  }
  const both = { exact, prefix: before(start), suffix: after(text.length - end) };
  if (fits(both)) return both;
  throw new AnnotationEditError(
    `the passage cannot be told apart from its other occurrences in ${file}`,
  );
}
