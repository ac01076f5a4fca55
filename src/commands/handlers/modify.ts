import { writeAudited } from "../../db/audit.js";
import {
  type CommitmentInContext,
  findCommitmentByCode,
  findCommitmentById,
} from "../../db/repositories/commitments.js";
import { findMembersByIds } from "../../db/repositories/member-lookup.js";
import {
  type ModificationRow,
  modificationRef,
  proposeModification,
} from "../../db/repositories/modifications.js";
import { listMemberUpdateChannels } from "../../db/repositories/subscriptions.js";
import { SPEC_RULES_CONFIG, validateModification } from "../../domain/rules/index.js";
import { addYears, parseIsoDate } from "../../domain/time/civil.js";
import { type Language, MODIFICATION_KINDS, type ModificationKind } from "../../domain/vocabularies.js";
import { civilDateIn, formatCivilDate } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormDefinition, FormValues, ReplyBlock } from "../../messages/model.js";
import { enqueueChannelPost } from "../channel-posts.js";
import { actorOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { checkFormFields, readText } from "../forms.js";
import { messages, toCaller } from "../messages.js";
import { isPointOfContactFor } from "../permissions.js";
import { invalid, notFound, refuse } from "../refusal.js";
import type { CommandResult } from "../reply.js";
import { modificationBlocks } from "./modification-post.js";

const TEXT_MAX = 1500;

function authorizeProposal(context: LinkedContext, commitment: CommitmentInContext): void {
  if (!isPointOfContactFor(context.caller, commitment.memberIds))
    throw refuse("cmd.modify.not_poc", { code: commitment.commitment.code });
  if (commitment.commitment.status === "withdrawn")
    throw refuse("cmd.modify.withdrawn", { code: commitment.commitment.code });
  // A draft is edited freely; modifications are for submitted commitments (§3.2.1.3).
  const submittedOn = commitment.commitment.submittedOn;
  if (!submittedOn) throw refuse("cmd.modify.not_submitted", { code: commitment.commitment.code });
  const mod1 = validateModification({
    proposedOn: civilDateIn(context.now, commitment.plan.timeZone),
    commitmentSubmittedOn: submittedOn,
    decision: "pending",
    approvals: [],
  }).find((violation) => violation.ruleId === "MOD-1");
  if (mod1) {
    const closesOn = mod1.params.closesOn;
    throw refuse("cmd.modify.window_closed", {
      code: commitment.commitment.code,
      submitted: formatCivilDate(submittedOn, context.language),
      closed: typeof closesOn === "string" ? formatCivilDate(closesOn, context.language) : "—",
      months: SPEC_RULES_CONFIG.modification.windowMonths,
    });
  }
}

function modificationForm(commitment: CommitmentInContext, language: Language): FormDefinition {
  const text = (key: string) => t(language, key);
  return {
    formId: "modify",
    title: truncate(text("cmd.modify.form_title"), LIMITS.formTitle),
    submitLabel: text("cmd.modify.submit"),
    context: { commitmentId: commitment.commitment.id },
    steps: [
      {
        title: truncate(`${commitment.commitment.code} · ${commitment.commitment.title}`, 150),
        fields: [
          {
            kind: "select",
            name: "kind",
            label: text("cmd.modify.field.kind"),
            required: true,
            options: MODIFICATION_KINDS.map((code) => ({
              label: text(`cmd.modification_kind.${code}`),
              value: code,
            })),
          },
          {
            kind: "date",
            name: "new_end_date",
            label: text("cmd.modify.field.new_end_date"),
            required: false,
            hint: text("cmd.modify.hint.new_end_date"),
          },
          {
            kind: "text",
            name: "change",
            label: text("cmd.modify.field.change"),
            required: false,
            multiline: true,
            maxLength: TEXT_MAX,
          },
          {
            kind: "text",
            name: "rationale",
            label: text("cmd.modify.field.rationale"),
            required: true,
            multiline: true,
            maxLength: TEXT_MAX,
          },
        ],
      },
    ],
  };
}

/** `modify COMMITMENT`: the PoC proposes a change within the MOD-1 window. */
export async function modify(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [code] = args;
  if (!code || args.length > 1) throw invalid("cmd.modify.usage");
  const commitment = await findCommitmentByCode(context.db, code);
  if (!commitment) throw notFound("cmd.commitment.not_found", { ref: code });
  authorizeProposal(context, commitment);
  return { kind: "form", status: "ok", form: modificationForm(commitment, context.language) };
}

/**
 * The proposal as structured before/after (§3.2.1.3): a new end date for a timeline change, the
 * withdrawn status for a deletion, the described change otherwise.
 */
function proposedChangeOf(
  kind: ModificationKind,
  commitment: CommitmentInContext,
  newEndDate: string,
  change: string,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const description = change ? { description: change } : {};
  if (kind === "timeline")
    return {
      before: { endDate: commitment.commitment.endDate },
      after: { endDate: newEndDate, ...description },
    };
  if (kind === "delete")
    return {
      before: { status: commitment.commitment.status },
      after: { status: "withdrawn", ...description },
    };
  return { before: {}, after: description };
}

export async function submitModification(
  base: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  const commitment = await findCommitmentById(context.db, formContext.commitmentId ?? "");
  if (!commitment) throw notFound("cmd.commitment.not_found", { ref: formContext.commitmentId ?? "" });
  authorizeProposal(context, commitment);
  const form = modificationForm(commitment, context.language);
  const errors = checkFormFields(form, values, context.language);
  const kind = readText(values, "kind") as ModificationKind;
  const newEndDate = readText(values, "new_end_date");
  const change = readText(values, "change");
  if (!errors.kind && !errors.new_end_date) {
    if (kind === "timeline") {
      const start = parseIsoDate(commitment.commitment.startDate);
      const end = parseIsoDate(newEndDate);
      if (end === null) errors.new_end_date = context.text("cmd.modify.error.end_date_needed");
      else if (start !== null && end < addYears(start, 1) - 1)
        errors.new_end_date = context.text("cmd.modify.error.commit1_duration");
      else if (newEndDate > commitment.plan.plan.periodEnd)
        errors.new_end_date = context.text("cmd.modify.error.commit1_plan_end", {
          end: formatCivilDate(commitment.plan.plan.periodEnd, context.language),
        });
    } else if (kind !== "delete" && !change) errors.change = context.text("cmd.modify.error.change_needed");
  }
  if (Object.keys(errors).length > 0) return { kind: "form_errors", status: "invalid", errors };

  const members = await findMembersByIds(context.db, commitment.memberIds);
  const language = (members[0]?.language ?? "en") as Language;
  const { modification, shared } = await writeAudited(
    context.db,
    actorOf(context),
    async (writer) => {
      const proposed = await proposeModification(writer, {
        commitmentId: commitment.commitment.id,
        kind,
        proposedChange: proposedChangeOf(kind, commitment, newEndDate, change),
        rationale: readText(values, "rationale"),
        proposedBy: context.caller.id,
        proposedOn: civilDateIn(context.now, commitment.plan.timeZone),
      });
      const channels = await listMemberUpdateChannels(writer.tx, commitment.memberIds);
      const ref = modificationRef(proposed.id);
      await enqueueChannelPost(
        writer.tx,
        {
          key: `modification:${proposed.id}`,
          kind: "MOD-2",
          subject: { kind: "modification", id: proposed.id },
          language,
          memberId: commitment.memberIds[0] ?? null,
          channels,
          summary: t(language, "cmd.modify.channel_summary", { code: commitment.commitment.code, ref }),
          blocks: consentRequest(proposed, commitment, context.caller.name, language),
        },
        context.now,
      );
      return { modification: proposed, shared: channels.length };
    },
    context.now,
  );
  const ref = modificationRef(modification.id);
  const confirmation = context.text("cmd.modify.proposed", { code: commitment.commitment.code, ref });
  return messages(
    "ok",
    toCaller(confirmation, [
      { kind: "text", text: confirmation, tone: "success" },
      {
        kind: "context",
        text:
          shared > 0
            ? context.text("cmd.modify.shared", { count: shared })
            : context.text("cmd.modify.not_shared", { ref }),
      },
    ]),
  );
}

/** The proposal with Approve and Reject buttons for the member's civil society (MOD-2). */
function consentRequest(
  modification: ModificationRow,
  commitment: CommitmentInContext,
  proposerName: string,
  language: Language,
): ReplyBlock[] {
  const ref = modificationRef(modification.id);
  return [
    ...modificationBlocks(modification, commitment, proposerName, language),
    { kind: "text", text: t(language, "cmd.modify.ask_consent", { ref }) },
    {
      kind: "buttons",
      buttons: [
        {
          label: t(language, "cmd.modify.approve_button"),
          style: "primary",
          invoke: { command: "approve", args: [modification.id] },
        },
        {
          label: t(language, "cmd.modify.reject_button"),
          style: "danger",
          invoke: { command: "reject", args: [modification.id] },
          confirm: {
            title: t(language, "cmd.modify.reject_confirm_title"),
            text: t(language, "cmd.modify.reject_confirm_text", { ref }),
            confirm: t(language, "cmd.modify.reject_button"),
            deny: t(language, "cmd.modify.cancel"),
          },
        },
      ],
    },
  ];
}
