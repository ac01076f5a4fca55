import { loadMemberFacts } from "../../db/repositories/member-facts.js";
import { statusTimeline } from "../../domain/rules/index.js";
import { t } from "../../messages/i18n/index.js";
import { type CliCommand, EXIT_FAILED, EXIT_OK, UsageError } from "../command.js";
import { withDatabase } from "../database.js";
import { dateOption, languageOption, todayUtc } from "../options.js";

export const rulesTimelineCommand: CliCommand = {
  name: "rules timeline",
  summary: "Show the dated sequence of a member's status changes under the handbook rules.",
  usage: "rules timeline --member SLUG [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--lang en|fr|es]",
  details: [
    "Replays the member's recorded facts and prints each status change with the rule that caused it.",
    "Evaluating at a past date reproduces that date's status. Nothing is written.",
    "",
    "  --member   the member's slug (required)",
    "  --from     first date (default: the member's joining date)",
    "  --to       last date (default: today, UTC)",
    "",
    "Example: npm run cli -- rules timeline --member rioverde --from 2025-01-01 --to 2026-11-15",
  ].join("\n"),
  options: {
    member: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    if (typeof values.member !== "string") throw new UsageError("--member SLUG is required.");
    const member = values.member;
    const to = dateOption("to", values.to) ?? todayUtc();
    const fromOption = dateOption("from", values.from);
    const language = languageOption(values.lang);
    return withDatabase(env, async ({ db }) => {
      const [facts] = await loadMemberFacts(db, [member]);
      if (!facts) {
        io.err(`No member has the slug or id '${member}'.`);
        return EXIT_FAILED;
      }
      const from = fromOption ?? facts.member.joinedOn;
      if (to < from) throw new UsageError(`--to ${to} is before --from ${from}.`);
      const timeline = statusTimeline(facts, from, to);
      if (values.json) {
        io.out(JSON.stringify({ member: facts.member.slug, from, to, timeline }));
        return EXIT_OK;
      }
      io.out(`${facts.member.slug} (${facts.member.timeZone}), ${from} → ${to}`);
      for (const entry of timeline) {
        const rule = entry.ruleId ? `${entry.ruleId}  ` : "";
        io.out(
          `  ${entry.on}  ${t(language, `status.${entry.status}`).padEnd(24)} ${rule}${t(language, entry.messageKey, entry.params)}`,
        );
      }
      return EXIT_OK;
    });
  },
};
