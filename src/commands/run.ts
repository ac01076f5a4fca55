import { isFenceBreak } from "../db/fenced-change.js";
import { findPersonByChatIdentity } from "../db/repositories/people.js";
import type { Language } from "../domain/vocabularies.js";
import { describeError } from "../logging/logger.js";
import { t } from "../messages/i18n/index.js";
import { type CommandName, type Invocation, isCommandName } from "../messages/invocation.js";
import type { FormId, FormValues } from "../messages/model.js";
import { describeServiceError, invalid, ServiceError } from "../services/errors.js";
import { closestCommand } from "./catalog.js";
import { buildContext, type CommandContext } from "./context.js";
import { application, submitApplicationRejection } from "./handlers/application.js";
import { apply, submitApply } from "./handlers/apply.js";
import { assessment, submitAssessmentForm } from "./handlers/assessment-submit.js";
import { circle } from "./handlers/circle.js";
import { comment } from "./handlers/comment.js";
import { commitment, submitCommitment } from "./handlers/commitment.js";
import { complete } from "./handlers/complete.js";
import { decide } from "./handlers/decide.js";
import { due } from "./handlers/due.js";
import { endorse } from "./handlers/endorse.js";
import { evidence } from "./handlers/evidence.js";
import { grant } from "./handlers/grant.js";
import { help } from "./handlers/help.js";
import { letter } from "./handlers/letter.js";
import { link } from "./handlers/link.js";
import { meeting, submitMeeting } from "./handlers/meeting.js";
import { milestone, submitMilestone } from "./handlers/milestone.js";
import { modify, submitModification } from "./handlers/modify.js";
import { override } from "./handlers/override.js";
import { peers } from "./handlers/peers.js";
import { plan, submitPlanDraft } from "./handlers/plan.js";
import { register } from "./handlers/register.js";
import { revoke } from "./handlers/revoke.js";
import { snooze } from "./handlers/snooze.js";
import { status } from "./handlers/status.js";
import { subscribe, unsubscribe } from "./handlers/subscribe.js";
import { submitUpdate, submitUpdateEdit, update } from "./handlers/update.js";
import { notice } from "./messages.js";
import type { CommandResult } from "./reply.js";
import type { CommandDeps, CommandRequest } from "./request.js";

type CommandHandler = (context: CommandContext, args: string[]) => Promise<CommandResult>;
type FormHandler = (
  context: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
) => Promise<CommandResult>;

const COMMANDS: Record<CommandName, CommandHandler> = {
  help,
  link,
  status,
  due,
  update,
  endorse,
  modify,
  approve: decide("approve"),
  reject: decide("reject"),
  meeting,
  evidence,
  subscribe,
  unsubscribe,
  snooze,
  revoke,
  letter,
  grant,
  override,
  register,
  comment,
  complete,
  assessment,
  plan,
  commitment,
  milestone,
  circle,
  peers,
  apply,
  application,
};

const FORMS: Record<FormId, FormHandler> = {
  update: submitUpdate,
  update_edit: submitUpdateEdit,
  modify: submitModification,
  meeting: submitMeeting,
  assessment: submitAssessmentForm,
  plan_draft: submitPlanDraft,
  commitment: submitCommitment,
  milestone: submitMilestone,
  apply: submitApply,
  application_reject: submitApplicationRejection,
};

/** Typed text: the first word names the command, the rest are its arguments; nothing typed means help. */
function parseText(text: string): Invocation | { unknown: string } {
  const [first = "help", ...args] = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "");
  const command = first.toLowerCase();
  return isCommandName(command) ? { command, args } : { unknown: first };
}

/**
 * The command core's single entry: find the caller's person, authorize by their roles and scopes,
 * validate, act through audited repositories, and answer with the neutral reply model. Refusals and
 * unexpected errors become short messages in the caller's language, never a stack trace.
 */
export async function runCommand(deps: CommandDeps, request: CommandRequest): Promise<CommandResult> {
  const now = deps.now?.() ?? new Date();
  let language = request.locale ?? "en";
  try {
    const caller = await findPersonByChatIdentity(deps.db, request);
    const context = buildContext(deps, request, caller, now);
    language = context.language;
    return await dispatch(context);
  } catch (error) {
    if (error instanceof ServiceError) {
      return notice(
        error.kind,
        describeServiceError(error, language),
        error.kind === "unlinked" ? "info" : "error",
      );
    }
    // Another request changed the same thing first (a compare-and-set fence, fenced-change.ts):
    // nothing of this one was stored, and looking again shows what happened.
    if (isFenceBreak(error)) return notice("failed", t(language, "cmd.changed_meanwhile"), "error");
    deps.logger.error("command failed", {
      platform: request.platform,
      input: request.input.kind,
      command: describeInput(request),
      error: describeError(error),
    });
    return notice("failed", t(language, "cmd.failed"), "error");
  }
}

/**
 * The longest argument a command takes: a web link (evidence) is the longest thing anyone types. A
 * longer one is refused before any lookup, so a pasted megabyte is neither searched for nor echoed.
 */
const MAX_ARGUMENT_LENGTH = 1000;

function refuseLongArguments(args: readonly string[]): void {
  if (args.some((arg) => arg.length > MAX_ARGUMENT_LENGTH))
    throw invalid("cmd.argument_too_long", { max: MAX_ARGUMENT_LENGTH });
}

async function dispatch(context: CommandContext): Promise<CommandResult> {
  const { input } = context.request;
  switch (input.kind) {
    case "form":
      return FORMS[input.formId](context, input.context, input.values);
    case "invoke":
    case "control":
      refuseLongArguments(input.invocation.args);
      return COMMANDS[input.invocation.command](context, input.invocation.args);
    case "text": {
      const parsed = parseText(input.text);
      if ("unknown" in parsed) {
        const suggestion = closestCommand(parsed.unknown);
        const typed = parsed.unknown.slice(0, 40);
        return notice(
          "unknown_command",
          suggestion
            ? context.text("cmd.unknown_suggest", { typed, suggestion })
            : context.text("cmd.unknown", { typed }),
          "error",
        );
      }
      refuseLongArguments(parsed.args);
      return COMMANDS[parsed.command](context, parsed.args);
    }
  }
}

/** The language of the person linked to a chat identity, for a platform's own words; null when unlinked. */
export async function callerLanguage(
  deps: CommandDeps,
  identity: Pick<CommandRequest, "platform" | "workspaceId" | "userId">,
): Promise<Language | null> {
  return (await findPersonByChatIdentity(deps.db, identity))?.language ?? null;
}

/** The command name only, for logs: arguments may carry link codes or personal text. */
function describeInput(request: CommandRequest): string {
  const { input } = request;
  if (input.kind === "form") return `form:${input.formId}`;
  if (input.kind === "text") return input.text.trim().split(/\s+/)[0]?.slice(0, 20) ?? "";
  return input.invocation.command;
}
