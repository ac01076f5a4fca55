import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  addYears,
  civilFromDays,
  daysFromCivil,
  firstDayOfQuarter,
  lastDayOfMonthsAfter,
  lastDayOfQuarter,
  parseIsoDate,
  parseIsoMonth,
  quarterLabel,
  quarterOf,
  toIsoDate,
  toIsoMonth,
} from "../../../src/domain/time/civil.js";
import { dayOfMoment, isValidTimeZone, zoneCalendar } from "../../../src/domain/time/zone.js";
import { seededRandom } from "../rules/factory.js";

const day = (iso: string) => parseIsoDate(iso)!;
const EPOCH = Temporal.PlainDate.from("1970-01-01");

describe("civil day numbers agree with Temporal.PlainDate", () => {
  const random = seededRandom(7);
  const samples = Array.from({ length: 3000 }, () => Math.floor((random() - 0.3) * 200_000));

  it("round-trips day numbers, ISO strings and civil fields", () => {
    for (const days of samples) {
      const expected = EPOCH.add({ days });
      expect(toIsoDate(days)).toBe(expected.toString());
      expect(parseIsoDate(expected.toString())).toBe(days);
      expect(civilFromDays(days)).toEqual({ year: expected.year, month: expected.month, day: expected.day });
      expect(daysFromCivil(expected.year, expected.month, expected.day)).toBe(days);
    }
  });

  it("adds months and years with end-of-month clamping exactly as Temporal's constrain", () => {
    for (const days of samples.slice(0, 1000)) {
      const date = EPOCH.add({ days });
      for (const months of [-25, -2, -1, 1, 2, 4, 6, 12, 16]) {
        expect(toIsoDate(addMonths(days, months))).toBe(date.add({ months }).toString());
      }
      expect(toIsoDate(addYears(days, 1))).toBe(date.add({ years: 1 }).toString());
    }
  });

  it("clamps to the month's last day", () => {
    expect(toIsoDate(addMonths(day("2026-01-31"), 1))).toBe("2026-02-28");
    expect(toIsoDate(addMonths(day("2028-01-31"), 1))).toBe("2028-02-29");
    expect(toIsoDate(addMonths(day("2026-04-30"), -2))).toBe("2026-02-28");
    expect(toIsoDate(addYears(day("2028-02-29"), 1))).toBe("2029-02-28");
  });

  it("counts months after a period's last day month-end to month-end", () => {
    expect(toIsoDate(lastDayOfMonthsAfter(day("2026-06-30"), 4))).toBe("2026-10-31");
    expect(toIsoDate(lastDayOfMonthsAfter(day("2027-12-31"), 2))).toBe("2028-02-29");
    expect(toIsoDate(lastDayOfMonthsAfter(day("2026-03-15"), 4))).toBe("2026-07-15");
    expect(toIsoDate(lastDayOfMonthsAfter(day("2028-09-30"), -2))).toBe("2028-07-31");
  });

  it("places days in calendar quarters", () => {
    expect(quarterLabel(quarterOf(day("2026-03-31")))).toBe("2026Q1");
    expect(quarterLabel(quarterOf(day("2026-04-01")))).toBe("2026Q2");
    expect(quarterLabel(quarterOf(day("2026-12-31")))).toBe("2026Q4");
    const q3 = quarterOf(day("2026-08-15"));
    expect(toIsoDate(firstDayOfQuarter(q3))).toBe("2026-07-01");
    expect(toIsoDate(lastDayOfQuarter(q3))).toBe("2026-09-30");
    expect(toIsoDate(lastDayOfQuarter(q3 + 1))).toBe("2026-12-31");
  });

  it("rejects what is not a calendar date or month", () => {
    for (const text of [
      "2026-02-29",
      "2026-13-01",
      "2026-00-10",
      "2026-1-01",
      "26-01-01",
      "2026/01/01",
      "",
      null,
      20260101,
    ]) {
      expect(parseIsoDate(text)).toBeNull();
    }
    expect(parseIsoDate("2028-02-29")).not.toBeNull();
    expect(parseIsoMonth("2026-13")).toBeNull();
    expect(parseIsoMonth("2026-1")).toBeNull();
    expect(toIsoMonth(parseIsoMonth("2026-07")!)).toBe("2026-07");
  });
});

describe("zone calendar", () => {
  const zones = [
    "Pacific/Auckland",
    "America/Mexico_City",
    "America/Havana", // DST starts at midnight: some days begin at 01:00
    "Asia/Kolkata",
    "Pacific/Kiritimati", // UTC+14
    "Pacific/Pago_Pago", // UTC−11
    "America/St_Johns",
    "Europe/Paris",
    "UTC",
  ];

  it("puts every instant on the civil day Temporal gives, across DST changes", () => {
    const random = seededRandom(11);
    const from = Date.UTC(2025, 0, 1);
    const span = Date.UTC(2028, 0, 1) - from;
    for (const timeZone of zones) {
      const calendar = zoneCalendar(timeZone);
      for (let i = 0; i < 400; i++) {
        const instant = from + Math.floor(random() * span);
        const expected = Temporal.Instant.fromEpochMilliseconds(instant)
          .toZonedDateTimeISO(timeZone)
          .toPlainDate();
        expect(toIsoDate(calendar.dayOf(instant)), `${timeZone} ${instant}`).toBe(expected.toString());
      }
    }
  });

  it("starts each day at its first instant, including days that skip midnight", () => {
    const havana = zoneCalendar("America/Havana");
    const start = havana.startOf(day("2026-03-08"));
    expect(new Date(start).toISOString()).toBe("2026-03-08T05:00:00.000Z"); // 01:00 CDT
    expect(havana.dayOf(start - 1)).toBe(day("2026-03-07"));
    expect(havana.dayOf(start)).toBe(day("2026-03-08"));

    const auckland = zoneCalendar("Pacific/Auckland");
    // NZDT (+13) ends on 2026-04-05: that day lasts 25 hours.
    expect(auckland.startOf(day("2026-04-06")) - auckland.startOf(day("2026-04-05"))).toBe(25 * 3_600_000);
  });

  it("reads an evaluation moment as the member's civil day", () => {
    const auckland = zoneCalendar("Pacific/Auckland");
    const mexico = zoneCalendar("America/Mexico_City");
    const instant = Date.parse("2026-03-31T12:00:00Z");
    expect(toIsoDate(dayOfMoment(instant, auckland))).toBe("2026-04-01");
    expect(toIsoDate(dayOfMoment(new Date(instant), mexico))).toBe("2026-03-31");
    expect(toIsoDate(dayOfMoment("2026-03-31", auckland))).toBe("2026-03-31");
    expect(() => dayOfMoment("31/03/2026", auckland)).toThrow(RangeError);
    expect(() => dayOfMoment(Number.NaN, auckland)).toThrow(RangeError);
  });

  it("knows IANA zones and refuses others", () => {
    expect(isValidTimeZone("Pacific/Auckland")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(() => zoneCalendar("Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
