import type { Database } from "../../src/db/client.js";
import { findPersonByChatIdentity } from "../../src/db/repositories/people.js";
import { channelSubscriptions, progressUpdates } from "../../src/db/schema/index.js";
import type { Message } from "../../src/messages/model.js";
import type { Acting } from "../../src/services/acting.js";
import { type Seeded, TEAM } from "../commands/fixtures.js";

/** The Slack channel where the Support Unit takes every alert. */
export const SUPPORT_CHANNEL = "C0SUPPORT";

/** 2026-03-01 23:30 in Springfield (America/New_York), already 2 March in UTC. */
export const UPDATE_POSTED_AT = new Date("2026-03-02T04:30:00Z");

/** A progress update on sprfd0001 for the public to comment on. */
export async function postUpdate(db: Database, data: Seeded): Promise<string> {
  const [update] = await db
    .insert(progressUpdates)
    .values({
      commitmentId: data.budgetPortal,
      authorId: data.persons.poc,
      postedAt: UPDATE_POSTED_AT,
      source: "slack",
      narrative: "The budget dataset is half published.",
      completionPct: 30,
    })
    .returning();
  return update!.id;
}

/** A Support Unit alert channel: every kind, or some kinds of one country's members only. */
export async function subscribeSupportUnit(
  db: Database,
  channel: { platform: "slack" | "discord"; workspaceId: string; channelId: string },
  filter: { country?: string; alertKinds?: string[] } = {},
): Promise<void> {
  await db.insert(channelSubscriptions).values({
    ...channel,
    kind: "support_unit_alerts",
    country: filter.country ?? null,
    subjectKey: filter.country ?? "",
    alertKinds: filter.alertKinds ?? [],
  });
}

/** A seeded person acting from Slack, as the command core would pass them to a use case. */
export async function actingAs(db: Database, userId: string): Promise<Acting> {
  const person = await findPersonByChatIdentity(db, { platform: "slack", workspaceId: TEAM, userId });
  if (!person) throw new Error(`no person for ${userId}`);
  return { person, source: "slack", label: `${person.email} via slack:${TEAM}:${userId}` };
}

/** Everything a reader sees in a message: texts, field labels and values, button labels. */
export function messageText(message: Pick<Message, "blocks">): string {
  return message.blocks
    .flatMap((block) => {
      switch (block.kind) {
        case "heading":
        case "text":
        case "context":
          return [block.text];
        case "fields":
          return block.fields.flatMap((field) => [field.label, field.value]);
        case "buttons":
          return block.buttons.map((button) => button.label);
        default:
          return [];
      }
    })
    .join("\n");
}
