import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOccurrenceFinder } from './occurrences';

function naive(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = 0; at + needle.length <= text.length; at++) {
    if (text.startsWith(needle, at)) found.push(at);
  }
  return found;
}

// A tiny alphabet makes repeats, overlaps and hash-bucket sharing common.
const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), minLength: 0, maxLength: 400 });

describe('createOccurrenceFinder', () => {
  it('finds every occurrence, overlapping ones included, once indexed', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (haystack, picks) => {
        const find = createOccurrenceFinder(haystack, { minIndexedLength: 0, scansBeforeIndex: 0 });
        for (const pick of picks) {
          // Needles taken from the text (so they are found) and their variants (so some are not).
          const at = pick % Math.max(1, haystack.length);
          const length = 16 + (pick % 24);
          for (const needle of [
            haystack.slice(at, at + length),
            `${haystack.slice(at, at + length)}b`,
          ]) {
            if (needle !== '') expect(find(needle)).toEqual(naive(haystack, needle));
          }
        }
      }),
    );
  });

  it('gives the same answers before and after the text is indexed', () => {
    const haystack = 'the company said the company said the company denied it. '.repeat(50);
    const find = createOccurrenceFinder(haystack, { minIndexedLength: 0, scansBeforeIndex: 2 });
    const needle = 'the company said the company';
    const before = [find(needle), find(needle)];
    const after = find(needle);
    expect(after).toEqual(before[0]);
    expect(after).toEqual(naive(haystack, needle));
    expect(find('short')).toEqual(naive(haystack, 'short'));
    expect(find('not in this text at all')).toEqual([]);
    // Never called with an empty quote (the compiler rejects those first), but it must not hang.
    expect(find('')).toEqual([]);
  });
});
