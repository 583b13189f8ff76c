import { describe, expect, it } from 'vitest';
import { parseDay } from '../../calendar/days';
import { overlapsRange } from './overlapsRange';

const d = (day: string): number => parseDay(day)!;
// 2020-08 as the compiler expands it.
const aug = [d('2020-08-01'), d('2020-08-31')] as const;

describe('overlapsRange', () => {
  it('keeps an interval inside the range', () => {
    expect(overlapsRange(...aug, d('2020-01-01'), d('2020-12-31'))).toBe(true);
  });

  it('keeps an interval spanning the whole range', () => {
    expect(overlapsRange(d('2019-01-01'), d('2022-12-31'), ...aug)).toBe(true);
  });

  it('keeps intervals touching either end, inclusive', () => {
    expect(overlapsRange(...aug, d('2020-08-31'), d('2020-12-31'))).toBe(true);
    expect(overlapsRange(...aug, d('2020-01-01'), d('2020-08-01'))).toBe(true);
  });

  it('drops intervals that end the day before or start the day after', () => {
    expect(overlapsRange(...aug, d('2020-09-01'), d('2020-12-31'))).toBe(false);
    expect(overlapsRange(...aug, d('2020-01-01'), d('2020-07-31'))).toBe(false);
  });

  it('treats a month-precision date as its whole month', () => {
    expect(overlapsRange(...aug, d('2020-08-15'), d('2020-08-15'))).toBe(true);
  });

  it('handles open interval ends', () => {
    expect(overlapsRange(d('2019-10-01'), Infinity, d('2030-01-01'), d('2030-12-31'))).toBe(true);
    expect(overlapsRange(-Infinity, d('2019-10-01'), d('2019-10-02'), Infinity)).toBe(false);
    expect(overlapsRange(-Infinity, d('2019-10-01'), -Infinity, d('1900-01-01'))).toBe(true);
  });

  it('handles open range ends', () => {
    expect(overlapsRange(...aug, -Infinity, Infinity)).toBe(true);
    expect(overlapsRange(...aug, d('2020-08-31'), Infinity)).toBe(true);
    expect(overlapsRange(...aug, -Infinity, d('2020-07-31'))).toBe(false);
  });
});
