/**
 * Civil (wall-calendar) dates as integer day numbers: days since 1970-01-01 in the proleptic
 * Gregorian calendar, with no time zone attached. The rules engine compares and offsets thousands
 * of dates per member, so it works on integers and only formats ISO strings for its output.
 * Time-zone questions (which civil day an instant falls on) live in `zone.ts`, on Temporal.
 * `test/domain/time/civil.test.ts` checks every function here against Temporal.PlainDate.
 */

/** Days since 1970-01-01 (a civil date, zone-free). */
export type Day = number;
/** `YYYY-MM-DD`. */
export type IsoDate = string;
/** `YYYY-MM`. */
export type IsoMonth = string;
/** `year * 12 + (month - 1)`: consecutive months are consecutive integers. */
export type MonthIndex = number;
/** `year * 4 + (quarter - 1)`: consecutive calendar quarters are consecutive integers. */
export type QuarterIndex = number;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain), exact for every Gregorian date.
export function daysFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDays(days: Day): CivilDate {
  const monthIndex = monthIndexOf(days);
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return { year, month, day: days - daysFromCivil(year, month, 1) + 1 };
}

/**
 * The month a day falls in, as `year * 12 + (month - 1)`. Allocation-free (unlike `civilFromDays`)
 * because the engine buckets every update and deadline by month or quarter.
 */
export function monthIndexOf(days: Day): MonthIndex {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0)) * 12 + month - 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Reads `count` decimal digits, or -1 when one is not a digit (no regex: this runs per fact row). */
function readDigits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) {
    const digit = text.charCodeAt(start + i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const DASH = 45;

/** `YYYY-MM-DD` → day number, or null for anything that is not a real calendar date. */
export function parseIsoDate(text: unknown): Day | null {
  if (typeof text !== "string" || text.length !== 10) return null;
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return null;
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, 2);
  const day = readDigits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/** `YYYY-MM` → month index, or null. */
export function parseIsoMonth(text: unknown): MonthIndex | null {
  if (typeof text !== "string" || text.length !== 7 || text.charCodeAt(4) !== DASH) return null;
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, 2);
  if (year < 0 || month < 1 || month > 12) return null;
  return year * 12 + month - 1;
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/** Formatted dates, memoized: output reuses few distinct days (quarter ends, month ends, deadlines). */
const isoDates = new Map<Day, IsoDate>();

export function toIsoDate(day: Day): IsoDate {
  let iso = isoDates.get(day);
  if (iso === undefined) {
    const { year, month, day: dayOfMonth } = civilFromDays(day);
    iso = `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(dayOfMonth)}`;
    isoDates.set(day, iso);
  }
  return iso;
}

const isoMonths = new Map<MonthIndex, IsoMonth>();

export function toIsoMonth(monthIndex: MonthIndex): IsoMonth {
  let iso = isoMonths.get(monthIndex);
  if (iso === undefined) {
    const year = Math.floor(monthIndex / 12);
    iso = `${String(year).padStart(4, "0")}-${pad2(monthIndex - year * 12 + 1)}`;
    isoMonths.set(monthIndex, iso);
  }
  return iso;
}

/**
 * Calendar months later (or earlier, for negative `months`), clamping the day of the month to the
 * target month's length: 2026-01-31 + 1 month = 2026-02-28, as Temporal's `overflow: "constrain"`.
 */
export function addMonths(day: Day, months: number): Day {
  const monthIndex = monthIndexOf(day);
  const dayOfMonth = day - firstDayOfMonth(monthIndex) + 1;
  const target = monthIndex + months;
  const year = Math.floor(target / 12);
  const month = target - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(dayOfMonth, daysInMonth(year, month)));
}

export function addYears(day: Day, years: number): Day {
  return addMonths(day, years * 12);
}

/**
 * The last day of a period ending `months` calendar months after one that ends on `lastDay`,
 * counted month end to month end: a plan ending 2026-06-30 plus 4 months gives 2026-10-31 (a plain
 * `addMonths` would give 2026-10-30), and 2 months before a mandate ending 2028-09-30 is 2028-07-31.
 */
export function lastDayOfMonthsAfter(lastDay: Day, months: number): Day {
  return addMonths(lastDay + 1, months) - 1;
}

export function firstDayOfMonth(monthIndex: MonthIndex): Day {
  const year = Math.floor(monthIndex / 12);
  return daysFromCivil(year, monthIndex - year * 12 + 1, 1);
}

export function lastDayOfMonth(monthIndex: MonthIndex): Day {
  return firstDayOfMonth(monthIndex + 1) - 1;
}

/** Calendar quarter (Q1 Jan–Mar … Q4 Oct–Dec) containing `day`. */
export function quarterOf(day: Day): QuarterIndex {
  return Math.floor(monthIndexOf(day) / 3);
}

export function firstDayOfQuarter(quarter: QuarterIndex): Day {
  const year = Math.floor(quarter / 4);
  return daysFromCivil(year, (quarter - year * 4) * 3 + 1, 1);
}

export function lastDayOfQuarter(quarter: QuarterIndex): Day {
  return firstDayOfQuarter(quarter + 1) - 1;
}

/** `2026Q3`: used in messages and alert dedupe keys. */
export function quarterLabel(quarter: QuarterIndex): string {
  const year = Math.floor(quarter / 4);
  return `${year}Q${quarter - year * 4 + 1}`;
}
