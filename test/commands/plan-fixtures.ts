import type { Database } from "../../src/db/client.js";
import {
  actionPlans,
  alertsOutbox,
  auditLog,
  channelSubscriptions,
  chatIdentities,
  commitmentPolicyAreas,
  commitments,
  endorsements,
  meetings,
  members,
  milestones,
  organizations,
  persons,
  progressUpdates,
  roleAssignments,
} from "../../src/db/schema/index.js";
import { TEAM } from "./fixtures.js";

/**
 * Riverton (code `rvtn`, in Auckland's time zone) carried out its first plan from 2024 to the end of
 * 2025 with two commitments, `rvtn0001` and `rvtn0002`; its plan is still marked in implementation
 * though its period is over, so the next one may be drafted. Rita is its point of contact, Olga an
 * official allowed to post updates, Omar civil society for River Watch (he reads Spanish). Each is linked in Slack
 * (workspace `TEAM`), then in Discord; a channel of each platform follows Riverton.
 */
export const RIVERTON_SLACK = { poc: "U0RITAPOC", official: "U0OLGAOFF", civilSociety: "U0OMARCS" } as const;
export const RIVERTON_DISCORD = {
  poc: "200000000000000001",
  official: "200000000000000002",
  civilSociety: "200000000000000003",
} as const;
export const RIVERTON_CHANNELS = { slack: "C0RIVER", discord: "700000000000000009" } as const;

export interface Riverton {
  member: string;
  previousPlan: string;
  riverWatch: string;
  persons: { poc: string; official: string; civilSociety: string };
}

export async function seedRiverton(db: Database): Promise<Riverton> {
  const [riverWatch, townHall] = await db
    .insert(organizations)
    .values([
      { name: "River Watch", kind: "civil_society_org", country: "US" },
      { name: "Riverton Town Hall", kind: "government", country: "US" },
    ])
    .returning();
  const [member] = await db
    .insert(members)
    .values({
      slug: "riverton",
      code: "rvtn",
      name: "Riverton",
      country: "US",
      jurisdictionType: "city",
      language: "en",
      timeZone: "Pacific/Auckland",
      joinedOn: "2023-06-01",
      mandateEnd: "2029-06-30",
    })
    .returning();
  const [previousPlan] = await db
    .insert(actionPlans)
    .values({
      memberId: member!.id,
      number: 1,
      title: "Riverton Open Government Plan 2024–2025",
      periodStart: "2024-01-01",
      periodEnd: "2025-12-31",
      submittedOn: "2023-12-15",
      status: "implementation",
      recordedOn: "2023-09-01",
      participationSpacesOnline: "https://talk.riverton.example",
    })
    .returning();
  const done = {
    planId: previousPlan!.id,
    leadAgency: { office: "Riverton Town Hall" },
    problem: "Flood data is scattered.",
    action: "Publish it.",
    resourcesSecured: "yes",
    status: "completed",
    startDate: "2024-01-01",
    endDate: "2025-12-31",
    submittedOn: "2023-12-15",
    completedOn: "2025-12-20",
  } as const;
  const finished = await db
    .insert(commitments)
    .values([
      { ...done, code: "rvtn0001", number: 1, title: "Open flood data" },
      { ...done, code: "rvtn0002", number: 2, title: "River basin council online" },
    ])
    .returning();
  await db
    .insert(commitmentPolicyAreas)
    .values(finished.map((row) => ({ commitmentId: row.id, code: "open_data" })));
  // An update with progress in each quarter of the plan: no INACT-3/INACT-4 stands in the way of INACT-2.
  await db.insert(progressUpdates).values(
    ["2024-02", "2024-05", "2024-08", "2024-11", "2025-02", "2025-05", "2025-08", "2025-11"].map(
      (month, index) => ({
        commitmentId: finished[0]!.id,
        postedAt: new Date(`${month}-15T00:00:00Z`),
        source: "cli",
        narrative: `Quarter ${index + 1} of the flood data work.`,
        completionPct: 10 * (index + 1),
      }),
    ),
  );
  // PROB-2: co-created with civil society, endorsed, and two implementation meetings a year.
  await db.insert(meetings).values(
    [
      ["2023-10-10", "co_creation"],
      ["2024-03-10", "implementation"],
      ["2024-09-10", "implementation"],
      ["2025-03-10", "implementation"],
      ["2025-09-10", "implementation"],
    ].map(([heldOn, phase]) => ({
      memberId: member!.id,
      planId: previousPlan!.id,
      heldOn: heldOn!,
      phase: phase!,
      title: "Open government forum",
      governmentParticipants: 3,
      nonGovernmentParticipants: 5,
    })),
  );
  await db.insert(endorsements).values({
    planId: previousPlan!.id,
    organizationId: riverWatch!.id,
    endorsedAt: new Date("2023-12-01T00:00:00Z"),
    source: "web",
  });
  const people = await db
    .insert(persons)
    .values([
      { name: "Rita Poc", email: "rita@riverton.example", organizationId: townHall!.id },
      { name: "Olga Official", email: "olga@riverton.example", organizationId: townHall!.id },
      {
        name: "Omar Civic",
        email: "omar@riverwatch.example",
        language: "es",
        organizationId: riverWatch!.id,
      },
    ])
    .returning();
  const [rita, olga, omar] = people.map((person) => person.id) as [string, string, string];
  await db.insert(roleAssignments).values([
    { personId: rita, role: "point_of_contact", scope: "member", memberId: member!.id },
    {
      personId: olga,
      role: "government_official",
      scope: "member",
      memberId: member!.id,
      canPostUpdates: true,
    },
    { personId: omar, role: "civil_society", scope: "member", memberId: member!.id },
  ]);
  const ids = { poc: rita, official: olga, civilSociety: omar };
  await db.insert(chatIdentities).values(
    (Object.keys(ids) as (keyof typeof ids)[]).flatMap((who) => [
      {
        personId: ids[who],
        platform: "slack",
        workspaceId: TEAM,
        userId: RIVERTON_SLACK[who],
        linkedAt: new Date("2025-01-01T00:00:00Z"),
      },
      {
        personId: ids[who],
        platform: "discord",
        workspaceId: "",
        userId: RIVERTON_DISCORD[who],
        linkedAt: new Date("2025-02-01T00:00:00Z"),
      },
    ]),
  );
  return { member: member!.id, previousPlan: previousPlan!.id, riverWatch: riverWatch!.id, persons: ids };
}

