import type { CommandInput, CommandResult } from "../../src/commands/index.js";
import { runCommand } from "../../src/commands/index.js";
import type { Database, DatabaseHandle } from "../../src/db/client.js";
import {
  actionPlans,
  alertsOutbox,
  channelSubscriptions,
  coalitions,
  commitments,
  members,
  milestones,
} from "../../src/db/schema/index.js";
import { seedDemoData } from "../../src/db/setup.js";
import type { Platform } from "../../src/domain/vocabularies.js";
import { silentLogger } from "../../src/logging/logger.js";
import { freshDatabase } from "../support/database.js";

export interface ChatIdentity {
  platform: Platform;
  workspaceId: string;
  userId: string;
}

/** Chat identities of the demo's people (demo/demo-dossier.json), as outbox targets. */
export const PEOPLE = {
  /** Support Unit, Slack. */
  amara: { platform: "slack", workspaceId: "T0DEMOSU", userId: "U0AMARA" },
  /** PoC of Kōwhai Coast, linked on Slack and Discord, prefers Discord. */
  aroha: { platform: "discord", workspaceId: "", userId: "815500000000000002" },
  arohaOnSlack: { platform: "slack", workspaceId: "T0KOWHAI", userId: "U0AROHA" },
  /** PoC of the Lomas–Encinar coalition, linked on both, prefers Slack. */
  diego: { platform: "slack", workspaceId: "T0LOMAS", userId: "U0DIEGO" },
  /** Civil society of Kōwhai Coast, Discord. */
  mere: { platform: "discord", workspaceId: "", userId: "815500000000000003" },
  /** PoC of Val-de-Brume (writes French), Discord. */
  camille: { platform: "discord", workspaceId: "", userId: "815500000000000004" },
} as const satisfies Record<string, ChatIdentity>;

/** Outbox targets as the descriptors below write them: `platform:workspace:target`. */
export const TARGET = {
  aroha: "discord::815500000000000002",
  diego: "slack:T0LOMAS:U0DIEGO",
  mere: "discord::815500000000000003",
  camille: "discord::815500000000000004",
  supportAll: "slack:T0DEMOSU:C0SUALL",
  supportMexico: "slack:T0DEMOSU:C0SUMX",
  supportLetters: "slack:T0DEMOSU:C0LETTERS",
  kowhaiChannel: "discord:G0KOWHAI:900000000000000001",
  lomasChannel: "slack:T0LOMAS:C0LOMAS",
  mexicoDigest: "slack:T0LOMAS:C0MXNATIONAL",
} as const;

/**
 * The demo dossier, plus the subscriptions the dossier format does not carry: three Support Unit
 * channels (everything; Mexico only; status letters only), a channel per member for Kōwhai Coast
 * and San Telmo, and Mexico's country digest.
 */
export async function demoWithSubscriptions(): Promise<DatabaseHandle> {
  const handle = await freshDatabase();
  await seedDemoData(handle);
  const id = await memberIds(handle.db);
  const channel = (target: string) => {
    const [platform, workspaceId, channelId] = target.split(":") as [Platform, string, string];
    return { platform, workspaceId, channelId };
  };
  await handle.db.insert(channelSubscriptions).values([
    { ...channel(TARGET.supportAll), kind: "support_unit_alerts", subjectKey: "" },
    { ...channel(TARGET.supportMexico), kind: "support_unit_alerts", subjectKey: "MX", country: "MX" },
    {
      ...channel(TARGET.supportLetters),
      kind: "support_unit_alerts",
      subjectKey: "",
      alertKinds: ["INACT-1", "INACT-2", "INACT-3", "INACT-4", "PROB-1", "PROB-2", "REVOKE-1"],
    },
    {
      ...channel(TARGET.kowhaiChannel),
      kind: "member_updates",
      memberId: id["kowhai-coast"],
      subjectKey: id["kowhai-coast"]!,
    },
    {
      ...channel(TARGET.lomasChannel),
      kind: "member_updates",
      memberId: id["san-telmo-de-las-lomas"],
      subjectKey: id["san-telmo-de-las-lomas"]!,
    },
    { ...channel(TARGET.mexicoDigest), kind: "country_digest", country: "MX", subjectKey: "MX" },
  ]);
  return handle;
}

export async function memberIds(db: Database): Promise<Record<string, string>> {
  const rows = await db.select({ id: members.id, slug: members.slug }).from(members);
  return Object.fromEntries(rows.map((row) => [row.slug, row.id]));
}

/**
 * Every outbox row as `RULE subject period step → platform:workspace:target`, subjects named as
 * people read them (member slug, commitment code, `code/month` for a milestone, `owner:N` for a
 * plan), so a test states which alerts exist without knowing generated ids.
 */
export async function describeOutbox(
  db: Database,
  rows?: (typeof alertsOutbox.$inferSelect)[],
): Promise<string[]> {
  const names = new Map<string, string>();
  for (const member of await db.select().from(members)) names.set(member.id, member.slug);
  const owners = new Map<string, string>();
  for (const coalition of await db.select().from(coalitions)) owners.set(coalition.id, coalition.slug);
  for (const plan of await db.select().from(actionPlans)) {
    names.set(
      plan.id,
      `${names.get(plan.memberId ?? "") ?? owners.get(plan.coalitionId ?? "")}:${plan.number}`,
    );
  }
  const codes = new Map<string, string>();
  for (const commitment of await db.select().from(commitments)) {
    names.set(commitment.id, commitment.code);
    codes.set(commitment.id, commitment.code);
  }
  for (const milestone of await db.select().from(milestones)) {
    names.set(milestone.id, `${codes.get(milestone.commitmentId)}/${milestone.endMonth}`);
  }
  return (rows ?? (await db.select().from(alertsOutbox)))
    .map((row) => {
      const [alertKey = "", target = "", copy] = row.dedupeKey.split("|");
      const [rule, , subjectId = "", period, step] = alertKey.split(":");
      const described = [rule, names.get(subjectId) ?? subjectId, period, step].filter(Boolean).join(" ");
      return `${described} → ${target}${copy ? ` (${copy})` : ""}`;
    })
    .sort();
}

/** Runs a command as one of the demo's people, at `now`, in a channel when given. */
export function runAs(
  db: Database,
  person: ChatIdentity,
  input: CommandInput | string,
  now: Date,
  channelId?: string,
): Promise<CommandResult> {
  return runCommand(
    { db, logger: silentLogger, now: () => now },
    {
      platform: person.platform,
      workspaceId: person.workspaceId,
      userId: person.userId,
      ...(channelId ? { channelId } : {}),
      input: typeof input === "string" ? { kind: "text", text: input } : input,
    },
  );
}
