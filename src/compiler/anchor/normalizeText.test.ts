import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isWhitespace,
  normalizeChar,
  normalizeQuote,
  normalizeText,
  toOriginalSpan,
} from './normalizeText';

/** The normalisation one character at a time, as the definition reads: the reference. */
function normalizeSlowly(original: string): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length;) {
    starts.push(i);
    if (isWhitespace(original.charCodeAt(i))) {
      while (i < original.length && isWhitespace(original.charCodeAt(i))) i += 1;
      text += ' ';
    } else {
      text += normalizeChar(original.charAt(i));
      i += 1;
    }
    ends.push(i);
  }
  return { text, starts, ends };
}

describe('normalizeText', () => {
  it('collapses whitespace runs and straightens typographic quotes', () => {
    expect(normalizeText('a \n\t b\u00a0c \u201cd\u201d \u2018e\u2019').text).toBe(`a b c "d" 'e'`);
  });

  it('maps normalised spans back to original UTF-16 offsets', () => {
    const original = 'x  \u201cy\u201d\n\nz 😀 w';
    const n = normalizeText(original);
    const at = n.text.indexOf('"y" z');
    const [start, end] = toOriginalSpan(n, at, at + '"y" z'.length);
    expect(original.slice(start, end)).toBe('\u201cy\u201d\n\nz');
    const emoji = n.text.indexOf('😀');
    expect(original.slice(...toOriginalSpan(n, emoji, emoji + 2))).toBe('😀');
  });

  it('trims quotes and skips work for quotes that are already normal', () => {
    expect(normalizeQuote('  plain text ')).toBe('plain text');
    expect(normalizeQuote('a\n  \u201cb\u201d')).toBe('a "b"');
  });

  it('property: gives what the character-by-character definition gives, offsets included', () => {
    const textArb = fc.string({
      unit: fc.constantFrom(
        'a',
        ' ',
        '  ',
        '\n',
        '\r\n',
        '\t',
        '\u00a0',
        '\u2003',
        '\u201c',
        '\u201d',
        '\u2018',
        '\u2019',
        '\u2032',
        '\u2033',
        '\u201f',
        '"',
        "'",
        '~',
        '\u007f',
        'é',
        '😀',
        '\ud800',
      ),
      maxLength: 80,
    });
    fc.assert(
      fc.property(textArb, (original) => {
        const fast = normalizeText(original);
        expect({ text: fast.text, starts: [...fast.starts], ends: [...fast.ends] }).toEqual(
          normalizeSlowly(original),
        );
      }),
    );
  });

  it('property: any span maps back to a slice that normalises to the same text', () => {
    const textArb = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', '\u201c', '\u2019', '"', 'é', '😀'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (original, x, y) => {
        const n = normalizeText(original);
        if (n.text.length === 0) return;
        const a = x % n.text.length;
        const b = a + 1 + (y % (n.text.length - a));
        const [start, end] = toOriginalSpan(n, a, b);
        expect(normalizeText(original.slice(start, end)).text).toBe(n.text.slice(a, b));
      }),
    );
  });
});
