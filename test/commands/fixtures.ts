import type { Database } from "../../src/db/client.js";
import {
  actionPlans,
  chatIdentities,
  commitments,
  members,
  milestones,
  organizations,
  persons,
  roleAssignments,
} from "../../src/db/schema/index.js";

/** 2026-03-10, 10:00 in Springfield (America/New_York): within sprfd0001's MOD-1 window, past sprfd0002's. */
export const NOW = new Date("2026-03-10T15:00:00Z");
export const TEAM = "T0SPRING";

/** Slack user ids of the seeded people; `UNLINKED` has no person. */
export const USERS = {
  poc: "U0ANAPOC",
  official: "U0BEAOFF",
  allowedOfficial: "U0BOBOFF",
  civilSociety: "U0CARLACS",
  supportUnit: "U0DANSU",
  shelbyvillePoc: "U0EVEPOC",
  unlinked: "U0NEWBIE",
} as const;

export interface Seeded {
  springfield: string;
  shelbyville: string;
  springfieldPlan: string;
  shelbyvillePlan: string;
  budgetPortal: string;
  oldCommitment: string;
  shelbyvilleCommitment: string;
  publishDataset: string;
  launchPortal: string;
  persons: Record<keyof typeof USERS, string | null>;
  civicLab: string;
}

const contact = { office: "City Hall" };
const commitmentBase = {
  leadAgency: contact,
  problem: "Budget data is hard to find.",
  action: "Publish it.",
  resourcesSecured: "yes",
  status: "active",
} as const;

/**
 * Two members of one country. Springfield implements its first plan (two active commitments);
 * Shelbyville is co-creating its plan. Ana is Springfield's PoC, Bea an official without posting
 * rights, Bob an official the PoC allowed, Carla civil society of both (Civic Lab, writes in French),
 * Dan the Support Unit, Eve Shelbyville's PoC. All linked in Slack workspace `TEAM` but the newbie.
 */
export async function seed(db: Database): Promise<Seeded> {
  const [civicLab, cityHall] = await db
    .insert(organizations)
    .values([
      { name: "Civic Lab", kind: "civil_society_org", country: "US" },
      { name: "Springfield City Hall", kind: "government", country: "US" },
    ])
    .returning();
  const [springfield, shelbyville] = await db
    .insert(members)
    .values([
      {
        slug: "springfield",
        code: "sprfd",
        name: "Springfield",
        country: "US",
        jurisdictionType: "city",
        language: "en",
        timeZone: "America/New_York",
        joinedOn: "2024-01-15",
        mandateEnd: "2029-12-31",
      },
      {
        slug: "shelbyville",
        code: "shlby",
        name: "Shelbyville",
        country: "US",
        jurisdictionType: "city",
        language: "fr",
        timeZone: "America/Chicago",
        joinedOn: "2025-06-01",
        mandateEnd: "2030-12-31",
      },
    ])
    .returning();
  const [springfieldPlan, shelbyvillePlan] = await db
    .insert(actionPlans)
    .values([
      {
        memberId: springfield!.id,
        number: 1,
        title: "Springfield Open Government Plan 2025–2027",
        periodStart: "2025-01-01",
        periodEnd: "2027-12-31",
        submittedOn: "2025-01-10",
        status: "implementation",
        recordedOn: "2024-10-01",
      },
      {
        memberId: shelbyville!.id,
        number: 1,
        title: "Shelbyville Action Plan 2026–2028",
        periodStart: "2026-06-01",
        periodEnd: "2028-05-31",
        status: "co_creation",
        recordedOn: "2026-01-20",
      },
    ])
    .returning();
  const [budgetPortal, oldCommitment, shelbyvilleCommitment] = await db
    .insert(commitments)
    .values([
      {
        ...commitmentBase,
        planId: springfieldPlan!.id,
        code: "sprfd0001",
        number: 1,
        title: "Open budget portal",
        startDate: "2026-02-01",
        endDate: "2027-06-30",
        submittedOn: "2026-01-15",
      },
      {
        ...commitmentBase,
        planId: springfieldPlan!.id,
        code: "sprfd0002",
        number: 2,
        title: "Participatory budgeting",
        startDate: "2025-02-01",
        endDate: "2026-12-31",
        submittedOn: "2025-01-10",
      },
      {
        ...commitmentBase,
        planId: shelbyvillePlan!.id,
        code: "shlby0001",
        number: 1,
        title: "Registre des lobbyistes",
        startDate: "2026-06-01",
        endDate: "2027-12-31",
        submittedOn: "2026-02-01",
      },
    ])
    .returning();
  const [publishDataset, launchPortal] = await db
    .insert(milestones)
    .values([
      {
        commitmentId: budgetPortal!.id,
        position: 1,
        description: "Publish the budget dataset",
        startMonth: "2026-02",
        endMonth: "2026-06",
        status: "in_progress",
      },
      {
        commitmentId: budgetPortal!.id,
        position: 2,
        description: "Launch the portal",
        startMonth: "2026-07",
        endMonth: "2027-06",
        status: "not_started",
      },
    ])
    .returning();
  const people = await db
    .insert(persons)
    .values([
      { name: "Ana Poc", email: "ana@springfield.example", organizationId: cityHall!.id },
      { name: "Bea Official", email: "bea@springfield.example", organizationId: cityHall!.id },
      { name: "Bob Allowed", email: "bob@springfield.example", organizationId: cityHall!.id },
      { name: "Carla Civic", email: "carla@civiclab.example", language: "fr", organizationId: civicLab!.id },
      { name: "Dan Support", email: "dan@ogp.example" },
      { name: "Eve Poc", email: "eve@shelbyville.example" },
    ])
    .returning();
  const [ana, bea, bob, carla, dan, eve] = people.map((person) => person.id);
  await db.insert(roleAssignments).values([
    {
      personId: ana!,
      role: "point_of_contact",
      scope: "member",
      memberId: springfield!.id,
      canPostUpdates: true,
    },
    { personId: bea!, role: "government_official", scope: "member", memberId: springfield!.id },
    {
      personId: bob!,
      role: "government_official",
      scope: "member",
      memberId: springfield!.id,
      canPostUpdates: true,
    },
    { personId: carla!, role: "civil_society", scope: "member", memberId: springfield!.id },
    { personId: carla!, role: "civil_society", scope: "member", memberId: shelbyville!.id },
    { personId: dan!, role: "support_unit", scope: "global" },
    { personId: eve!, role: "point_of_contact", scope: "member", memberId: shelbyville!.id },
  ]);
  const linked = {
    poc: ana!,
    official: bea!,
    allowedOfficial: bob!,
    civilSociety: carla!,
    supportUnit: dan!,
    shelbyvillePoc: eve!,
  };
  await db.insert(chatIdentities).values(
    Object.entries(linked).map(([key, personId]) => ({
      personId,
      platform: "slack",
      workspaceId: TEAM,
      userId: USERS[key as keyof typeof linked],
    })),
  );
  return {
    springfield: springfield!.id,
    shelbyville: shelbyville!.id,
    springfieldPlan: springfieldPlan!.id,
    shelbyvillePlan: shelbyvillePlan!.id,
    budgetPortal: budgetPortal!.id,
    oldCommitment: oldCommitment!.id,
    shelbyvilleCommitment: shelbyvilleCommitment!.id,
    publishDataset: publishDataset!.id,
    launchPortal: launchPortal!.id,
    persons: { ...linked, unlinked: null },
    civicLab: civicLab!.id,
  };
}
