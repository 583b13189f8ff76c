// A source's headline: by default its text's first non-empty line (the title line), or the passage
// its metadata names, or none. Quotes that lie within it are headline quotes.

/** [start, end) of the text's first non-empty line, without its surrounding whitespace. */
export function firstLineSpan(text: string): [number, number] | null {
  const match = /\S[^\n\r]*/.exec(text);
  if (!match) return null;
  const line = match[0].replace(/\s+$/, '');
  return [match.index, match.index + line.length];
}

/** Whether [start, end) lies within the headline span. */
export function isWithin(
  span: readonly [number, number] | null,
  start: number,
  end: number,
): boolean {
  return span !== null && start >= span[0] && end <= span[1];
}
