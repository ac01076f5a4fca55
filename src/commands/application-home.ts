import type { Database } from "../db/client.js";
import { applicationRef, listApplications } from "../db/repositories/applications.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import type { Language } from "../domain/vocabularies.js";
import { formatCivilDate } from "../messages/format.js";
import { type MessageParams, t } from "../messages/i18n/index.js";
import type { ReplyBlock } from "../messages/model.js";
import { isSupportUnit } from "../services/permissions.js";

/** Pending applications shown with their buttons; the rest are counted (the CLI lists them all). */
const HOME_APPLICATIONS = 5;

/**
 * The home view's part of §1: everyone may apply for a locality to join OGP Local; the Support Unit
 * sees the applications waiting for its decision, oldest first, with Accept and Reject.
 */
export async function applicationHomeBlocks(
  db: Database,
  person: PersonWithRoles,
  language: Language,
): Promise<ReplyBlock[]> {
  const text = (key: string, params?: MessageParams) => t(language, key, params);
  const blocks: ReplyBlock[] = [
    { kind: "divider" },
    { kind: "text", text: text("cmd.apply.home") },
    {
      kind: "buttons",
      buttons: [{ label: text("cmd.apply.button"), invoke: { command: "apply", args: [] } }],
    },
  ];
  if (!isSupportUnit(person)) return blocks;
  const pending = await listApplications(db, { outcome: "pending", limit: HOME_APPLICATIONS + 1 });
  if (pending.length === 0) return blocks;
  blocks.push({ kind: "text", text: text("cmd.application.home_title") });
  for (const application of pending.slice(0, HOME_APPLICATIONS)) {
    blocks.push({
      kind: "text",
      text: text("cmd.application.home_line", {
        ref: applicationRef(application.id),
        name: application.jurisdictionName,
        country: application.country,
        on: formatCivilDate(application.submittedOn, language),
        contact: application.contactName,
      }),
    });
    blocks.push({
      kind: "buttons",
      buttons: [
        {
          label: text("cmd.application.accept_button"),
          style: "primary",
          invoke: { command: "application", args: ["accept", application.id] },
        },
        {
          label: text("cmd.application.reject_button"),
          style: "danger",
          invoke: { command: "application", args: ["reject", application.id] },
        },
      ],
    });
  }
  if (pending.length > HOME_APPLICATIONS)
    blocks.push({ kind: "context", text: text("cmd.application.home_more") });
  return blocks;
}
