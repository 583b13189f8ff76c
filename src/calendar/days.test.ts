import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertDayToCivil,
  countDaysFromCivil,
  countFirstDayOfMonth,
  countMonthOfDay,
  formatDay,
  formatMonth,
  parseDay,
} from './days';

describe('day numbers', () => {
  it('counts days from the Unix epoch', () => {
    expect(parseDay('1970-01-01')).toBe(0);
    expect(parseDay('1970-01-02')).toBe(1);
    expect(parseDay('1969-12-31')).toBe(-1);
    expect(parseDay('2000-03-01')).toBe(11017);
    expect(parseDay('2020-02-29')! + 1).toBe(parseDay('2020-03-01'));
  });

  it('rejects what is not a day', () => {
    expect(parseDay(null)).toBeNull();
    expect(parseDay('2020-08')).toBeNull();
    expect(parseDay('20200801')).toBeNull();
  });

  it('handles negative years', () => {
    expect(formatDay(parseDay('-0044-03-15')!)).toBe('-0044-03-15');
    expect(convertDayToCivil(countDaysFromCivil(0, 2, 29))).toEqual({ year: 0, month: 2, day: 29 });
  });

  it('round-trips every day between -9999 and 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4_371_000, max: 2_932_000 }), (n) => {
        expect(parseDay(formatDay(n))).toBe(n);
      }),
    );
  });

  it('bins days by month', () => {
    const aug = countMonthOfDay(parseDay('2020-08-31')!);
    expect(formatMonth(aug)).toBe('2020-08');
    expect(countMonthOfDay(parseDay('2020-08-01')!)).toBe(aug);
    expect(countMonthOfDay(parseDay('2020-09-01')!)).toBe(aug + 1);
    expect(formatDay(countFirstDayOfMonth(aug))).toBe('2020-08-01');
    expect(formatMonth(countMonthOfDay(parseDay('1969-12-31')!))).toBe('1969-12');
  });
});
