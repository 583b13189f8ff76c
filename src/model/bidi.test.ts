import { describe, expect, it } from 'vitest';
import { isolateBidi } from './bidi';

describe('isolateBidi', () => {
  it('leaves left-to-right text as it is', () => {
    for (const text of [
      '',
      'ByteDance',
      'Émile Zola',
      'Mallory 🕵️‍♀️',
      'Cyrillic Москва',
      '漢字 123',
    ]) {
      expect(isolateBidi(text)).toBe(text);
    }
  });

  it('isolates right-to-left letters', () => {
    expect(isolateBidi('وزارة الإعلام')).toBe('\u2068وزارة الإعلام\u2069');
    expect(isolateBidi('office משרד')).toBe('\u2068office משרד\u2069');
    expect(isolateBidi('ﷺ')).toBe('\u2068ﷺ\u2069');
  });

  it('isolates bidi controls, an unclosed override included', () => {
    expect(isolateBidi('Spoof \u202Eevil')).toBe('\u2068Spoof \u202Eevil\u2069');
    for (const control of ['\u061C', '\u200E', '\u200F', '\u202A', '\u202C', '\u2066', '\u2069']) {
      expect(isolateBidi(`a${control}b`)).toBe(`\u2068a${control}b\u2069`);
    }
  });

  it('does not take zero-width joiners or a byte order mark for bidi', () => {
    expect(isolateBidi('zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFFbom')).toBe(
      'zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFFbom',
    );
  });
});
