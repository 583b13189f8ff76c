// "Did you mean" for names: the closest candidate by edit distance, if it is close enough to help.
import { distance } from 'fastest-levenshtein';

export function findClosest(word: string, candidates: Iterable<string>): string | undefined {
  const maxDistance = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    // Case-insensitive, so "Person" suggests "person".
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= maxDistance ? best : undefined;
}

/** ` (did you mean "x"?)` or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const closest = findClosest(word, candidates);
  return closest === undefined ? '' : ` (did you mean "${closest}"?)`;
}
