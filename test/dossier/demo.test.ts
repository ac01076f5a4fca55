import { describe, expect, it } from "vitest";
import { DEMO_INTENDED_STATUSES, DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { ROLES } from "../../src/domain/vocabularies.js";
import { demoDocument } from "./fixtures.js";

/**
 * The demo's story, checked on its facts (the rules engine's own tests evaluate it): which calendar
 * quarters, in each member's time zone, have progress updates.
 */
const demo = demoDocument();
const members = demo.members ?? [];

function memberNamed(slug: string) {
  const member = members.find((m) => m.slug === slug);
  if (!member) throw new Error(`the demo has no member ${slug}`);
  return member;
}

/** `2026Q2` for an instant, read in a time zone. */
function quarterOf(instant: string, timeZone: string): string {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" })
    .format(new Date(instant))
    .split("-")
    .map(Number);
  return `${year}Q${Math.ceil((month ?? 1) / 3)}`;
}

/** Quarters with at least one update on the member's plans, or on its coalition's joint commitments. */
function quartersWithUpdates(slug: string): Set<string> {
  const member = memberNamed(slug);
  const coalition = demo.coalitions?.find((c) => c.members.includes(slug));
  const commitments = [
    ...(member.plans ?? []).flatMap((p) => p.commitments ?? []),
    ...(coalition?.plans ?? []).flatMap((p) => p.commitments ?? []).filter((c) => !c.owners),
  ];
  return new Set(
    commitments.flatMap((c) => (c.updates ?? []).map((u) => quarterOf(u.postedAt, member.timeZone))),
  );
}

describe("demo dossier", () => {
  it("records each member's intended status as its status, since and last history entry", () => {
    expect(members.map((m) => m.slug).sort()).toEqual(Object.keys(DEMO_INTENDED_STATUSES).sort());
    for (const [slug, intended] of Object.entries(DEMO_INTENDED_STATUSES)) {
      const member = memberNamed(slug);
      expect(member.status, slug).toBe(intended.status);
      expect(member.statusSince, slug).toBe(intended.since);
      const last = member.statusHistory?.at(-1);
      expect(last?.status, slug).toBe(intended.status);
      expect(last?.effectiveOn, slug).toBe(intended.since);
      expect(last?.ruleId ?? null, slug).toBe(intended.ruleId);
    }
  });

  it("spans at least two countries in different time zones, with a coalition of two members of one country", () => {
    expect(new Set(members.map((m) => m.country)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(members.map((m) => m.timeZone))).toEqual(
      new Set(["America/Mexico_City", "Pacific/Auckland", "Europe/Paris"]),
    );
    const [coalition] = demo.coalitions ?? [];
    expect(coalition?.members).toHaveLength(2);
    expect(new Set(coalition?.members.map((slug) => memberNamed(slug).country))).toEqual(
      new Set([coalition?.country]),
    );
  });

  it("has a person for every role", () => {
    const roles = new Set((demo.persons ?? []).flatMap((p) => (p.roles ?? []).map((r) => r.role)));
    expect([...roles].sort()).toEqual([...ROLES].sort());
  });

  it("has plans in several phases, and more than six quarters of updates", () => {
    const plans = [
      ...members.flatMap((m) => m.plans ?? []),
      ...(demo.coalitions ?? []).flatMap((c) => c.plans ?? []),
    ];
    expect(new Set(plans.map((p) => p.status))).toEqual(new Set(["implementation", "ended", "co_creation"]));
    expect(quartersWithUpdates("san-telmo-de-las-lomas").size).toBeGreaterThan(6);
  });

  it("tells the active coalition's story: a joint update in every quarter up to the reference date", () => {
    const expected = ["2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3", "2026Q4"];
    expect([...quartersWithUpdates("san-telmo-de-las-lomas")].sort()).toEqual(expected);
    expect([...quartersWithUpdates("villa-encinar")].sort()).toEqual(expected);
  });

  it("tells Kōwhai Coast's story: updates until Q1 2026, none in Q2 and Q3 2026 (INACT-4)", () => {
    const quarters = quartersWithUpdates("kowhai-coast");
    expect(quarters.has("2026Q1")).toBe(true);
    for (const quarter of ["2026Q2", "2026Q3", "2026Q4"]) expect(quarters.has(quarter), quarter).toBe(false);
  });

  it("tells Santa Clara's story: no update from Q4 2025 on (INACT-4, then PROB-1)", () => {
    const quarters = [...quartersWithUpdates("santa-clara-de-los-pinos")].sort();
    expect(quarters).toEqual(["2025Q1", "2025Q2", "2025Q3"]);
  });

  it("tells Val-de-Brume's story: an open-ended voluntary inactivity from 2026-03-01, nothing posted since", () => {
    const member = memberNamed("val-de-brume");
    expect(member.statusDecisions).toHaveLength(1);
    expect(member.statusDecisions?.[0]).toMatchObject({
      kind: "voluntary_inactivity",
      startsOn: "2026-03-01",
    });
    expect(member.statusDecisions?.[0]).not.toHaveProperty("endsOn");
    const lastUpdate = (member.plans ?? [])
      .flatMap((p) => p.commitments ?? [])
      .flatMap((c) => c.updates ?? [])
      .map((u) => u.postedAt)
      .sort()
      .at(-1);
    expect(lastUpdate && lastUpdate < "2026-03-01").toBe(true);
    expect(DEMO_REFERENCE_DATE).toBe("2026-11-15");
  });
});
