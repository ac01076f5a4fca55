import { Temporal } from "temporal-polyfill";
import type {
  CommitmentFact,
  DecisionFact,
  EndorsementFact,
  MeetingFact,
  MemberFacts,
  MilestoneFact,
  PlanFact,
  ProgressUpdateFact,
} from "../../../src/domain/rules/index.js";
import type { MemberStatus } from "../../../src/domain/vocabularies.js";

/**
 * Builders for rule scenarios. The baseline is a healthy member: one plan submitted on 2025-12-15
 * for 2026–2027, endorsed, with a participation space, a multi-stakeholder co-creation meeting,
 * implementation meetings every quarter and progress on its commitment every quarter. Each test
 * breaks one thing and watches the rule react.
 */

type Overrides<T> = { -readonly [K in keyof T]?: T[K] };

/** Noon of a civil date in a zone, as epoch ms: a posting time safely inside that day. */
export function noonIn(date: string, timeZone = "UTC"): number {
  return Temporal.PlainDate.from(date).toZonedDateTime({ timeZone, plainTime: "12:00" }).epochMilliseconds;
}

export function plan(overrides: Overrides<PlanFact> = {}): PlanFact {
  return {
    id: "plan-1",
    periodStart: "2026-01-01",
    periodEnd: "2027-12-31",
    submittedOn: "2025-12-15",
    status: "implementation",
    recordedOn: "2025-06-01",
    participationSpaceOn: "2025-07-01",
    ...overrides,
  };
}

export function commitment(overrides: Overrides<CommitmentFact> = {}): CommitmentFact {
  return {
    id: "c1",
    planId: "plan-1",
    code: "tst0001",
    status: "active",
    startDate: "2026-01-01",
    endDate: "2027-06-30",
    submittedOn: "2025-12-15",
    completedOn: null,
    withdrawnOn: null,
    ownedByMember: true,
    ...overrides,
  };
}

export function milestone(overrides: Overrides<MilestoneFact> = {}): MilestoneFact {
  return {
    id: "m1",
    commitmentId: "c1",
    startMonth: "2026-01",
    endMonth: "2026-06",
    status: "not_started",
    ...overrides,
  };
}

/** A progress update posted at noon (UTC unless `timeZone`) of `on`. */
export function update(
  on: string,
  overrides: Overrides<ProgressUpdateFact> & { timeZone?: string } = {},
): ProgressUpdateFact {
  const { timeZone, ...rest } = overrides;
  return {
    commitmentId: "c1",
    milestoneId: null,
    postedAt: noonIn(on, timeZone),
    completionPct: null,
    noProgress: false,
    milestoneChanges: [],
    ...rest,
  };
}

/** An update that moves milestone `milestoneId` forward: progress under INACT-3. */
export function progressUpdate(
  on: string,
  overrides: Overrides<ProgressUpdateFact> & { timeZone?: string } = {},
) {
  return update(on, {
    milestoneChanges: [{ milestoneId: "m1", from: "not_started", to: "in_progress" }],
    ...overrides,
  });
}

/** The explicit "no progress this quarter" update. */
export function stalledUpdate(
  on: string,
  overrides: Overrides<ProgressUpdateFact> & { timeZone?: string } = {},
) {
  return update(on, { noProgress: true, ...overrides });
}

/** One update per quarter from `first` to `last` ("2026-02-15"-style mid-quarter days), raising completion each time. */
export function quarterlyProgress(first: string, quarters: number, timeZone = "UTC"): ProgressUpdateFact[] {
  const start = Temporal.PlainDate.from(first);
  return Array.from({ length: quarters }, (_, index) =>
    update(start.add({ months: 3 * index }).toString(), { completionPct: 5 * (index + 1), timeZone }),
  );
}

let meetingCount = 0;

export function meeting(heldOn: string, overrides: Overrides<MeetingFact> = {}): MeetingFact {
  meetingCount++;
  return {
    id: `meeting-${meetingCount}`,
    planId: "plan-1",
    heldOn,
    phase: "implementation",
    governmentParticipants: 3,
    nonGovernmentParticipants: 4,
    ...overrides,
  };
}

/** Two implementation meetings a year from 2026 to 2027, as PROB-2 Regularity wants. */
export function regularMeetings(): MeetingFact[] {
  return ["2026-02-10", "2026-08-10", "2027-02-10", "2027-08-10"].map((day) => meeting(day));
}

export function endorsement(overrides: Overrides<EndorsementFact> = {}): EndorsementFact {
  return {
    planId: "plan-1",
    organizationId: "org-cso",
    nonGovernment: true,
    endorsedAt: noonIn("2025-09-15"),
    withdrawnAt: null,
    ...overrides,
  };
}

let decisionCount = 0;
const decisionId = () => `decision-${++decisionCount}`;

export function voluntaryInactivity(
  startsOn: string,
  endsOn: string | null,
  decidedOn = startsOn,
): DecisionFact {
  return {
    id: decisionId(),
    kind: "voluntary_inactivity",
    reason: "Political transition",
    decidedOn,
    startsOn,
    endsOn,
  };
}

export function extension(newDueOn: string, decidedOn: string): DecisionFact {
  return {
    id: decisionId(),
    kind: "first_plan_extension",
    reason: "New administration",
    decidedOn,
    newDueOn,
  };
}

export function override(status: MemberStatus, startsOn: string, decidedOn = startsOn): DecisionFact {
  return {
    id: decisionId(),
    kind: "status_override",
    reason: "Support Unit review",
    decidedOn,
    status,
    startsOn,
  };
}

export function revocation(effectiveOn: string, decidedOn = effectiveOn): DecisionFact {
  return { id: decisionId(), kind: "revocation_confirmed", reason: "Letter sent", decidedOn, effectiveOn };
}

export type FactsOverrides = Overrides<Omit<MemberFacts, "member">> & {
  member?: Overrides<MemberFacts["member"]>;
};

/** The healthy baseline, with any part replaced. */
export function memberFacts(overrides: FactsOverrides = {}): MemberFacts {
  const { member, ...parts } = overrides;
  return {
    member: {
      id: "member-1",
      slug: "testville",
      timeZone: "UTC",
      mandateEnd: null,
      joinedOn: "2025-01-01",
      firstPlanDue: null,
      country: "FR",
      language: "fr",
      coalitionSize: null,
      ...member,
    },
    plans: [plan()],
    endorsements: [endorsement()],
    commitments: [commitment()],
    milestones: [milestone()],
    updates: quarterlyProgress("2026-02-15", 8),
    meetings: [meeting("2025-09-01", { phase: "co_creation" }), ...regularMeetings()],
    assessments: [],
    modifications: [],
    decisions: [],
    ...parts,
  };
}

/** Calendar days from `first` to `last` inclusive, as ISO dates. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const end = Temporal.PlainDate.from(last);
  for (
    let day = Temporal.PlainDate.from(first);
    Temporal.PlainDate.compare(day, end) <= 0;
    day = day.add({ days: 1 })
  ) {
    days.push(day.toString());
  }
  return days;
}

export function dayBefore(date: string): string {
  return Temporal.PlainDate.from(date).subtract({ days: 1 }).toString();
}

/** Deterministic pseudo-random numbers (mulberry32) for property-style loops. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