/** A channel of `platform` following Riverton's updates. */
export async function followRiverton(
  db: Database,
  data: Riverton,
  platform: "slack" | "discord",
  workspaceId: string,
): Promise<void> {
  await db.insert(channelSubscriptions).values({
    platform,
    workspaceId,
    channelId: RIVERTON_CHANNELS[platform],
    kind: "member_updates",
    memberId: data.member,
    subjectKey: data.member,
  });
}

/** Row counts of what the plan commands write, to show a refusal wrote nothing. */
export async function writtenCounts(db: Database) {
  return {
    plans: await db.$count(actionPlans),
    commitments: await db.$count(commitments),
    milestones: await db.$count(milestones),
    endorsements: await db.$count(endorsements),
    outbox: await db.$count(alertsOutbox),
    audit: await db.$count(auditLog),
  };
}

/** The answers of a valid commitment form of Riverton's next plan (2026-04-01 to 2028-03-31). */
export const COMMITMENT_ANSWERS = {
  title: "Open budget hearings",
  short_title: "Budget hearings",
  start_date: "2026-04-01",
  end_date: "2027-12-31",
  lead_agency: "Finance Office",
  problem: "Residents cannot follow how the budget is decided.",
  action: "Hold every budget hearing in public and stream it.",
  expected_results: "Residents follow and question budget choices.",
  national_alignment: "",
  policy_areas: ["fiscal_openness"],
  sectors: ["public_services"],
  ogp_values: ["civic_participation", "public_accountability"],
  resources_secured: "partially",
};

export const PLAN_ANSWERS = {
  title: "Riverton Open Government Plan 2026–2028",
  period_start: "2026-04-01",
  period_end: "2028-03-31",
  long_term_vision: "A town whose decisions residents can see and shape.",
  participation_space: "https://talk.riverton.example/plan-2",
};

/** The co-creation meeting of Riverton's next plan, logged the day it is submitted (PROB-2). */
export const MEETING_ANSWERS = {
  held_on: "2026-03-11",
  phase: "co_creation",
  title: "Co-creation workshop",
  government: "3",
  non_government: "6",
  organizations: "River Watch",
};

export const MILESTONE_ANSWERS = {
  description: "First public budget hearing streamed",
  start_month: "2026-04",
  end_month: "2026-12",
  responsible_organization: "Finance Office",
};
