import { describe, expect, it } from 'vitest';
import { isValidDay, parsePeriod } from './periods';

describe('parsePeriod', () => {
  it.each([
    ['2021', '2021-01-01', '2021-12-31'],
    ['2021-02', '2021-02-01', '2021-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2021-04', '2021-04-01', '2021-04-30'],
    ['2021-09-01', '2021-09-01', '2021-09-01'],
    ['0000-02', '0000-02-01', '0000-02-29'],
  ])('%s → %s…%s', (text, start, end) => {
    expect(parsePeriod(text)).toEqual({ start, end });
  });

  it.each(['2021-13', '2021-00', '2021-04-31', '2021-1', '202', '2021-', ' 2021', '２０２１'])(
    'rejects %s',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it('knows a day from a period', () => {
    expect(isValidDay('2021-09-01')).toBe(true);
    expect(isValidDay('2021-09')).toBe(false);
    expect(isValidDay(null)).toBe(false);
  });
});
