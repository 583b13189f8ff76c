// The one calendar of the app, for every layer (compiler, model, view, URL): day numbers here,
// written periods in periods.ts. It imports nothing.
// Day numbers: whole days since 1970-01-01 in the proleptic Gregorian calendar, so date filters
// compare plain numbers in a tight loop. Works for negative (astronomical) years, which EDTF allows.
// Algorithms from Howard Hinnant, "chrono-compatible low-level date algorithms".

const DAY_PATTERN = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a civil date (month 1–12). */
export function countDaysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The civil date of a day number. */
export function convertDayToCivil(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** 'YYYY-MM-DD' (year may be negative) → day number, or null when it is not such a string. */
export function parseDay(day: string | null | undefined): number | null {
  if (day == null) return null;
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  return countDaysFromCivil(Number(match[1]), Number(match[2]), Number(match[3]));
}

function padYear(year: number): string {
  const digits = String(Math.abs(year)).padStart(4, '0');
  return year < 0 ? `-${digits}` : digits;
}

/** Day number → 'YYYY-MM-DD'. */
export function formatDay(dayNumber: number): string {
  const { year, month, day } = convertDayToCivil(dayNumber);
  return `${padYear(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MS_PER_DAY = 86_400_000;

/** The day number of a moment given in milliseconds since the epoch (UTC). */
export function convertEpochMsToDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/** Months since 1970-01 of the month holding a day; bins for histograms. */
export function countMonthOfDay(dayNumber: number): number {
  const { year, month } = convertDayToCivil(dayNumber);
  return (year - 1970) * 12 + (month - 1);
}

/** Month index (as from countMonthOfDay) → 'YYYY-MM'. */
export function formatMonth(monthIndex: number): string {
  const year = 1970 + Math.floor(monthIndex / 12);
  const month = monthIndex - (year - 1970) * 12 + 1;
  return `${padYear(year)}-${String(month).padStart(2, '0')}`;
}

/** Day number of the first day of a month index. */
export function countFirstDayOfMonth(monthIndex: number): number {
  const year = 1970 + Math.floor(monthIndex / 12);
  return countDaysFromCivil(year, monthIndex - (year - 1970) * 12 + 1, 1);
}
