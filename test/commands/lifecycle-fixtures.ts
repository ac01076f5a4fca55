import type { Database } from "../../src/db/client.js";
import { loadMemberFacts } from "../../src/db/repositories/member-facts.js";
import { chatIdentities, organizations, persons, roleAssignments } from "../../src/db/schema/index.js";
import { type DueItem, evaluateMember } from "../../src/domain/rules/index.js";
import { type Seeded, TEAM } from "./fixtures.js";

/** Mona, of Springfield's monitoring body (§2.3), writes Spanish; her Slack and Discord accounts. */
export const MONITOR = {
  email: "mona@observatorio.example",
  slackUserId: "U0MONAMB",
  discordUserId: "100000000000000007",
} as const;

/** Adds Springfield's monitoring body: an organization and Mona, linked on Slack and Discord. */
export async function addMonitoringBody(db: Database, data: Seeded): Promise<string> {
  const [organization] = await db
    .insert(organizations)
    .values({ name: "Observatorio Springfield", kind: "monitoring_body", country: "US" })
    .returning();
  const [mona] = await db
    .insert(persons)
    .values({ name: "Mona Monitor", email: MONITOR.email, language: "es", organizationId: organization!.id })
    .returning();
  await db
    .insert(roleAssignments)
    .values({ personId: mona!.id, role: "monitoring_body", scope: "member", memberId: data.springfield });
  await db.insert(chatIdentities).values([
    { personId: mona!.id, platform: "slack", workspaceId: TEAM, userId: MONITOR.slackUserId },
    { personId: mona!.id, platform: "discord", workspaceId: "", userId: MONITOR.discordUserId },
  ]);
  return mona!.id;
}

/** Springfield's due items on `at`, as the rules engine computes them from the stored facts. */
export async function springfieldDueItems(db: Database, data: Seeded, at: Date): Promise<DueItem[]> {
  const [facts] = await loadMemberFacts(db, [data.springfield]);
  if (!facts) throw new Error("Springfield has no facts");
  return [...evaluateMember(facts, at).dueItems];
}

/** A due item as `RULE subject-kind:subject-id due-date`, for comparisons. */
export const dueLine = (item: DueItem) =>
  `${item.ruleId} ${item.subject.kind}:${item.subject.id} ${item.dueOn}`;
