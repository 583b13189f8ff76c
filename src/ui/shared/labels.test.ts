import { describe, expect, it } from 'vitest';
import { formatEdtf, typeLabel } from './labels';

describe('formatEdtf', () => {
  it.each([
    [null, 'undated'],
    ['2017', '2017'],
    ['2020-08', 'Aug 2020'],
    ['2021-09-14', '14 Sep 2021'],
    ['2021-09/2022-01', 'Sep 2021 – Jan 2022'],
    ['../2022', 'until 2022'],
    ['2022/..', 'from 2022'],
    ['/2022', 'until 2022'],
    ['2022?', '2022 (uncertain)'],
    ['2022~', '2022 (approximate)'],
    ['2022-05%', 'May 2022 (uncertain, approximate)'],
    ['not a date', 'not a date'],
  ])('%s → %s', (input, expected) => {
    expect(formatEdtf(input)).toBe(expected);
  });
});

describe('typeLabel', () => {
  it('names known types and keeps unknown ones', () => {
    expect(typeLabel('government_action')).toBe('Government action');
    expect(typeLabel('mystery')).toBe('mystery');
  });
});
