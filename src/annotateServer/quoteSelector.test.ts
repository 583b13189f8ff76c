import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../compiler/anchor/anchorQuote';
import { normalizeText } from '../compiler/anchor/normalizeText';
import { selectQuote } from './quoteSelector';

const TEXT = 'The app said no. Then the board said no. Later, the app said yes.';
const at = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  return [start, start + part.length] as const;
};

describe('selectQuote', () => {
  it('gives the exact text alone when it occurs once', () => {
    expect(selectQuote(TEXT, ...at(TEXT, 'board'), 's.txt')).toEqual({ exact: 'board' });
  });

  it('adds the shortest prefix that makes a repeated quote unique', () => {
    // "said no" twice: the space before is no help, "p" (of "app") picks the first.
    expect(selectQuote(TEXT, ...at(TEXT, 'said no'), 's.txt')).toEqual({
      exact: 'said no',
      prefix: 'p',
    });
    expect(selectQuote(TEXT, ...at(TEXT, 'said no', 20), 's.txt')).toEqual({
      exact: 'said no',
      prefix: 'd',
    });
  });

  it('uses a suffix when no prefix of that length tells the occurrences apart', () => {
    // "the app said" twice, after ". " and ", ": one character before is a space both times.
    const text = 'Yes. the app said no. Yes, the app said yes.';
    expect(selectQuote(text, ...at(text, 'the app said', 10), 's.txt')).toEqual({
      exact: 'the app said',
      prefix: ',',
    });
    const twice = 'x ab y. x ab z.';
    expect(selectQuote(twice, 10, 12, 's.txt')).toEqual({ exact: 'ab', suffix: 'z' });
  });

  it('trims whitespace at the ends of the selection and writes line breaks as spaces', () => {
    const text = 'one\ntwo  three\nfour';
    expect(selectQuote(text, 3, 14, 's.txt')).toEqual({ exact: 'two three' });
  });

  it('refuses a selection outside the text or of whitespace only', () => {
    expect(() => selectQuote(TEXT, 5, 500, 's.txt')).toThrow(/not within s.txt/);
    expect(() => selectQuote('a   b', 1, 4, 's.txt')).toThrow(/only whitespace/);
  });

  it('always anchors back to the span selected (the compiler’s own matcher)', () => {
    const word = fc.constantFrom('a', 'b', 'ab', 'the', '“x”', 'x');
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        (words, i, j) => {
          const text = words.join(' ');
          const first = i % words.length;
          const last = first + (j % (words.length - first));
          const start = words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
          const end = words.slice(0, last + 1).join(' ').length;
          const quote = selectQuote(text, start, end, 's.txt');
          const result = anchorQuote(quote, {
            file: 's.txt',
            text,
            normalized: normalizeText(text),
          });
          expect(result).toEqual({ ok: true, start, end });
        },
      ),
    );
  });
});
