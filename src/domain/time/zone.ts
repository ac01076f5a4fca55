import { Temporal } from "temporal-polyfill";
import { civilFromDays, type Day, type IsoDate, parseIsoDate } from "./civil.js";

const DAY_MS = 86_400_000;

/**
 * Civil days ↔ instants in one IANA time zone. Temporal does the zone arithmetic (DST, historical
 * offsets); answers are memoized per zone because converting through Temporal costs microseconds and
 * the rules engine needs thousands of conversions per batch, while members share few zones.
 */
export interface ZoneCalendar {
  readonly timeZone: string;
  /** Epoch ms of the first instant of `day` in the zone (midnight, or the first hour after a DST gap). */
  startOf(day: Day): number;
  /** The civil day on which the instant `epochMs` falls in the zone. */
  dayOf(epochMs: number): Day;
}

const calendars = new Map<string, ZoneCalendar>();

export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== "string" || timeZone === "") return false;
  try {
    new Temporal.ZonedDateTime(0n, timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The memoized calendar of an IANA zone; throws a RangeError for an unknown zone. */
export function zoneCalendar(timeZone: string): ZoneCalendar {
  const known = calendars.get(timeZone);
  if (known) return known;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown IANA time zone: ${JSON.stringify(timeZone)}`);

  // Bounded by the distinct days the engine touches in this zone (≈ 365 per year of facts).
  const starts = new Map<Day, number>();
  const startOf = (day: Day): number => {
    let start = starts.get(day);
    if (start === undefined) {
      const { year, month, day: dayOfMonth } = civilFromDays(day);
      start = new Temporal.PlainDate(year, month, dayOfMonth).toZonedDateTime(timeZone).epochMilliseconds;
      starts.set(day, start);
    }
    return start;
  };
  // UTC offsets lie within −12 h … +14 h, so the local day is the UTC day or one of its neighbours.
  const dayOf = (epochMs: number): Day => {
    const utcDay = Math.floor(epochMs / DAY_MS);
    if (epochMs < startOf(utcDay)) return utcDay - 1;
    return epochMs < startOf(utcDay + 1) ? utcDay : utcDay + 1;
  };
  const calendar: ZoneCalendar = { timeZone, startOf, dayOf };
  calendars.set(timeZone, calendar);
  return calendar;
}

/**
 * When the engine evaluates: an instant (epoch ms or Date), read as the civil day it falls on in
 * the member's zone, or an ISO civil date taken as that day in the member's zone.
 */
export type Moment = number | Date | IsoDate;

export function dayOfMoment(moment: Moment, calendar: ZoneCalendar): Day {
  if (typeof moment === "string") {
    const day = parseIsoDate(moment);
    if (day === null) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(moment)}`);
    return day;
  }
  const epochMs = typeof moment === "number" ? moment : moment.getTime();
  if (!Number.isFinite(epochMs)) throw new RangeError("Evaluation instant is not a valid time");
  return calendar.dayOf(epochMs);
}
