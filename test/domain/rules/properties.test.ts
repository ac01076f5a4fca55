import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  evaluateMember,
  type MemberFacts,
  type StatusTransition,
  statusTimeline,
} from "../../../src/domain/rules/index.js";
import type { MemberStatus } from "../../../src/domain/vocabularies.js";
import {
  dayBefore,
  endorsement,
  extension,
  meeting,
  memberFacts,
  noonIn,
  override,
  plan,
  revocation,
  seededRandom,
  update,
  voluntaryInactivity,
} from "./factory.js";

/*
 * Property-style checks over generated members: plain loops over a seeded generator, so every run
 * sees the same inputs and a failure names the member and day to replay.
 */

const ZONES = ["UTC", "Pacific/Auckland", "America/Mexico_City"];
const FIRST = Temporal.PlainDate.from("2025-06-01");
const SPAN_DAYS = 1300; // to the end of 2028

function generator(seed: number) {
  const random = seededRandom(seed);
  const chance = (probability: number) => random() < probability;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const dayIn = (from: string, days: number) =>
    Temporal.PlainDate.from(from)
      .add({ days: Math.floor(random() * days) })
      .toString();
  return { random, chance, pick, dayIn };
}

function randomMember(seed: number): MemberFacts {
  const { random, chance, pick, dayIn } = generator(seed);
  const timeZone = pick(ZONES);
  const submittedOn = dayIn("2025-10-01", 150);
  const updates = [];
  let completion = 0;
  for (let quarter = 0; quarter < 8; quarter++) {
    const kind = random();
    if (kind < 0.25) continue;
    const on = Temporal.PlainDate.from("2026-01-01")
      .add({ months: 3 * quarter, days: Math.floor(random() * 89) })
      .toString();
    if (kind < 0.5) {
      updates.push(update(on, { noProgress: true, timeZone }));
    } else {
      completion += 5;
      updates.push(update(on, { completionPct: completion, timeZone }));
    }
  }
  const decisions = [];
  if (chance(0.25)) {
    const startsOn = dayIn("2026-01-01", 700);
    const endsOn = chance(0.2)
      ? null
      : Temporal.PlainDate.from(startsOn)
          .add({ days: 30 + Math.floor(random() * 300) })
          .toString();
    decisions.push(voluntaryInactivity(startsOn, endsOn, chance(0.3) ? dayIn(startsOn, 60) : startsOn));
  }
  if (chance(0.1)) {
    decisions.push(
      override(
        pick(["active", "inactive", "probation", "voluntarily_inactive"] as const),
        dayIn("2026-01-01", 700),
      ),
    );
  }
  if (chance(0.1)) decisions.push(revocation(dayIn("2026-03-01", 700)));
  const firstPlanDue = chance(0.2) ? dayIn("2025-08-01", 120) : null;
  if (firstPlanDue !== null && chance(0.5)) {
    decisions.push(extension(dayIn(firstPlanDue, 200), dayIn("2025-08-01", 200)));
  }

  return memberFacts({
    member: { timeZone, joinedOn: "2025-06-01", firstPlanDue },
    plans: [
      plan({
        submittedOn,
        participationSpaceOn: chance(0.85) ? "2025-07-01" : chance(0.5) ? dayIn(submittedOn, 200) : null,
      }),
    ],
    endorsements: chance(0.9)
      ? [endorsement({ endorsedAt: noonIn(chance(0.9) ? "2025-09-15" : dayIn(submittedOn, 200), timeZone) })]
      : [],
    meetings: [
      ...(chance(0.9)
        ? [
            meeting(dayIn("2025-08-01", 60), {
              phase: "co_creation",
              nonGovernmentParticipants: chance(0.9) ? 2 : 0,
            }),
          ]
        : []),
      ...Array.from({ length: Math.floor(random() * 6) }, () => meeting(dayIn("2026-01-01", 730))),
      ...(chance(0.2) ? [meeting(dayIn("2026-06-01", 500), { phase: "co_creation", planId: null })] : []),
    ],
    updates,
    decisions,
  });
}

const MEMBERS = Array.from({ length: 60 }, (_, seed) => ({ seed, facts: randomMember(seed + 1) }));

const statusAt = (timeline: readonly StatusTransition[], day: string): StatusTransition => {
  let current = timeline[0]!;
  for (const entry of timeline) if (entry.on <= day) current = entry;
  return current;
};

/** The transition days, the days before them and random days: where a disagreement would show. */
function sampleDays(seed: number, timeline: readonly StatusTransition[]): string[] {
  const { random } = generator(seed * 7919);
  const days = new Set<string>();
  for (const { on } of timeline) {
    days.add(on);
    days.add(dayBefore(on));
  }
  for (let i = 0; i < 25; i++) days.add(FIRST.add({ days: Math.floor(random() * SPAN_DAYS) }).toString());
  return [...days].filter((day) => day >= "2025-06-01").sort();
}

const SEVERITY: Readonly<Record<MemberStatus, number>> = {
  active: 0,
  voluntarily_inactive: 0,
  inactive: 1,
  probation: 2,
  revoked: 3,
};

