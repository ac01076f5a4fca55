import { listCommitmentsOfMembers } from "../db/repositories/commitments.js";
import { findMembersByIds } from "../db/repositories/member-lookup.js";
import { listPendingModifications, modificationRef } from "../db/repositories/modifications.js";
import { findPersonByChatIdentity } from "../db/repositories/people.js";
import { findCurrentPlans } from "../db/repositories/plans.js";
import { formatCivilDate } from "../messages/format.js";
import { t } from "../messages/i18n/index.js";
import { truncate } from "../messages/limits.js";
import type { ReplyBlock } from "../messages/model.js";
import { describeDueItem } from "../messages/rules-text.js";
import { membersInScope, membersWithRole } from "../services/permissions.js";
import { applicationHomeBlocks } from "./application-home.js";
import { assessMembers, dueItemsFor, rolesOverMember } from "./assessment.js";
import { homeLifecycleActions } from "./home-lifecycle.js";
import { planActionBlocks } from "./plan-home.js";
import type { CommandDeps, CommandRequest } from "./request.js";
import { supportUnitHomeBlocks } from "./support-unit-home.js";

/** Members shown on the home view; more are summarized in one line (Slack's Home holds 100 blocks). */
const HOME_MEMBERS = 12;
const HOME_DUE_PER_MEMBER = 3;
const HOME_PENDING = 5;

/**
 * The person's home view (Slack App Home): their members with today's status and their own due items,
 * then modifications waiting for their consent. An unlinked user sees how to get linked.
 */
export async function buildHomeView(
  deps: CommandDeps,
  identity: Pick<CommandRequest, "platform" | "workspaceId" | "userId" | "locale">,
): Promise<ReplyBlock[]> {
  const now = deps.now?.() ?? new Date();
  const person = await findPersonByChatIdentity(deps.db, identity);
  const language = identity.locale ?? person?.language ?? "en";
  const text = (key: string, params?: Record<string, string | number>) => t(language, key, params);
  const blocks: ReplyBlock[] = [{ kind: "heading", text: text("cmd.home.title") }];
  if (!person) {
    blocks.push({ kind: "text", text: text("cmd.unlinked") });
    return blocks;
  }
  blocks.push({ kind: "text", text: text("cmd.home.hello", { name: person.name }) });

  const memberIds = await membersInScope(deps.db, person);
  const members = await findMembersByIds(deps.db, memberIds);
  const shown = members.slice(0, HOME_MEMBERS);
  const [evaluations, plans] = await Promise.all([
    assessMembers(
      deps.db,
      shown.map((member) => member.id),
      now,
    ),
    findCurrentPlans(
      deps.db,
      shown.map((member) => member.id),
    ),
  ]);
  const lifecycle = await homeLifecycleActions(deps.db, person, shown, evaluations, language);
  if (members.length === 0) blocks.push({ kind: "text", text: text("cmd.home.no_members") });
  for (const member of shown) {
    const evaluation = evaluations.get(member.id);
    const plan = plans.get(member.id);
    blocks.push({ kind: "divider" });
    blocks.push({
      kind: "text",
      text: text("cmd.status.heading", {
        member: member.name,
        status: text(`status.${evaluation?.status ?? member.status}`),
      }),
    });
    blocks.push({
      kind: "context",
      text: plan
        ? text("cmd.home.plan_line", {
            plan: truncate(plan.title, 200),
            start: formatCivilDate(plan.periodStart, language),
            end: formatCivilDate(plan.periodEnd, language),
            status: text(`cmd.plan_status.${plan.status}`),
          })
        : text("cmd.status.no_plan"),
    });
    const due = evaluation
      ? dueItemsFor(rolesOverMember(person, member), evaluation)
          .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
          .slice(0, HOME_DUE_PER_MEMBER)
      : [];
    if (due.length > 0)
      blocks.push({ kind: "list", items: due.map((item) => describeDueItem(item, language)) });
    blocks.push(...planActionBlocks(person, member, plan, now, language));
    blocks.push(...(lifecycle.get(member.id) ?? []));
  }
  if (members.length > shown.length)
    blocks.push({
      kind: "context",
      text: text("cmd.home.more_members", { count: members.length - shown.length }),
    });

  const civilSocietyOf = membersWithRole(person, "civil_society");
  const commitments = await listCommitmentsOfMembers(deps.db, civilSocietyOf);
  const pending = (
    await listPendingModifications(
      deps.db,
      commitments.map((commitment) => commitment.id),
    )
  ).slice(0, HOME_PENDING);
  if (pending.length > 0) {
    blocks.push({ kind: "divider" });
    blocks.push({ kind: "text", text: text("cmd.home.pending_title") });
    for (const modification of pending) {
      const commitment = commitments.find((row) => row.id === modification.commitmentId);
      const ref = modificationRef(modification.id);
      blocks.push({
        kind: "text",
        text: text("cmd.home.pending_line", {
          ref,
          code: commitment?.code ?? "",
          kind: text(`cmd.modification_kind.${modification.kind}`),
          rationale: truncate(modification.rationale, 300),
        }),
      });
      blocks.push({
        kind: "buttons",
        buttons: [
          {
            label: text("cmd.modify.approve_button"),
            style: "primary",
            invoke: { command: "approve", args: [modification.id] },
          },
          {
            label: text("cmd.modify.reject_button"),
            style: "danger",
            invoke: { command: "reject", args: [modification.id] },
          },
        ],
      });
    }
  }
  blocks.push(...(await applicationHomeBlocks(deps.db, person, language)));
  blocks.push(...supportUnitHomeBlocks(person, language));
  blocks.push({ kind: "context", text: text("cmd.help.footer") });
  return blocks;
}
