import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../anchor/normalizeText';
import { findMentions, forEachWordRun, indexNames } from './findMentions';

function mentionsIn(
  text: string,
  names: [string, string][],
  explicit: [number, number, string][] = [],
) {
  const index = indexNames(names.map(([entityId, name]) => ({ entityId, name })));
  return findMentions(normalizeText(text), index, explicit).map(([s, e, id]) => [
    text.slice(s, e),
    id,
  ]);
}

describe('findMentions', () => {
  it('finds whole-word, case-sensitive occurrences of labels and aliases', () => {
    const text = 'TikTok and Tiktok, not TikToks or tiktok; TikTok\u2019s app.';
    expect(
      mentionsIn(text, [
        ['tiktok', 'TikTok'],
        ['tiktok', 'Tiktok'],
      ]),
    ).toEqual([
      ['TikTok', 'tiktok'],
      ['Tiktok', 'tiktok'],
      ['TikTok', 'tiktok'],
    ]);
  });

  it('matches names across line breaks and typographic quotes', () => {
    expect(mentionsIn('the \u201cMaster\nAdmin\u201d said', [['m', '"Master Admin"']])).toEqual([
      ['\u201cMaster\nAdmin\u201d', 'm'],
    ]);
  });

  it('prefers the longer of overlapping mentions, and hand-listed ones on ties', () => {
    const text = 'Donald Trump met Trump.';
    expect(
      mentionsIn(text, [
        ['t', 'Trump'],
        ['dt', 'Donald Trump'],
      ]),
    ).toEqual([
      ['Donald Trump', 'dt'],
      ['Trump', 't'],
    ]);
    expect(mentionsIn(text, [['t', 'Trump']], [[17, 22, 'other']])).toEqual([
      ['Trump', 't'],
      ['Trump', 'other'],
    ]);
  });

  it('handles names that start with punctuation', () => {
    expect(mentionsIn('the #MeToo wave', [['m', '#MeToo']])).toEqual([['#MeToo', 'm']]);
  });

  it('returns mentions sorted by start', () => {
    const index = indexNames([
      { entityId: 'b', name: 'B' },
      { entityId: 'a', name: 'A' },
    ]);
    expect(findMentions(normalizeText('B A B'), index, [])).toEqual([
      [0, 1, 'b'],
      [2, 3, 'a'],
      [4, 5, 'b'],
    ]);
  });
});

describe('forEachWordRun', () => {
  it('property: finds the runs the Unicode word regex matches, where it matches them', () => {
    const textArb = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        '7',
        '_',
        ' ',
        '-',
        "'",
        '.',
        'é',
        'ß',
        '\u0301',
        '中',
        '٣',
        '😀',
        '𝐀',
        '\ud800',
        '\udc00',
        '\u00a0',
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(textArb, (text) => {
        const runs: [number, string][] = [];
        forEachWordRun(text, (start, word) => runs.push([start, word]));
        const expected = [...text.matchAll(/[\p{L}\p{N}_]+/gu)].map((match): [number, string] => [
          match.index,
          match[0],
        ]);
        expect(runs).toEqual(expected);
      }),
    );
  });
});
