import { hostname } from "node:os";
import { evaluateInParallel } from "../../runtime/node/evaluate-in-parallel.js";
import { type TickOptions, type TickReport, tick, tickUnderLease } from "../../scheduler/index.js";
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";
import { dateOption } from "../options.js";

export const schedulerTickCommand: CliCommand = {
  name: "scheduler tick",
  summary: "Run the scheduler once: record status transitions and queue reminders, letters and digests.",
  usage: "scheduler tick [--at YYYY-MM-DD] [--dry-run] [--json]",
  details: [
    "Evaluates every member's rules, records each status the rules moved (with its rule ID, reason",
    "and audit) together with its alerts, and writes the reminders, draft letters and digests due",
    "into the outbox; the server's delivery loop sends them. Each reminder step reaches each person or",
    "channel once, however often this runs. Takes the scheduler's database lease, so it never runs",
    "beside the server's own tick.",
    "",
    "  --at       the day to evaluate, in each member's time zone (default: now)",
    "  --dry-run  compute everything and print what would be written and sent; write nothing",
    "  --json     the report as one JSON document",
    "",
    "Example: npm run cli -- scheduler tick --at 2026-11-15 --dry-run",
  ].join("\n"),
  options: {
    at: { type: "string" },
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const day = dateOption("at", values.at);
    const dryRun = values["dry-run"] === true;
    return withDatabase(env, async ({ db }) => {
      const options: TickOptions = {
        dryRun,
        collectAlerts: true,
        publicBaseUrl: env.PUBLIC_BASE_URL,
        countryDigestMonths: env.COUNTRY_DIGEST_MONTHS,
        evaluate: (at) =>
          evaluateInParallel(db, at, { url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN }),
      };
      const at = day ?? new Date();
      let report: TickReport;
      if (dryRun) {
        report = await tick(db, at, options);
      } else {
        const outcome = await tickUnderLease(db, at, {
          ...options,
          lease: { holder: `cli:${hostname()}:${process.pid}` },
        });
        if (!outcome.ran) {
          io.err(
            `Another instance is ticking (${outcome.heldBy ?? "unknown"}, lease until ${outcome.until?.toISOString() ?? "?"}); nothing was done.`,
          );
          return EXIT_FAILED;
        }
        report = outcome.report;
      }
      if (values.json) io.out(JSON.stringify(report, null, 2));
      else printReport(io, report);
      return report.failures.length > 0 ? EXIT_FAILED : EXIT_OK;
    });
  },
};

function printReport(io: CliIo, report: TickReport): void {
  const would = report.dryRun ? "would be " : "";
  io.out(`Tick at ${report.at}${report.dryRun ? " (dry run: nothing written)" : ""}`);
  io.out(
    `${report.evaluated} member(s) evaluated; ${report.transitions.length} status transition(s) ${would}recorded`,
  );
  for (const transition of report.transitions) {
    io.out(
      `  ${transition.member}: ${transition.from} → ${transition.to} since ${transition.since} (${transition.ruleId ?? "—"}) ${transition.reason}`,
    );
  }
  const { routed, created, cancelled } = report.alerts;
  io.out(
    `Alerts: ${routed} addressed, ${created} new (${would}written to the outbox), ${cancelled} pending reminder(s) ${would}cancelled as no longer due`,
  );
  for (const alert of report.planned) {
    const target = `${alert.platform}:${alert.workspaceId ? `${alert.workspaceId}/` : ""}${alert.target}${alert.isDirectMessage ? " (DM)" : ""}`;
    io.out(
      `  ${alert.kind.padEnd(18)} ${(alert.member ?? "—").padEnd(26)} ${target}  ${alert.title ?? alert.text.split("\n")[0]}`,
    );
  }
  if (report.skippedRecipients.length > 0) {
    io.out(`No direct message (no linked chat identity): ${report.skippedRecipients.length}`);
    for (const skipped of report.skippedRecipients) {
      io.out(`  ${skipped.member}: ${skipped.person} (${skipped.role}) for ${skipped.alert}`);
    }
  }
  for (const failure of report.failures)
    io.err(`${failure.member}: not processed (${failure.stage}): ${failure.error}`);
}
