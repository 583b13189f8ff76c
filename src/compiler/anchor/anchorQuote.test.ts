import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, type AnchorResult, type QuoteSelector } from './anchorQuote';
import { normalizeQuote, normalizeText } from './normalizeText';

const TEXT =
  'The board met on Monday.\nThe board said \u201cno comment\u201d.\n' +
  'Later  the\nboard    changed its mind about the merger.\n';

function anchor(quote: QuoteSelector, text = TEXT): AnchorResult {
  return anchorQuote(quote, { file: 'sources/s.txt', text, normalized: normalizeText(text) });
}

function sliceOf(result: AnchorResult, text = TEXT): string {
  if (!result.ok) throw new Error(result.message);
  return text.slice(result.start, result.end);
}

describe('anchorQuote', () => {
  it('finds a quote once, across line breaks and typographic quotes', () => {
    expect(sliceOf(anchor({ exact: 'said "no comment".' }))).toBe('said \u201cno comment\u201d.');
    expect(sliceOf(anchor({ exact: 'the board changed its mind' }))).toBe(
      'the\nboard    changed its mind',
    );
  });

  it('reports an ambiguous quote with its lines, and resolves it with a prefix or suffix', () => {
    const ambiguous = anchor({ exact: 'The board' });
    expect(ambiguous).toMatchObject({ ok: false, field: 'exact' });
    expect(!ambiguous.ok && ambiguous.message).toContain(
      'found 2 times in sources/s.txt (lines 1, 2)',
    );
    expect(!ambiguous.ok && ambiguous.message).toContain('add a prefix or suffix');
    expect(anchor({ exact: 'The board', suffix: 'said' })).toMatchObject({ ok: true, start: 25 });
    expect(anchor({ exact: 'The board', prefix: 'on Monday.' })).toMatchObject({
      ok: true,
      start: 25,
    });
  });

  it('says when a quote occurs but never with the given prefix', () => {
    const result = anchor({ exact: 'The board', prefix: 'nowhere' });
    expect(result).toMatchObject({ ok: false, field: 'prefix' });
    expect(!result.ok && result.message).toContain('never with this prefix/suffix');
  });

  it('suggests the closest passage for a quote not found', () => {
    const result = anchor({ exact: 'the board changd its mind' });
    expect(result).toMatchObject({ ok: false, notFound: true });
    expect(!result.ok && result.message).toContain('quote not found in sources/s.txt');
    expect(!result.ok && result.message).toContain(
      'did you mean (line 3): "the board changed its mind"?',
    );
  });

  it('rejects an empty quote', () => {
    expect(anchor({ exact: '  \n ' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('quote is empty'),
    });
  });

  it('uses start/end hints to pick an occurrence, and checks them', () => {
    expect(anchor({ exact: 'The board', start: 25, end: 34 })).toEqual({
      ok: true,
      start: 25,
      end: 34,
    });
    expect(anchor({ exact: 'The board', start: 0, end: 500 })).toMatchObject({
      ok: false,
      field: 'start',
      message: expect.stringContaining('offsets out of range'),
    });
    expect(anchor({ exact: 'met on Monday', start: 0, end: 5 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('do not cover the quote (the quote is at 10–23)'),
    });
    expect(anchor({ exact: 'The board', start: 3 })).toMatchObject({
      ok: false,
      message: 'give both start and end, or neither',
    });
  });

  it('keeps suggestions fast on a long text', () => {
    const long = Array.from({ length: 20000 }, (_, i) => `word${i} filler text here.`).join(' ');
    const started = Date.now();
    const result = anchor({ exact: 'word19999 filler text hare.' }, long);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(!result.ok && result.message).toContain('"word19999 filler text here."');
  });

  it('property: a unique passage copied from the text anchors to a span that normalises to it', () => {
    const words = ['alpha', 'beta', 'gamma', 'delta', '\u201cq\u201d', 'it\u2019s'];
    const textArb = fc.array(
      fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '\n', '  ', '\t')),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.map(([w, s]) => w + s).join('');
        const a = x % parts.length;
        const b = a + 1 + (y % (parts.length - a));
        const exact = parts
          .slice(a, b)
          .map(([w, s]) => w + s)
          .join('');
        const result = anchor({ exact }, text);
        const wanted = normalizeQuote(exact);
        const norm = normalizeText(text).text;
        let count = 0; // overlapping occurrences count too: "a a" is twice in "a a a"
        for (let at = norm.indexOf(wanted); at !== -1; at = norm.indexOf(wanted, at + 1))
          count += 1;
        if (count === 1) {
          expect(normalizeQuote(sliceOf(result, text))).toBe(wanted);
        } else {
          expect(result.ok).toBe(false);
        }
      }),
    );
  });
});
