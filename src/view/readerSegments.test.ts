import { describe, expect, it } from 'vitest';
import { segmentSourceText } from './readerSegments';

const text = 'TikTok is owned by ByteDance, a company in Beijing.';

describe('segmentSourceText', () => {
  it('rebuilds the whole text from its slices', () => {
    const segments = segmentSourceText(
      text,
      [
        [0, 6, 'tiktok'],
        [19, 28, 'bytedance'],
      ],
      [{ start: 0, end: 28 }],
      null,
    );
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('marks mentions, evidence and the focused span on the right slices', () => {
    const segments = segmentSourceText(
      text,
      [
        [0, 6, 'tiktok'],
        [19, 28, 'bytedance'],
      ],
      [{ start: 10, end: 28 }],
      { start: 19, end: 28 },
    );
    const byText = new Map(segments.map((s) => [s.text, s]));
    expect(byText.get('TikTok')).toMatchObject({
      entity: 'tiktok',
      evidence: false,
      focused: false,
    });
    expect(byText.get('ByteDance')).toMatchObject({
      entity: 'bytedance',
      evidence: true,
      focused: true,
    });
    expect(byText.get('owned by ')).toMatchObject({ entity: null, evidence: true, focused: false });
    expect(byText.get(', a company in Beijing.')).toMatchObject({ evidence: false });
  });

  it('handles overlapping evidence spans and clamps spans past the end', () => {
    const segments = segmentSourceText(
      text,
      [],
      [
        { start: 0, end: 12 },
        { start: 5, end: 999 },
      ],
      null,
    );
    expect(segments.every((s) => s.evidence)).toBe(true);
    expect(segments.at(-1)?.end).toBe(text.length);
  });

  it('returns no slices for an empty text', () => {
    expect(segmentSourceText('', [], [], null)).toEqual([]);
  });
});
