import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { milestones } from "../../../src/db/schema/index.js";
import { escapeText, foldLine } from "../../../src/web/feeds/ics.js";
import { DEMO_DAY, type DemoApp, demoApp } from "../api/demo.js";

interface ParsedEvent {
  uid: string;
  start: string;
  summary: string;
  description: string;
  url: string;
}

function events(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    expect(event.startDate.isDate).toBe(true);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      summary: event.summary,
      description: event.description,
      url: String(vevent.getFirstPropertyValue("url")),
    };
  });
}

describe("iCalendar text (RFC 5545)", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(escapeText("a\\b; c, d\ne")).toBe("a\\\\b\\; c\\, d\\ne");
  });

  it("folds lines at 75 octets without splitting a UTF-8 character", () => {
    const line = `SUMMARY:${"Kōwhai ".repeat(30)}`;
    const folded = foldLine(line);
    for (const physical of folded.split("\r\n"))
      expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split("\r\n")
        .slice(1)
        .every((part) => part.startsWith(" ")),
    ).toBe(true);
    expect(folded.replaceAll("\r\n ", "")).toBe(line);
  });
});

describe("deadline calendars", () => {
  let demo: DemoApp;
  const calendar = async (path: string) => {
    const response = await demo.app.request(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    return response.text();
  };
  beforeAll(async () => {
    demo = await demoApp();
  });
  afterAll(() => demo.handle.close());

  it("lists a member's upcoming and overdue deadlines as all-day events, parsed by ical.js", async () => {
    const text = await calendar("/members/kowhai-coast/deadlines.ics");
    for (const line of text.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const member = (await (await demo.app.request("/api/v1/members/kowhai-coast")).json()) as {
      dueItems: { ruleId: string; dueOn: string; overdue: boolean }[];
    };
    const parsed = events(text);
    expect(parsed).toHaveLength(member.dueItems.length);
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed.map((event) => event.start).sort()).toEqual(
      member.dueItems.map((item) => item.dueOn).sort(),
    );
    const overdueUpdate = parsed.find((event) =>
      event.summary.startsWith("Overdue: Quarterly progress update"),
    );
    expect(overdueUpdate?.summary).toBe("Overdue: Quarterly progress update · Kōwhai Coast District");
    expect(overdueUpdate?.description).toContain("DUE-UPDATE");
    expect(overdueUpdate?.url).toMatch(/^http:\/\/localhost\/commitments\/nzkwc000\d\?lang=en$/);
  });

  it("speaks the reader's language: ?lang= first, then Accept-Language", async () => {
    const french = events(await calendar("/members/kowhai-coast/deadlines.ics?lang=fr"));
    expect(french.some((event) => event.summary.startsWith("En retard : Mise à jour trimestrielle"))).toBe(
      true,
    );
    const response = await demo.app.request("/members/kowhai-coast/deadlines.ics", {
      headers: { "accept-language": "es-MX,es;q=0.9,en;q=0.5" },
    });
    expect(response.headers.get("content-language")).toBe("es");
    expect(events(await response.text()).some((event) => event.summary.startsWith("Vencido:"))).toBe(true);
  });

  it("keeps every UID across requests and across a later evaluation, and for a deadline that moves", async () => {
    const path = "/countries/MX/deadlines.ics";
    const first = events(await calendar(path));
    const second = events(await calendar(path));
    expect(second.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(new Set(first.map((event) => event.uid)).size).toBe(first.length);

    // A month later the texts may change (an item falls overdue) but an item still open keeps its UID.
    demo.clock.now = new Date("2026-12-20T12:00:00Z");
    try {
      const later = events(await calendar(path));
      const stillOpen = later.filter((event) => first.some((earlier) => earlier.uid === event.uid));
      expect(stillOpen.length).toBeGreaterThan(0);
      for (const event of stillOpen)
        expect(event.start).toBe(first.find((earlier) => earlier.uid === event.uid)!.start);
    } finally {
      demo.clock.now = DEMO_DAY;
    }

    // A milestone rescheduled: same event (same UID), new date.
    const milestoneEvent = first.find((event) => event.uid.includes("/DUE-MILESTONE/milestone/"))!;
    const milestoneId = /\/milestone\/([^@/]+)/.exec(milestoneEvent.uid)![1]!;
    await demo.handle.db
      .update(milestones)
      .set({ endMonth: "2027-02" })
      .where(eq(milestones.id, milestoneId));
    const moved = events(await calendar(path)).find((event) => event.uid === milestoneEvent.uid);
    expect(moved?.start).toBe("2027-02-28");
    expect(moved?.start).not.toBe(milestoneEvent.start);
  });

  it("gathers the deadlines of every member of a country", async () => {
    const mexico = events(await calendar("/countries/mx/deadlines.ics"));
    for (const member of ["San Telmo de las Lomas", "Santa Clara de los Pinos"])
      expect(mexico.some((event) => event.summary.endsWith(member))).toBe(true);
    expect(mexico.every((event) => !event.summary.includes("Kōwhai"))).toBe(true);
  });
});
