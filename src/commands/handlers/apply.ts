import { applicationRef } from "../../db/repositories/applications.js";
import { applicationSubmissionSchema } from "../../domain/dossier/schema.js";
import { SPEC_RULES_CONFIG } from "../../domain/rules/index.js";
import { JURISDICTION_TYPES, LANGUAGES } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormDefinition, FormValues } from "../../messages/model.js";
import { localizedParams } from "../../messages/rules-text.js";
import { auditActor } from "../../services/acting.js";
import { applicationFields } from "../../services/announcements/application.js";
import { invalid } from "../../services/errors.js";
import { type ApplicationProblem, submitApplications } from "../../services/submit-application.js";
import { actingOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { checkFormFields, type FieldErrors, readText } from "../forms.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";

const LETTER_LANGUAGES = ["en", "fr", "es", "other"] as const;
const SIGNERS = ["head_of_government", "delegated_senior_official", "none"] as const;
const MAX_LETTER_PAGES = 99;

/** The form's field for each field of the submission (a path's first one or two segments). */
const FIELD_OF: Record<string, string> = {
  jurisdictionName: "name",
  country: "country",
  jurisdictionType: "jurisdiction_type",
  timeZone: "time_zone",
  mandateEnd: "mandate_end",
  submittedOn: "mandate_end",
  language: "language",
  "letter.url": "letter_url",
  "letter.pages": "letter_pages",
  "letter.language": "letter_language",
  "letter.signedByHeadOfGovernment": "signed_by",
  "letter.signedByDelegatedSeniorOfficial": "signed_by",
  "letter.nonGovernmentSignatories": "signatories",
  "pointOfContact.name": "contact_name",
  "pointOfContact.email": "contact_email",
};

const fieldOf = (path: readonly PropertyKey[]): string => {
  const [first, second] = path.map(String);
  return FIELD_OF[`${first}.${second}`] ?? FIELD_OF[first ?? ""] ?? "name";
};

/**
 * §1 as a form: the locality, its letter of commitment (what APPLY-2 asks of it) and its point of
 * contact, who is the caller unless they say otherwise.
 */
function applyForm(context: LinkedContext): FormDefinition {
  const text = (key: string) => context.text(key);
  const caller = context.caller;
  const line = (name: string, maxLength: number, extra: { required?: boolean; placeholder?: string } = {}) =>
    ({
      kind: "text",
      name,
      label: text(`cmd.apply.field.${name}`),
      required: extra.required ?? true,
      multiline: false,
      maxLength,
      ...(extra.placeholder ? { placeholder: extra.placeholder } : {}),
    }) as const;
  return {
    formId: "apply",
    title: truncate(text("cmd.apply.form_title"), LIMITS.formTitle),
    submitLabel: text("cmd.apply.submit"),
    context: {},
    steps: [
      {
        title: text("cmd.apply.step_locality"),
        fields: [
          line("name", 200),
          { ...line("country", 2, { placeholder: "MX" }), hint: text("cmd.apply.hint.country") },
          {
            kind: "select",
            name: "jurisdiction_type",
            label: text("cmd.apply.field.jurisdiction_type"),
            required: true,
            options: JURISDICTION_TYPES.map((code) => ({
              label: text(`cmd.application.jurisdiction_type.${code}`),
              value: code,
            })),
          },
          {
            kind: "date",
            name: "mandate_end",
            label: text("cmd.apply.field.mandate_end"),
            required: false,
            hint: context.text("cmd.apply.hint.mandate_end", {
              months: SPEC_RULES_CONFIG.application.minMandateMonthsRemaining,
            }),
          },
          {
            ...line("time_zone", 64, { required: false, placeholder: "America/Mexico_City" }),
            hint: text("cmd.apply.hint.time_zone"),
          },
        ],
      },
      {
        title: text("cmd.apply.step_letter"),
        fields: [
          {
            ...line("letter_url", 1000, { placeholder: "https://…" }),
            hint: text("cmd.apply.hint.letter_url"),
          },
          {
            kind: "number",
            name: "letter_pages",
            label: text("cmd.apply.field.letter_pages"),
            required: true,
            min: 1,
            max: MAX_LETTER_PAGES,
          },
          {
            kind: "select",
            name: "letter_language",
            label: text("cmd.apply.field.letter_language"),
            required: true,
            options: LETTER_LANGUAGES.map((code) => ({
              label: text(`cmd.apply.letter_language.${code}`),
              value: code,
            })),
          },
          {
            kind: "select",
            name: "signed_by",
            label: text("cmd.apply.field.signed_by"),
            required: true,
            options: SIGNERS.map((code) => ({ label: text(`cmd.application.signer.${code}`), value: code })),
          },
          {
            kind: "text",
            name: "signatories",
            label: text("cmd.apply.field.signatories"),
            required: false,
            multiline: true,
            maxLength: 2000,
            hint: context.text("cmd.apply.hint.signatories", {
              min: SPEC_RULES_CONFIG.application.minNonGovernmentSignatories,
            }),
          },
        ],
      },
      {
        title: text("cmd.apply.step_contact"),
        fields: [
          { ...line("contact_name", 200), initial: caller.name },
          { ...line("contact_email", 254), initial: caller.email },
          {
            kind: "select",
            name: "language",
            label: text("cmd.apply.field.language"),
            required: true,
            initial: caller.language,
            options: LANGUAGES.map((code) => ({ label: text(`cmd.apply.language.${code}`), value: code })),
          },
        ],
      },
    ],
  };
}

/** `apply`: anyone linked applies for a locality to join OGP Local (§1), in a form. */
export async function apply(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  if (args.length > 0) throw invalid("cmd.apply.usage");
  return { kind: "form", status: "ok", form: applyForm(context) };
}

/** "Name, Organization" per line; a line without its organization is kept so the check can name it. */
function readSignatories(text: string): { name: string; organization: string }[] {
  return text
    .split(/\r?\n/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => {
      const comma = entry.indexOf(",");
      return comma < 0
        ? { name: entry, organization: "" }
        : { name: entry.slice(0, comma).trim(), organization: entry.slice(comma + 1).trim() };
    });
}

/** The form's answers as the submission the CLI reads from a file. */
function submissionOf(values: FormValues) {
  const optional = (name: string) => readText(values, name) || undefined;
  const signer = readText(values, "signed_by");
  return {
    jurisdictionName: readText(values, "name"),
    country: readText(values, "country").toUpperCase(),
    jurisdictionType: readText(values, "jurisdiction_type"),
    language: readText(values, "language"),
    timeZone: optional("time_zone"),
    mandateEnd: optional("mandate_end"),
    letter: {
      url: readText(values, "letter_url"),
      pages: Number(readText(values, "letter_pages")),
      language: readText(values, "letter_language"),
      signedByHeadOfGovernment: signer === "head_of_government",
      signedByDelegatedSeniorOfficial: signer === "delegated_senior_official",
      nonGovernmentSignatories: readSignatories(readText(values, "signatories")),
    },
    pointOfContact: { name: readText(values, "contact_name"), email: readText(values, "contact_email") },
  };
}

/** Every problem with a field is said, in the order found. */
function addError(errors: FieldErrors, field: string, message: string): void {
  errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
}

export async function submitApply(
  base: CommandContext,
  _formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  const { language } = context;
  const errors = checkFormFields(applyForm(context), values, language);
  if (Object.keys(errors).length > 0) return { kind: "form_errors", status: "invalid", errors };

  const parsed = applicationSubmissionSchema.safeParse(submissionOf(values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      errors[field] ??= t(language, `cmd.apply.error.${field}`);
    }
    return { kind: "form_errors", status: "invalid", errors };
  }
  const describe = (problem: ApplicationProblem) =>
    t(language, problem.messageKey, localizedParams(problem.params, language));
  const acting = actingOf(context);
  const result = await submitApplications(
    context,
    { actor: auditActor(acting), person: { id: context.caller.id, name: context.caller.name } },
    [parsed.data],
  );
  if (!result.ok) {
    for (const problem of result.problems)
      addError(errors, fieldOf(problem.field.split(".")), describe(problem));
    return { kind: "form_errors", status: "invalid", errors };
  }
  const [application] = result.applications;
  if (!application) throw new Error("an application was submitted but not written");
  const confirmation = context.text("cmd.apply.recorded", {
    name: application.jurisdictionName,
    country: application.country,
    ref: applicationRef(application.id),
  });
  return messages(
    "ok",
    toCaller(confirmation, [
      { kind: "text", text: confirmation, tone: "success" },
      { kind: "fields", fields: applicationFields(application, context.caller.name, language) },
      { kind: "context", text: context.text("cmd.apply.next") },
    ]),
  );
}
