import { describe, expect, it } from "vitest";
import { evaluateMember } from "../../../src/domain/rules/index.js";
import { memberFacts, progressUpdate, quarterlyProgress, stalledUpdate } from "./factory.js";

/** 12:00 UTC on 31 March is already 1 April (01:00 NZDT) in Auckland, still 31 March (06:00) in Mexico City. */
const postedAt = Date.parse("2026-03-31T12:00:00Z");

const memberIn = (timeZone: string) =>
  memberFacts({
    member: { timeZone },
    updates: [{ ...progressUpdate("2026-03-31"), postedAt }, ...quarterlyProgress("2027-01-15", 4, timeZone)],
  });

describe("quarters are calendar quarters in the member's time zone", () => {
  it("an update posted 2026-03-31T12:00Z counts for 2026Q2 in Pacific/Auckland", () => {
    const auckland = memberIn("Pacific/Auckland");
    // 2026Q2 has an update, so neither Q1+Q2 nor Q2+Q3 is a pair without updates.
    expect(evaluateMember(auckland, "2026-07-01").status).toBe("active");
    expect(evaluateMember(auckland, "2026-10-01").status).toBe("active");
    const dueInQ2 = evaluateMember(auckland, "2026-04-01").dueItems.filter(
      (item) => item.params.quarter === "2026Q2",
    );
    expect(dueInQ2).toEqual([]);
  });

  it("the same instant counts for 2026Q1 in America/Mexico_City", () => {
    const mexico = memberIn("America/Mexico_City");
    expect(evaluateMember(mexico, "2026-07-01").status).toBe("active");
    // 2026Q2 and Q3 have no update there.
    expect(evaluateMember(mexico, "2026-09-30").status).toBe("active");
    expect(evaluateMember(mexico, "2026-10-01")).toMatchObject({
      status: "inactive",
      reasons: [expect.objectContaining({ ruleId: "INACT-4", params: { from: "2026Q2", to: "2026Q3" } })],
    });
    const dueInQ2 = evaluateMember(mexico, "2026-04-01").dueItems.filter(
      (item) => item.params.quarter === "2026Q2",
    );
    expect(dueInQ2.map((item) => item.dueOn)).toEqual(["2026-06-30"]);
  });

  it("an evaluation instant is read as the member's own day", () => {
    const instant = Date.parse("2026-06-30T13:00:00Z");
    expect(evaluateMember(memberIn("Pacific/Auckland"), instant).on).toBe("2026-07-01");
    expect(evaluateMember(memberIn("America/Mexico_City"), new Date(instant)).on).toBe("2026-06-30");
  });

  it("a member's day runs from its local midnight: the last instant before it belongs to the day before", () => {
    const mexico = memberIn("America/Mexico_City");
    // Local midnight of 2026-10-01 in Mexico City (UTC−6) is 06:00 UTC.
    expect(evaluateMember(mexico, Date.parse("2026-10-01T05:59:59.999Z")).status).toBe("active");
    expect(evaluateMember(mexico, Date.parse("2026-10-01T06:00:00Z")).status).toBe("inactive");
  });

  it("an update posted late on a quarter's last day, local time, counts for that quarter after the DST change", () => {
    // Auckland left DST on 2026-04-05: 23:30 local on 30 June is 11:30 UTC (NZST, +12).
    const lateUpdate = { ...stalledUpdate("2026-06-30"), postedAt: Date.parse("2026-06-30T11:30:00Z") };
    const facts = memberFacts({ member: { timeZone: "Pacific/Auckland" }, updates: [lateUpdate] });
    expect(evaluateMember(facts, "2026-07-01").status).toBe("active");
    const justAfter = { ...lateUpdate, postedAt: Date.parse("2026-06-30T12:00:00Z") }; // 00:00 on 1 July
    expect(evaluateMember({ ...facts, updates: [justAfter] }, "2026-07-01").status).toBe("inactive");
  });
});
