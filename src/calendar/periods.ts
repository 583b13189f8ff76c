// Periods written as YYYY, YYYY-MM or YYYY-MM-DD (years 0000–9999), and the days they cover. A
// date filter bound is an inclusive day; a link may give a year or a month, which stands for its
// first day (as `from`) or its last (as `to`).

export interface Period {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1–12) of the proleptic Gregorian calendar. */
export function countDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function writeDay(year: string, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2021` → 2021-01-01…2021-12-31, `2021-02` → …-02-28, `2021-02-03` → that day; else null. */
export function parsePeriod(text: string): Period | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [, yearText = '', monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) {
    return { start: `${yearText}-01-01`, end: `${yearText}-12-31` };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  const lastDay = countDaysInMonth(year, month);
  if (dayText === undefined) {
    return { start: writeDay(yearText, month, 1), end: writeDay(yearText, month, lastDay) };
  }
  const day = Number(dayText);
  if (day < 1 || day > lastDay) return null;
  const only = writeDay(yearText, month, day);
  return { start: only, end: only };
}

/** True for a real calendar day written YYYY-MM-DD (years 0000–9999, proleptic Gregorian). */
export function isValidDay(text: unknown): text is string {
  return typeof text === 'string' && text.length === 10 && parsePeriod(text) !== null;
}
