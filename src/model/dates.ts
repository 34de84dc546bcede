import type { DatePrecision } from './kinds.js';
import type { PartialDate } from './records.js';

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2023", "2023-05" or "2023-05-17" → the period it covers, or undefined when it is no such date. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = partialDatePattern.exec(value);
  if (!match) return undefined;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const precision: DatePrecision = day !== undefined ? 'DAY' : month !== undefined ? 'MONTH' : 'YEAR';
  const firstMonth = month ?? 1;
  const lastMonth = month ?? 12;
  const daysInLastMonth = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  if (day !== undefined && (day < 1 || day > daysInLastMonth)) return undefined;
  return {
    value,
    precision,
    start: isoDay(year, firstMonth, day ?? 1),
    end: isoDay(year, lastMonth, day ?? daysInLastMonth),
  };
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A range's bounds as the first and last day they may mean, for comparing with stored date periods. */
export function dateRangeParameters(range: Readonly<{ from?: string | null; to?: string | null }>) {
  return {
    from: range.from ? (parsePartialDate(range.from)?.start ?? null) : null,
    to: range.to ? (parsePartialDate(range.to)?.end ?? null) : null,
  };
}


/** Whether a range starts after it ends, so that no date can lie inside it (a bound of month or year precision stands for its whole period). */
export function isReversedRange(range: Readonly<{ from?: string | null; to?: string | null }>): boolean {
  const { from, to } = dateRangeParameters(range);
  return from !== null && to !== null && from > to;
}
