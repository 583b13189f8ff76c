import { describe, expect, it } from 'vitest';
import { checkId, compareText } from './ids';

describe('checkId', () => {
  it.each([
    ['tiktok', null],
    ['government_action', null],
    ['née', null],
    ['', 'malformed'],
    ['a b', 'malformed'],
    ['a\u200bb', 'malformed'],
    ['\uD800', 'malformed'],
    [42, 'malformed'],
    ['a'.repeat(80), null],
    ['a'.repeat(81), 'too-long'],
    ['é'.repeat(14), 'too-long'],
  ])('%j → %s', (id, problem) => {
    expect(checkId(id)).toBe(problem);
  });
});

describe('compareText', () => {
  it('orders by code unit, independent of locale', () => {
    expect(['b', 'B', 'a', 'é'].sort(compareText)).toEqual(['B', 'a', 'b', 'é']);
  });
});
