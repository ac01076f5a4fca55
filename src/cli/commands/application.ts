import { readFile } from "node:fs/promises";
import { systemActor } from "../../db/audit.js";
import { applicationRef, findMemberKeys, listApplications } from "../../db/repositories/applications.js";
import { findPersonName } from "../../db/repositories/people.js";
import { jsonPath, problemsFromZodIssues } from "../../domain/dossier/problems.js";
import { type ApplicationSubmission, applicationSubmissionSchema } from "../../domain/dossier/schema.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatCivilDate, formatInstant } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { localizedParams } from "../../messages/rules-text.js";
import { submitApplications } from "../../services/submit-application.js";
import { type CliCommand, EXIT_FAILED, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";
import { languageOption } from "../options.js";

interface Problem {
  path: string;
  message: string;
  ruleId?: string;
}

/**
 * The file's applications, each checked against the format: an array of them, or one. Paths name
 * the entry (`$[1].letter.pages`), or the field of a lone application (`$.letter.pages`).
 */
function readApplications(
  document: unknown,
  language: Language,
): { entries: ApplicationSubmission[]; problems: Problem[]; pathOf: (index: number) => (string | number)[] } {
  const many = Array.isArray(document);
  const list: unknown[] = many ? document : [document];
  const pathOf = (index: number) => (many ? [index] : []);
  const problems: Problem[] = [];
  if (list.length === 0) problems.push({ path: "$", message: t(language, "cli.application.empty") });
  const entries: ApplicationSubmission[] = [];
  list.forEach((entry, index) => {
    const parsed = applicationSubmissionSchema.safeParse(entry, { reportInput: true });
    if (parsed.success) entries.push(parsed.data);
    else
      problems.push(
        ...problemsFromZodIssues(
          parsed.error.issues.map((issue) => ({ ...issue, path: [...pathOf(index), ...issue.path] })),
        ),
      );
  });
  return { entries, problems, pathOf };
}

function printProblems(
  problems: Problem[],
  file: string,
  json: boolean,
  io: { out(text: string): void; err(text: string): void },
  language: Language,
): number {
  if (json) io.out(JSON.stringify({ ok: false, problems }, null, 2));
  else {
    io.err(t(language, "cli.application.failed", { file, count: problems.length }));
    for (const problem of problems)
      io.err(`  ${problem.path}  ${problem.ruleId ? `[${problem.ruleId}] ` : ""}${problem.message}`);
  }
  return EXIT_FAILED;
}

export const applicationAddCommand: CliCommand = {
  name: "application add",
  summary: "Add applications to join OGP Local from a JSON file (all or nothing).",
  usage: "application add FILE [--json] [--lang en|fr|es]",
  details: [
    "Reads FILE: a JSON array of applications (handbook §1), or one application, each with",
    "jurisdictionName, country (ISO code), jurisdictionType, mandateEnd (left out when the",
    "jurisdiction has no elections), optional language, timeZone and submittedOn (default today),",
    "letter { url, pages, language, signedByHeadOfGovernment, signedByDelegatedSeniorOfficial,",
    "headSignatory, nonGovernmentSignatories [{ name, organization }] } and",
    "pointOfContact { name, email }. Every application is checked — the format, then rules APPLY-1",
    "(at least 16 months left in the mandate) and APPLY-2 (the letter of support), and that the",
    "jurisdiction has no application pending already — and the file is written in one audited",
    "transaction, each application pending, the Support Unit's alert channels asked to decide it",
    "(`/ogp application accept|reject`). If anything is wrong nothing is written and every problem",
    "is printed with its JSON path (and rule ID); the exit code is then 1.",
    "",
    "  --json   print the result as JSON ({ ok, applications } or { ok, problems })",
    "  --lang   language of the messages (default en)",
    "",
    "Example: npm run cli -- application add applications.json",
  ].join("\n"),
  options: { json: { type: "boolean" }, lang: { type: "string" } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, { env, io }) {
    const file = positionals[0]!;
    const language = languageOption(values.lang);
    const json = values.json === true;
    let document: unknown;
    try {
      document = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      const reason =
        error instanceof SyntaxError
          ? t(language, "cli.application.not_json", { detail: error.message })
          : t(language, "cli.application.unreadable");
      io.err(t(language, "cli.application.cannot_read", { file, reason }));
      return EXIT_FAILED;
    }
    const { entries, problems, pathOf } = readApplications(document, language);
    if (problems.length > 0) return printProblems(problems, file, json, io, language);
    return withDatabase(env, async ({ db }) => {
      const result = await submitApplications(
        { db, now: new Date() },
        { actor: systemActor("cli", `cli application add ${file}`), person: null },
        entries,
      );
      if (!result.ok)
        return printProblems(
          result.problems.map((problem) => ({
            path: jsonPath([...pathOf(problem.index), ...problem.field.split(".")]),
            message: t(language, problem.messageKey, localizedParams(problem.params, language)),
            ...(problem.ruleId ? { ruleId: problem.ruleId } : {}),
          })),
          file,
          json,
          io,
          language,
        );
      const added = result.applications.map((application) => ({
        id: application.id,
        ref: applicationRef(application.id),
        jurisdictionName: application.jurisdictionName,
        country: application.country,
      }));
      if (json) io.out(JSON.stringify({ ok: true, applications: added }, null, 2));
      else {
        io.out(t(language, "cli.application.added", { file, count: added.length }));
        for (const application of added)
          io.out(`  ${application.ref}  ${application.jurisdictionName} (${application.country})`);
      }
      return EXIT_OK;
    });
  },
};

export const applicationListCommand: CliCommand = {
  name: "application list",
  summary: "List applications to join OGP Local, oldest first (--pending: those awaiting a decision).",
  usage: "application list [--pending] [--json] [--lang en|fr|es]",
  details: [
    "Shows each application with its reference (what `/ogp application accept|reject` takes), the",
    "jurisdiction, when it was submitted, its point of contact and its outcome: pending, accepted",
    "(with the member it created) or rejected (with the reason), who decided and when.",
    "",
    "  --pending  only the applications awaiting the Support Unit's decision",
    "  --json     the applications as a JSON array",
    "  --lang     language of the lines (default en)",
    "",
    "Example: npm run cli -- application list --pending",
  ].join("\n"),
  options: { pending: { type: "boolean" }, json: { type: "boolean" }, lang: { type: "string" } },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const language = languageOption(values.lang);
    return withDatabase(env, async ({ db }) => {
      const rows = await listApplications(db, values.pending === true ? { outcome: "pending" } : {});
      if (values.json === true) {
        io.out(JSON.stringify(rows, null, 2));
        return EXIT_OK;
      }
      if (rows.length === 0) {
        io.err(
          t(language, values.pending === true ? "cli.application.none_pending" : "cli.application.none"),
        );
        return EXIT_OK;
      }
      for (const row of rows) {
        const line = t(language, "cli.application.line", {
          ref: applicationRef(row.id),
          outcome: t(language, `cli.application.outcome.${row.outcome}`),
          name: row.jurisdictionName,
          country: row.country,
          on: formatCivilDate(row.submittedOn, language),
          contact: row.contactName,
          email: row.contactEmail,
        });
        if (row.outcome === "pending" || !row.decidedAt) {
          io.out(line);
          continue;
        }
        const decision = {
          by: (await findPersonName(db, row.decidedBy)) ?? t(language, "cli.application.operator"),
          when: formatInstant(row.decidedAt, language, row.timeZone),
          member: row.memberId ? ((await findMemberKeys(db, { id: row.memberId }))?.slug ?? "—") : "—",
          reason: row.decisionReason ?? "",
        };
        io.out(`${line}  ${t(language, `cli.application.decided_${row.outcome}`, decision)}`);
      }
      return EXIT_OK;
    });
  },
};
