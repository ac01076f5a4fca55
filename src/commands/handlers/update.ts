import { writeAudited } from "../../db/audit.js";
import type { Executor } from "../../db/client.js";
import {
  type CommitmentInContext,
  findCommitmentByCode,
  findCommitmentById,
  listCommitmentsOfMembers,
} from "../../db/repositories/commitments.js";
import { findMembersByIds } from "../../db/repositories/member-lookup.js";
import {
  findLatestUpdateByAuthor,
  findProgressUpdateIdByRef,
  loadProgressUpdate,
  type ProgressUpdateDetails,
  previousCompletion,
  recordProgressUpdate,
  reviseProgressUpdate,
} from "../../db/repositories/progress-updates.js";
import { listMemberUpdateChannels } from "../../db/repositories/subscriptions.js";
import type { Language, MilestoneStatus } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormValues } from "../../messages/model.js";
import { enqueueChannelPost } from "../channel-posts.js";
import { actorOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { messages, toCaller } from "../messages.js";
import { canPostUpdatesFor, membersWithPostingRights } from "../permissions.js";
import { invalid, notFound, refuse } from "../refusal.js";
import type { CommandResult } from "../reply.js";
import { type ProgressBaseline, progressUpdateForm, readProgressUpdate } from "./update-form.js";
import { progressUpdateBlocks, shortRef } from "./update-post.js";

/** Commitments take updates while they run, and a last one when they complete. */
const UPDATABLE_STATUSES = ["active", "completed"] as const;

async function memberNamesOf(context: CommandContext, commitment: CommitmentInContext) {
  const members = await findMembersByIds(context.db, commitment.memberIds);
  return {
    names: members.map((member) => member.name),
    language: (members[0]?.language ?? "en") as Language,
  };
}

/** §1: the PoC, or an official the PoC allowed, of a member that carries the commitment. */
function authorizeUpdate(
  context: LinkedContext,
  commitment: CommitmentInContext,
  ownerNames: string[],
): void {
  if (!canPostUpdatesFor(context.caller, commitment.memberIds))
    throw refuse("cmd.update.not_allowed", { member: ownerNames.join(", ") });
  if (!(UPDATABLE_STATUSES as readonly string[]).includes(commitment.commitment.status))
    throw refuse("cmd.update.not_updatable", {
      code: commitment.commitment.code,
      status: context.text(`cmd.commitment_status.${commitment.commitment.status}`),
    });
}

/** `update [COMMITMENT]` and `update edit [UPDATE]`. */
export async function update(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  if (args[0]?.toLowerCase() === "edit") return editUpdate(context, args[1]);
  if (args.length > 1) throw invalid("cmd.update.usage");
  const [code] = args;
  if (code) {
    const commitment = await findCommitmentByCode(context.db, code);
    if (!commitment) throw notFound("cmd.commitment.not_found", { ref: code });
    authorizeUpdate(context, commitment, (await memberNamesOf(context, commitment)).names);
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

async function editableUpdate(
  context: LinkedContext,
  updateId: string,
): Promise<{ details: ProgressUpdateDetails; commitment: CommitmentInContext }> {
  const details = await loadProgressUpdate(context.db, updateId);
  if (!details) throw notFound("cmd.update.update_not_found", { ref: shortRef(updateId) });
  if (details.update.authorId !== context.caller.id) throw refuse("cmd.update.not_author");
  const commitment = await findCommitmentById(context.db, details.update.commitmentId);
  if (!commitment) throw notFound("cmd.update.update_not_found", { ref: shortRef(updateId) });
  return { details, commitment };
}

/** `update edit [UPDATE]`: only the author corrects an update; without a reference, their latest. */
async function editUpdate(context: LinkedContext, ref: string | undefined): Promise<CommandResult> {
  const updateId = ref
    ? await findProgressUpdateIdByRef(context.db, ref)
    : await findLatestUpdateByAuthor(context.db, context.caller.id);
  if (!updateId)
    throw notFound(ref ? "cmd.update.update_not_found" : "cmd.update.no_update_yet", { ref: ref ?? "" });
  const { details, commitment } = await editableUpdate(context, updateId);
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
  const owners = await memberNamesOf(context, commitment);
  authorizeUpdate(context, commitment, owners.names);
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

  const published = await writeAudited(
    context.db,
    actorOf(context),
    async (writer) => {
      const details = await recordProgressUpdate(writer, {
        commitmentId: commitment.commitment.id,
        authorId: context.caller.id,
        source: context.request.platform,
        ...read.content,
      });
      return { details, shared: await shareUpdate(context, writer.tx, details, commitment, owners) };
    },
    context.now,
  );
  return confirm(context, published, commitment, owners, "cmd.update.posted");
}

/** Submission of the edit form: the previous version goes to the revision history and the audit log. */
export async function submitUpdateEdit(
  base: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  const { details: current, commitment } = await editableUpdate(context, formContext.updateId ?? "");
  const owners = await memberNamesOf(context, commitment);
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
  const published = await writeAudited(
    context.db,
    actorOf(context),
    async (writer) => {
      const details = await reviseProgressUpdate(writer, current, read.content, context.caller.id);
      return { details, shared: await shareUpdate(context, writer.tx, details, commitment, owners) };
    },
    context.now,
  );
  return confirm(context, published, commitment, owners, "cmd.update.corrected");
}

/** Queues the update (or its correction) for the channels following its members; returns how many. */
async function shareUpdate(
  context: LinkedContext,
  tx: Executor,
  details: ProgressUpdateDetails,
  commitment: CommitmentInContext,
  owners: { names: string[]; language: Language },
): Promise<number> {
  const channels = await listMemberUpdateChannels(tx, commitment.memberIds);
  await enqueueChannelPost(
    tx,
    {
      key: `update:${details.update.id}:r${details.update.revision}`,
      kind: "update.posted",
      subject: { kind: "progress_update", id: details.update.id },
      language: owners.language,
      memberId: commitment.memberIds[0] ?? null,
      channels,
      summary: t(owners.language, "cmd.update.post.summary", {
        code: commitment.commitment.code,
        members: owners.names.join(", "),
      }),
      blocks: progressUpdateBlocks(details, commitment, owners.names, context.caller.name, owners.language),
    },
    context.now,
  );
  return channels.length;
}

function confirm(
  context: LinkedContext,
  published: { details: ProgressUpdateDetails; shared: number },
  commitment: CommitmentInContext,
  owners: { names: string[]; language: Language },
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
        ],
      },
    ]),
  );
}
