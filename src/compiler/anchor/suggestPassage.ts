// "Did you mean": the passage of a text closest to a quote that was not found. Compares the quote
// with windows of its own length starting at word boundaries, within a fixed work budget so a long
// text or quote cannot stall the compiler.
import { distance } from 'fastest-levenshtein';

/** Rough cap on character comparisons per suggestion. */
const WORK_BUDGET = 40_000_000;
const WORD_START = /[\p{L}\p{N}"'(]/u;

export interface Passage {
  /** Span in the text searched (normalised). */
  start: number;
  end: number;
  distance: number;
}

export function suggestPassage(text: string, quote: string): Passage | undefined {
  const length = quote.length;
  if (length === 0 || text.length === 0) return undefined;
  const starts = wordStarts(text);
  // fastest-levenshtein is bit-parallel: about length²/32 steps per comparison.
  const costPerWindow = Math.max(1, Math.ceil((length * length) / 32));
  const maxWindows = Math.max(50, Math.floor(WORK_BUDGET / costPerWindow));
  const stride = Math.max(1, Math.ceil(starts.length / maxWindows));
  let best: Passage | undefined;
  const consider = (start: number): void => {
    const end = Math.min(text.length, start + length);
    const d = distance(quote, text.slice(start, end));
    if (best === undefined || d < best.distance) best = { start, end, distance: d };
  };
  for (let k = 0; k < starts.length; k += stride) consider(starts[k] ?? 0);
  if (stride > 1 && best !== undefined) {
    // Sampled: look at every word start near the best sample.
    const around = best.start;
    for (const s of starts) if (Math.abs(s - around) <= length && s !== around) consider(s);
  }
  if (best === undefined) return undefined;
  const found: Passage = refineEnd(text, quote, best);
  // A passage sharing less than about half its characters with the quote would not help.
  return found.distance <= Math.ceil(length * 0.5) ? found : undefined;
}

/** The window has the quote's length; let the passage end at whichever nearby word end fits best. */
function refineEnd(text: string, quote: string, passage: Passage): Passage {
  let best = passage;
  const slack = Math.max(3, Math.ceil(quote.length * 0.2));
  const from = Math.max(passage.start + 1, passage.end - slack);
  const to = Math.min(text.length, passage.end + slack);
  for (let end = from; end <= to; end += 1) {
    if (end < text.length && WORD_START.test(text[end] ?? '')) continue;
    const d = distance(quote, text.slice(passage.start, end));
    if (d < best.distance) best = { start: passage.start, end, distance: d };
  }
  return best;
}

function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let previousIsWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const isWord = WORD_START.test(text[i] ?? '');
    if (isWord && !previousIsWord) starts.push(i);
    previousIsWord = isWord;
  }
  if (starts.length === 0) starts.push(0);
  return starts;
}
