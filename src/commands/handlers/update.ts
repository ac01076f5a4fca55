import {
  type CommitmentInContext,
  findCommitmentByCode,
  findCommitmentById,
  listCommitmentsOfMembers,
} from "../../db/repositories/commitments.js";
import {
  findLatestUpdateByAuthor,
  findProgressUpdateIdByRef,
  type ProgressUpdateDetails,
  previousCompletion,
} from "../../db/repositories/progress-updates.js";
import type { MilestoneStatus } from "../../domain/vocabularies.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormValues } from "../../messages/model.js";
import { progressUpdateBlocks, shortRef } from "../../services/announcements/progress-update.js";
import { invalid, notFound, refuse } from "../../services/errors.js";
import { membersWithPostingRights } from "../../services/permissions.js";
import {
  authorizeProgressUpdate,
  type CommitmentOwners,
  editableUpdate,
  ownersOf,
  type PublishedUpdate,
  recordProgressUpdate,
  reviseProgressUpdate,
  UPDATABLE_STATUSES,
} from "../../services/record-progress-update.js";
import { actingOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";
import { type ProgressBaseline, progressUpdateForm, readProgressUpdate } from "./update-form.js";

/** `update [COMMITMENT]` and `update edit [UPDATE]`. */
export async function update(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  if (args[0]?.toLowerCase() === "edit") return editUpdate(context, args[1]);
  if (args.length > 1) throw invalid("cmd.update.usage");
  const [code] = args;
  if (code) {
    const commitment = await findCommitmentByCode(context.db, code);
    if (!commitment) throw notFound("cmd.commitment.not_found", { ref: code });
    authorizeProgressUpdate(context.caller, commitment, await ownersOf(context, commitment));
    return { kind: "form", status: "ok", form: progressUpdateForm(commitment, context.language) };
  }
  const memberIds = membersWithPostingRights(context.caller);
  if (memberIds.length === 0) throw refuse("cmd.update.no_rights");
  const candidates = await listCommitmentsOfMembers(context.db, memberIds, [...UPDATABLE_STATUSES]);
  const [only] = candidates;
  if (!only) throw notFound("cmd.update.no_commitments");
  if (candidates.length === 1) {
    const commitment = await findCommitmentById(context.db, only.id);
    if (commitment)
      return { kind: "form", status: "ok", form: progressUpdateForm(commitment, context.language) };
  }
  const shown = candidates.slice(0, LIMITS.selectOptions);
  const prompt = context.text("cmd.update.choose");
  return messages(
    "ok",
    toCaller(prompt, [
      { kind: "text", text: prompt },
      {
        kind: "select",
        select: {
          placeholder: context.text("cmd.update.choose_placeholder"),
          options: shown.map((commitment) => ({
            label: truncate(`${commitment.code} · ${commitment.title}`, LIMITS.optionLabel),
            invoke: { command: "update", args: [commitment.code] },
          })),
          ...(candidates.length > shown.length
            ? {
                search: {
                  command: "update" as const,
                  argument: "commitment" as const,
                  notListed: context.text("cmd.update.more", { count: candidates.length - shown.length }),
                },
              }
            : {}),
        },
      },
    ]),
  );
}

/** `update edit [UPDATE]`: only the author corrects an update; without a reference, their latest. */
async function editUpdate(context: LinkedContext, ref: string | undefined): Promise<CommandResult> {
  const updateId = ref
    ? await findProgressUpdateIdByRef(context.db, ref)
    : await findLatestUpdateByAuthor(context.db, context.caller.id);
  if (!updateId)
    throw notFound(ref ? "cmd.update.update_not_found" : "cmd.update.no_update_yet", { ref: ref ?? "" });
  const { details, commitment } = await editableUpdate(context, context.caller, updateId);
  return { kind: "form", status: "ok", form: progressUpdateForm(commitment, context.language, details) };
}

function baselineFor(
  commitment: CommitmentInContext,
  previousPct: number | null,
  current?: ProgressUpdateDetails,
): (milestoneId: string | null) => ProgressBaseline {
  return (milestoneId) => ({
    milestoneFrom:
      current?.milestoneChange?.fromStatus ??
      (commitment.milestones.find((milestone) => milestone.id === milestoneId)?.status as
        | MilestoneStatus
        | undefined) ??
      null,
    previousPct,
  });
}

/** Submission of the update form: stored as a public progress update, confirmed, posted to the member's channels. */
export async function submitUpdate(
  base: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  const commitment = await findCommitmentById(context.db, formContext.commitmentId ?? "");
  if (!commitment) throw notFound("cmd.commitment.not_found", { ref: formContext.commitmentId ?? "" });
  const owners = await ownersOf(context, commitment);
  authorizeProgressUpdate(context.caller, commitment, owners);
  const form = progressUpdateForm(commitment, context.language);
  const previousPct = await previousCompletion(context.db, commitment.commitment.id, context.now);
  const read = readProgressUpdate(
    form,
    values,
    commitment,
    baselineFor(commitment, previousPct),
    context.language,
  );
  if ("errors" in read) return { kind: "form_errors", status: "invalid", errors: read.errors };
  const published = await recordProgressUpdate(context, actingOf(context), commitment, read.content);
  return confirm(context, published, commitment, owners, "cmd.update.posted");
}

/** Submission of the edit form: the previous version goes to the revision history and the audit log. */
export async function submitUpdateEdit(
  base: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  const { details: current, commitment } = await editableUpdate(
    context,
    context.caller,
    formContext.updateId ?? "",
  );
  const owners = await ownersOf(context, commitment);
  const form = progressUpdateForm(commitment, context.language, current);
  const previousPct = await previousCompletion(
    context.db,
    commitment.commitment.id,
    current.update.postedAt,
    current.update.id,
  );
  const read = readProgressUpdate(
    form,
    { ...values, milestone: current.update.milestoneId ?? undefined },
    commitment,
    baselineFor(commitment, previousPct, current),
    context.language,
  );
  if ("errors" in read) return { kind: "form_errors", status: "invalid", errors: read.errors };
  const published = await reviseProgressUpdate(context, actingOf(context), current, commitment, read.content);
  return confirm(context, published, commitment, owners, "cmd.update.corrected");
}

function confirm(
  context: LinkedContext,
  published: PublishedUpdate,
  commitment: CommitmentInContext,
  owners: CommitmentOwners,
  confirmationKey: string,
): CommandResult {
  const { details, shared } = published;
  const confirmation = context.text(confirmationKey, {
    code: commitment.commitment.code,
    ref: shortRef(details.update.id),
    revision: details.update.revision,
  });
  return messages(
    "ok",
    toCaller(confirmation, [
      { kind: "text", text: confirmation, tone: "success" },
      {
        kind: "context",
        text:
          shared > 0
            ? context.text("cmd.update.shared", { count: shared })
            : context.text("cmd.update.not_shared", { member: owners.names.join(", ") }),
      },
      ...progressUpdateBlocks(details, commitment, owners.names, context.caller.name, context.language),
      {
        kind: "buttons",
        buttons: [
          {
            label: context.text("cmd.update.edit_button"),
            invoke: { command: "update", args: ["edit", details.update.id] },
          },
          // At 100 % the work may be done: completing it stops DUE-UPDATE and starts DUE-ASSESS-END.
          ...(details.update.completionPct === 100 && commitment.commitment.status === "active"
            ? [
                {
                  label: context.text("cmd.complete.button"),
                  style: "primary" as const,
                  invoke: { command: "complete" as const, args: [commitment.commitment.code] },
                },
              ]
            : []),
        ],
      },
    ]),
  );
}
