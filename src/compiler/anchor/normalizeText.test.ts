import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeQuote, normalizeText, toOriginalSpan } from './normalizeText';

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
