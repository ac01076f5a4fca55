import type { Database } from "../db/client.js";
import { latestCompletionOf, listCommitmentsOfMembers } from "../db/repositories/commitments.js";
import type { MemberRow } from "../db/repositories/member-lookup.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import type { MemberEvaluation } from "../domain/rules/index.js";
import type { Language } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import { LIMITS, truncate } from "../messages/limits.js";
import type { ReplyBlock, ReplyButton } from "../messages/model.js";
import { membersWithPostingRights, membersWithRole } from "../services/permissions.js";
import { ASSESSMENT_RULES } from "../services/submit-assessment.js";

const ASSESSMENT_RULE_IDS: readonly string[] = Object.values(ASSESSMENT_RULES);

/**
 * The home view's calls to act on a commitment's life cycle, by member: "Mark complete" for the
 * commitments reporting 100 % of the members whose updates the person posts (§1), and "Submit an
 * assessment" for a monitoring body while a DUE-ASSESS-* item of its member is open (§3.5). At most
 * two blocks per member, so the home stays within a platform's block limit.
 */
export async function homeLifecycleActions(
  db: Database,
  person: PersonWithRoles,
  members: MemberRow[],
  evaluations: ReadonlyMap<string, MemberEvaluation>,
  language: Language,
): Promise<Map<string, ReplyBlock[]>> {
  const shownIds = members.map((member) => member.id);
  const posting = membersWithPostingRights(person).filter((id) => shownIds.includes(id));
  const active = await listCommitmentsOfMembers(db, posting, ["active"]);
  const latest = await latestCompletionOf(
    db,
    active.map((commitment) => commitment.id),
  );
  const ready = active.filter((commitment) => latest.get(commitment.id)?.completionPct === 100);
  const monitored = membersWithRole(person, "monitoring_body");

  const actions = new Map<string, ReplyBlock[]>();
  for (const member of members) {
    const completable = ready
      .filter((commitment) => commitment.memberIds.includes(member.id))
      .slice(0, LIMITS.buttonsPerRow - 1);
    const assessmentDue =
      monitored.includes(member.id) &&
      (evaluations.get(member.id)?.dueItems ?? []).some((item) => ASSESSMENT_RULE_IDS.includes(item.ruleId));
    const buttons: ReplyButton[] = completable.map((commitment) => ({
      label: truncate(`${commitment.code}: ${t(language, "cmd.complete.button")}`, LIMITS.optionLabel),
      invoke: { command: "complete", args: [commitment.code] },
    }));
    if (assessmentDue)
      buttons.push({
        label: t(language, "cmd.assessment.button"),
        style: "primary",
        invoke: { command: "assessment", args: ["submit", member.slug] },
      });
    if (buttons.length === 0) continue;
    const blocks: ReplyBlock[] = [];
    if (completable.length > 0)
      blocks.push({
        kind: "list",
        items: completable.map((commitment) =>
          t(language, "cmd.complete.ready", {
            code: commitment.code,
            title: truncate(commitment.title, 200),
          }),
        ),
      });
    blocks.push({ kind: "buttons", buttons });
    actions.set(member.id, blocks);
  }
  return actions;
}
