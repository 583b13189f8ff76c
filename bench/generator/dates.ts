// EDTF dates for synthetic relations and sources, skewed to recent years, in the mix of
// precisions real annotations have (days, months, years, intervals, uncertain, approximate).
import { exponential, type Rng } from '../rng';

export const LATEST_YEAR = 2024;
const EARLIEST_YEAR = 1995;
/** Mean distance from LATEST_YEAR: most relations fall in the last few years. */
const MEAN_AGE_YEARS = 3.5;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface GeneratedDate {
  /** EDTF level 0/1, e.g. `2021-03`, `2021-03-14`, `2021-03/2022-01`, `2022?`. */
  edtf: string;
  /** How a text says it, e.g. `in March 2021`; fits after "… did X". */
  phrase: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function sampleYear(rng: Rng): number {
  return Math.max(EARLIEST_YEAR, LATEST_YEAR - Math.floor(exponential(rng, MEAN_AGE_YEARS)));
}

/** A dated day as [year, month (1-12), day]. */
export function sampleDay(rng: Rng): [number, number, number] {
  const year = sampleYear(rng);
  const month = 1 + rng.int(12);
  return [year, month, 1 + rng.int(daysIn(year, month))];
}

export function formatDay([y, m, d]: [number, number, number]): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A relation or claim date, or null for the ~10% the sources leave undated. */
export function sampleDate(rng: Rng): GeneratedDate | null {
  const roll = rng.next();
  if (roll < 0.1) return null;
  const [year, month, day] = sampleDay(rng);
  const monthName = MONTHS[month - 1] ?? 'January';
  if (roll < 0.45)
    return { edtf: formatDay([year, month, day]), phrase: `on ${day} ${monthName} ${year}` };
  if (roll < 0.75) return { edtf: `${year}-${pad(month)}`, phrase: `in ${monthName} ${year}` };
  if (roll < 0.87) return { edtf: `${year}`, phrase: `in ${year}` };
  if (roll < 0.92) {
    // Intervals may run past LATEST_YEAR a little: ongoing matters.
    const span = 1 + rng.int(18);
    const endYear = year + Math.floor((month - 1 + span) / 12);
    const endMonth = ((month - 1 + span) % 12) + 1;
    return {
      edtf: `${year}-${pad(month)}/${endYear}-${pad(endMonth)}`,
      phrase: `between ${monthName} ${year} and ${MONTHS[endMonth - 1] ?? 'January'} ${endYear}`,
    };
  }
  if (roll < 0.95)
    return { edtf: `${year}-${pad(month)}/..`, phrase: `from ${monthName} ${year} onwards` };
  if (roll < 0.98) return { edtf: `${year}?`, phrase: `possibly in ${year}` };
  return { edtf: `${year}-${pad(month)}~`, phrase: `around ${monthName} ${year}` };
}
