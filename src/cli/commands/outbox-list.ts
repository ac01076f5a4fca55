import { OUTBOX_STATES, type OutboxState } from "../../domain/vocabularies.js";
import { listOutbox, type OutboxRow } from "../../outbox/index.js";
import { type CliCommand, EXIT_OK, UsageError } from "../command.js";
import { withDatabase } from "../database.js";

function parseState(values: Record<string, string | boolean | undefined>): OutboxState | undefined {
  const state = values.state;
  if (values.failed === true) {
    if (typeof state === "string" && state !== "failed")
      throw new UsageError("--failed and --state disagree.");
    return "failed";
  }
  if (typeof state !== "string") return undefined;
  if (!(OUTBOX_STATES as readonly string[]).includes(state)) {
    throw new UsageError(`--state must be one of ${OUTBOX_STATES.join(", ")}.`);
  }
  return state as OutboxState;
}

function parseLimit(raw: string | boolean | undefined): number {
  if (typeof raw !== "string") return 50;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new UsageError("--limit must be a whole number between 1 and 10000.");
  }
  return limit;
}

/** One line per row: what a person needs to decide (where it goes, what happened, the id to retry). */
function describe(row: OutboxRow): string {
  const where = `${row.platform}:${row.workspaceId || "-"}/${row.target}${row.isDirectMessage ? " (DM)" : ""}`;
  const when =
    row.state === "sent"
      ? `sent ${row.sentAt?.toISOString() ?? "?"}`
      : row.state === "pending"
        ? `next ${row.nextAttemptAt.toISOString()}`
        : row.state;
  const reason = row.lastError ? `  ${row.lastError}` : "";
  return `${row.id}  ${row.kind}  ${where}  attempts ${row.attempts}  ${when}${reason}`;
}

export const outboxListCommand: CliCommand = {
  name: "outbox list",
  summary: "List alerts in the outbox, newest first (--failed: the ones that need a person).",
  usage: "outbox list [--failed] [--state STATE] [--limit N] [--json]",
  details: [
    "Shows outbox rows with where they go, how many attempts they took and, for failed ones, why",
    "(channel not found, bot not in channel, user refuses DMs…). Fix the cause, then run",
    "`outbox retry ID`.",
    "",
    "  --failed        only failed alerts (same as --state failed)",
    `  --state STATE   one of ${OUTBOX_STATES.join(", ")}`,
    "  --limit N       at most N rows (default 50)",
    "  --json          the rows as a JSON array",
    "",
    "Example: npm run cli -- outbox list --failed",
  ].join("\n"),
  options: {
    failed: { type: "boolean" },
    state: { type: "string" },
    limit: { type: "string" },
    json: { type: "boolean" },
  },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const state = parseState(values);
    const limit = parseLimit(values.limit);
    return withDatabase(env, async ({ db }) => {
      const rows = await listOutbox(db, { ...(state ? { state } : {}), limit });
      if (values.json === true) io.out(JSON.stringify(rows, null, 2));
      else if (rows.length === 0) io.err(state ? `No ${state} alerts.` : "The outbox is empty.");
      else for (const row of rows) io.out(describe(row));
      return EXIT_OK;
    });
  },
};