describe("status history is reproducible", () => {
  it("the generated members exercise every status", () => {
    const seen = new Set(
      MEMBERS.flatMap(({ facts }) =>
        statusTimeline(facts, "2025-06-01", "2028-12-31").map((entry) => entry.status),
      ),
    );
    expect([...seen].sort()).toEqual(["active", "inactive", "probation", "revoked", "voluntarily_inactive"]);
  });

  it("for every sampled day, evaluateMember gives the status and since of the timeline entry in force", () => {
    for (const { seed, facts } of MEMBERS) {
      const timeline = statusTimeline(facts, "2025-06-01", "2028-12-31");
      for (const day of sampleDays(seed, timeline)) {
        const entry = statusAt(timeline, day);
        const evaluation = evaluateMember(facts, day);
        expect([evaluation.status, evaluation.since], `member ${seed} on ${day}`).toEqual([
          entry.status,
          entry.on,
        ]);
      }
    }
  });

  it("each timeline entry changes the status on a later day than the one before", () => {
    for (const { seed, facts } of MEMBERS) {
      const timeline = statusTimeline(facts, "2025-06-01", "2028-12-31");
      timeline.slice(1).forEach((entry, index) => {
        const previous = timeline[index]!;
        expect(
          entry.on > previous.on && entry.status !== previous.status,
          `member ${seed} on ${entry.on}`,
        ).toBe(true);
      });
    }
  });

  it("a timeline over a window starts with the entry in force on its first day", () => {
    for (const { seed, facts } of MEMBERS.slice(0, 20)) {
      const full = statusTimeline(facts, "2025-06-01", "2028-12-31");
      const window = statusTimeline(facts, "2026-09-15", "2027-09-15");
      expect(window[0], `member ${seed}`).toEqual(statusAt(full, "2026-09-15"));
      expect(window.slice(1), `member ${seed}`).toEqual(
        full.filter((entry) => entry.on > "2026-09-15" && entry.on <= "2027-09-15"),
      );
    }
  });
});

describe("evaluation is deterministic", () => {
  it("evaluating twice gives the same result", () => {
    for (const { facts } of MEMBERS.slice(0, 20)) {
      expect(evaluateMember(facts, "2027-03-10")).toEqual(evaluateMember(facts, "2027-03-10"));
    }
  });

  it("the order facts arrive in does not matter", () => {
    const reversed = (facts: MemberFacts): MemberFacts => ({
      ...facts,
      plans: [...facts.plans].reverse(),
      endorsements: [...facts.endorsements].reverse(),
      updates: [...facts.updates].reverse(),
      meetings: [...facts.meetings].reverse(),
      decisions: [...facts.decisions].reverse(),
    });
    const summary = (facts: MemberFacts, day: string) => {
      const evaluation = evaluateMember(facts, day);
      return {
        status: evaluation.status,
        since: evaluation.since,
        reasons: evaluation.reasons.map((reason) => reason.messageKey).sort(),
        alerts: evaluation.alerts.map((alert) => alert.dedupeKey).sort(),
        due: evaluation.dueItems.map((item) => `${item.ruleId}:${item.subject.id}:${item.dueOn}`).sort(),
      };
    };
    for (const { seed, facts } of MEMBERS) {
      for (const day of ["2026-04-01", "2026-11-20", "2027-07-01", "2028-05-02"]) {
        expect(summary(reversed(facts), day), `member ${seed} on ${day}`).toEqual(summary(facts, day));
      }
    }
  });

  it("every instant of the member's day gives the same evaluation as the day itself", () => {
    for (const { seed, facts } of MEMBERS.slice(0, 20)) {
      const day = Temporal.PlainDate.from("2026-10-01");
      const start = day.toZonedDateTime(facts.member.timeZone).epochMilliseconds;
      const end = day.add({ days: 1 }).toZonedDateTime(facts.member.timeZone).epochMilliseconds - 1;
      const expected = evaluateMember(facts, "2026-10-01");
      for (const instant of [start, start + 12 * 3_600_000, end]) {
        expect(evaluateMember(facts, instant), `member ${seed} at ${instant}`).toEqual(expected);
      }
    }
  });
});

describe("evaluation is monotone in recorded progress", () => {
  it("adding a progress update never makes the status worse on any day", () => {
    for (const { seed, facts } of MEMBERS) {
      const { dayIn } = generator(seed * 104729);
      const postedOn = dayIn("2025-12-01", 900);
      const progress = update(postedOn, {
        timeZone: facts.member.timeZone,
        milestoneChanges: [{ milestoneId: "m1", from: "not_started", to: "in_progress" }],
      });
      const improved = { ...facts, updates: [...facts.updates, progress] };
      const before = statusTimeline(facts, "2025-06-01", "2028-12-31");
      const after = statusTimeline(improved, "2025-06-01", "2028-12-31");
      for (const day of new Set([...sampleDays(seed, before), ...sampleDays(seed, after)])) {
        const was = statusAt(before, day).status;
        const is = statusAt(after, day).status;
        expect(
          SEVERITY[is],
          `member ${seed} on ${day}: ${was} → ${is} (progress on ${postedOn})`,
        ).toBeLessThanOrEqual(SEVERITY[was]);
        if (was === "voluntarily_inactive") expect(is).toBe("voluntarily_inactive");
      }
    }
  });
});
