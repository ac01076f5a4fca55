import type { MemberEvaluation } from "../../domain/rules/index.js";
import type { Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { evaluateInParallel } from "../../runtime/node/evaluate-in-parallel.js";
import { type EvaluatedMember, evaluateMembers } from "../../scheduler/evaluate.js";
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";
import { dateOption, languageOption, todayUtc } from "../options.js";

export const rulesEvaluateCommand: CliCommand = {
  name: "rules evaluate",
  summary: "Evaluate the handbook's status and deadline rules for members at a date (reads only).",
  usage: "rules evaluate [--at YYYY-MM-DD] [--member SLUG] [--json] [--lang en|fr|es]",
  details: [
    "Loads every member's recorded facts and prints its status under the handbook (spec §5), the",
    "reasons with their rule IDs, and its due items (spec §6). Nothing is written: persisting status",
    "changes and sending reminders is the scheduler's job.",
    "",
    "  --at       the date to evaluate at, in each member's time zone (default: today, UTC)",
    "  --member   only this member (its slug)",
    "  --json     one JSON document: [{ member, status, since, reasons, dueItems, alerts }]",
    "  --lang     language of the messages in the table (default en)",
    "",
    "Example: npm run cli -- rules evaluate --at 2026-11-15 --member rioverde",
  ].join("\n"),
  options: {
    at: { type: "string" },
    member: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const at = dateOption("at", values.at) ?? todayUtc();
    const language = languageOption(values.lang);
    const member = typeof values.member === "string" ? values.member : undefined;
    return withDatabase(env, async ({ db }) => {
      let count = 0;
      let failed = 0;
      if (values.json) io.out("[");
      const batches = member
        ? evaluateMembers(db, at, { members: [member] })
        : evaluateInParallel(db, at, { url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
      for await (const batch of batches) {
        for (const evaluated of batch) {
          if (evaluated.error !== undefined) {
            io.err(`${evaluated.member.slug}: cannot be evaluated: ${evaluated.error}`);
            failed++;
            continue;
          }
          if (values.json) io.out(`${count > 0 ? "," : ""}${JSON.stringify(toJson(evaluated))}`);
          else printMember(io, evaluated, language);
          count++;
        }
      }
      if (values.json) io.out("]");
      if (count === 0 && member) {
        io.err(`No member has the slug or id '${member}'.`);
        return EXIT_FAILED;
      }
      if (!values.json) io.out(`${count} member(s) evaluated at ${at}.`);
      return failed > 0 ? EXIT_FAILED : EXIT_OK;
    });
  },
};

type Evaluated = Extract<EvaluatedMember, { evaluation: MemberEvaluation }>;

function toJson({ member, evaluation }: Evaluated) {
  const { memberId: _id, ...rest } = evaluation;
  return { member: { id: member.id, slug: member.slug, timeZone: member.timeZone }, ...rest };
}

function printMember(io: CliIo, { member, evaluation }: Evaluated, language: Language): void {
  io.out(
    `${member.slug}  ${t(language, `status.${evaluation.status}`)} since ${evaluation.since}  (${member.timeZone})`,
  );
  for (const reason of evaluation.reasons) {
    io.out(
      `  reason  ${reason.ruleId} (${reason.section})  ${t(language, reason.messageKey, reason.params)}`,
    );
  }
  for (const item of sortedDueItems(evaluation)) {
    const flag = item.overdue ? " OVERDUE" : "";
    io.out(
      `  due ${item.dueOn}${flag}  ${item.ruleId} (${item.section})  ${t(language, item.messageKey, item.params)}`,
    );
  }
}

const sortedDueItems = (evaluation: MemberEvaluation) =>
  [...evaluation.dueItems].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.ruleId.localeCompare(b.ruleId));
