import { type ApplicationRow, findApplicationByRef } from "../../db/repositories/applications.js";
import type { Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormDefinition, FormValues } from "../../messages/model.js";
import { applicationDecisionBlocks } from "../../services/announcements/application.js";
import {
  type ApplicationVerdict,
  decideApplication,
  MAX_REJECTION_REASON,
} from "../../services/decide-application.js";
import { invalid, notFound } from "../../services/errors.js";
import { type SupportUnitAuthority, supportUnitInChat } from "../../services/support-unit-authority.js";
import { actingOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { checkFormFields, readText } from "../forms.js";
import { messages, replacingOrigin, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";

/** The reason a rejection needs, asked in a form when the Reject button (or the command without one) is used. */
function rejectionForm(application: ApplicationRow, clicked: boolean, language: Language): FormDefinition {
  return {
    formId: "application_reject",
    title: truncate(t(language, "cmd.application.reject_form_title"), LIMITS.formTitle),
    submitLabel: t(language, "cmd.application.reject_button"),
    // Whether the request's button opened it: the decision then replaces that request.
    context: { application: application.id, ...(clicked ? { clicked: "1" } : {}) },
    steps: [
      {
        title: `${application.jurisdictionName} (${application.country})`,
        fields: [
          {
            kind: "text",
            name: "reason",
            label: t(language, "cmd.application.field.reason"),
            required: true,
            multiline: true,
            maxLength: MAX_REJECTION_REASON,
            hint: t(language, "cmd.application.hint.reason"),
          },
        ],
      },
    ],
  };
}

/** §1 role table: the Support Unit registers members, so it alone decides applications. */
const supportUnit = (context: LinkedContext): SupportUnitAuthority =>
  supportUnitInChat(actingOf(context), "cmd.application.support_unit_only");

async function decide(
  context: LinkedContext,
  ref: string,
  verdict: ApplicationVerdict,
  replacesRequest: boolean,
): Promise<CommandResult> {
  const decision = await decideApplication(context, supportUnit(context), ref, verdict);
  const blocks = applicationDecisionBlocks(decision, context.language);
  const summary = blocks[0]?.kind === "text" ? blocks[0].text : "";
  return messages("ok", replacesRequest ? replacingOrigin(summary, blocks) : toCaller(summary, blocks));
}

/**
 * `application accept APPLICATION [FIRST_PLAN_DUE]` / `application reject APPLICATION REASON` (§1; the buttons of the
 * request the Support Unit's channels receive). Reject without a reason asks for it in a form. A
 * clicked request is replaced by the decision, so every copy someone clicks ends up saying it.
 */
export async function application(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [action = "", ref, ...reasonWords] = args;
  const verb = action.toLowerCase();
  if (!ref || (verb !== "accept" && verb !== "reject") || (verb === "accept" && reasonWords.length > 1))
    throw invalid("cmd.application.usage");
  supportUnit(context);
  const clicked = context.request.input.kind === "control";
  if (verb === "accept")
    return decide(context, ref, { outcome: "accepted", firstPlanDue: reasonWords[0] }, clicked);
  if (reasonWords.length > 0)
    return decide(context, ref, { outcome: "rejected", reason: reasonWords.join(" ") }, clicked);
  const found = await findApplicationByRef(context.db, ref);
  if (!found) throw notFound("cmd.application.not_found", { ref });
  // Decided already: say by whom and when, rather than ask for a reason that would change nothing.
  if (found.outcome !== "pending") return decide(context, ref, { outcome: "rejected", reason: "" }, clicked);
  return { kind: "form", status: "ok", form: rejectionForm(found, clicked, context.language) };
}

export async function submitApplicationRejection(
  base: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  supportUnit(context);
  const ref = formContext.application ?? "";
  const found = await findApplicationByRef(context.db, ref);
  if (!found) throw notFound("cmd.application.not_found", { ref });
  const errors = checkFormFields(rejectionForm(found, false, context.language), values, context.language);
  if (Object.keys(errors).length > 0) return { kind: "form_errors", status: "invalid", errors };
  return decide(
    context,
    found.id,
    { outcome: "rejected", reason: readText(values, "reason") },
    formContext.clicked === "1",
  );
}
