import { describe, expect, it } from 'vitest';
import { encodeToken } from '../viewState/ids';
import { decodeToken, quoteValue } from './text';

describe('encodeToken / decodeToken', () => {
  it('leaves slugs alone and escapes everything outside the unreserved set', () => {
    expect(encodeToken('us-user-data')).toBe('us-user-data');
    expect(encodeToken('a_b.c~d')).toBe('a_b.c~d');
    expect(encodeToken("a,b*c!'()")).toBe('a%2Cb%2Ac%21%27%28%29');
    expect(encodeToken('née 1')).toBe('n%C3%A9e%201');
  });

  it('decodes, reads `+` as a space and returns null for broken escapes', () => {
    expect(decodeToken('n%C3%A9e')).toBe('née');
    expect(decodeToken('a+b')).toBe('a b');
    expect(decodeToken('%E0%A4%A')).toBeNull();
    expect(decodeToken('%')).toBeNull();
    expect(decodeToken('%ED%A0%80')).toBeNull(); // an encoded lone surrogate
  });
});

describe('quoteValue', () => {
  it('quotes values decoded and short', () => {
    expect(quoteValue('a%2Cb')).toBe('a,b');
    expect(quoteValue('%E0')).toBe('%E0');
    expect(quoteValue('x'.repeat(150))).toBe(`${'x'.repeat(100)}…`);
  });
});
