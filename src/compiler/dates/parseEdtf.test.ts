import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdtf, parseWithEdtfJs } from './parseEdtf';

describe('parseEdtf', () => {
  it.each([
    ['2017', '2017-01-01', '2017-12-31'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2021-09-14', '2021-09-14', '2021-09-14'],
    ['2021-09/2022-01', '2021-09-01', '2022-01-31'],
    ['2021-09/..', '2021-09-01', null],
    ['../2021', null, '2021-12-31'],
    ['2021/', '2021-01-01', null],
    ['/2021-03', null, '2021-03-31'],
    ['2022?', '2022-01-01', '2022-12-31'],
    ['2022~', '2022-01-01', '2022-12-31'],
    ['2004-06-11%', '2004-06-11', '2004-06-11'],
    ['2016-XX', '2016-01-01', '2016-12-31'],
    ['0123', '0123-01-01', '0123-12-31'],
    ['-0500', '-0500-01-01', '-0500-12-31'],
  ])('%s covers %s to %s', (date, dateStart, dateEnd) => {
    expect(parseEdtf(date)).toEqual({ ok: true, range: { date, dateStart, dateEnd } });
  });

  it.each([
    ['2021-13', 'month 13 does not exist'],
    ['2021-02-29', 'day 29 does not exist in 2021-02 (it has 28 days)'],
    ['20210901', 'write it with dashes, 2021-09-01'],
    ['2022/2021', 'the interval ends before it starts'],
    ['2021-09/2021-09', 'start and end are the same'],
    ['2021-21', 'seasons (21–24) are not supported'],
    ['2021-09-14T10:00', 'give a day, not a time of day'],
    ['[2021,2022]', 'EDTF level 2'],
    ['Y170000002', 'years must be between -9999 and 9999'],
    ['../..', 'needs at least one known end'],
    ['', 'empty'],
    ['last year', 'not an EDTF date'],
  ])('rejects %s', (date, message) => {
    const result = parseEdtf(date);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(`invalid date "${date}"`);
    expect(!result.ok && result.message).toContain(message);
  });

  it('property: the fast path for common forms agrees with edtf.js', () => {
    const pad = (n: number, width: number): string => String(n).padStart(width, '0');
    const day = fc
      .tuple(
        fc.integer({ min: 0, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .chain(([y, m, d]) =>
        fc.constantFrom(
          pad(y, 4),
          `${pad(y, 4)}-${pad(m, 2)}`,
          `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
        ),
      );
    const qualified = fc.tuple(day, fc.constantFrom('', '?', '~', '%')).map(([d, q]) => d + q);
    const input = fc.oneof(
      qualified,
      fc.tuple(qualified, qualified).map(([a, b]) => `${a}/${b}`),
      fc.tuple(qualified, fc.constantFrom('..', '')).map(([a, open]) => `${a}/${open}`),
      fc.tuple(fc.constantFrom('..', ''), qualified).map(([open, b]) => `${open}/${b}`),
    );
    fc.assert(
      fc.property(input, (date) => {
        expect(parseEdtf(date)).toEqual(parseWithEdtfJs(date));
      }),
      { numRuns: 300 },
    );
  });
});
