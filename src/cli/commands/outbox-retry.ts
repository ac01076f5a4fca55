import { systemActor } from "../../db/audit.js";
import { retryFailedAlert } from "../../outbox/index.js";
import { type CliCommand, EXIT_FAILED, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";

export const outboxRetryCommand: CliCommand = {
  name: "outbox retry",
  summary: "Send a failed alert again, with a fresh set of attempts.",
  usage: "outbox retry ID",
  details: [
    "Puts the failed outbox row ID (from `outbox list --failed`) back in line: the next delivery",
    "pass sends it. Fix the cause first (invite the bot to the channel, restore the channel, ask",
    "the person to accept DMs), or it fails again. The retry is recorded in the audit log.",
    "",
    "Example: npm run cli -- outbox retry 6f1c2a9e-…",
  ].join("\n"),
  options: {},
  positionals: { min: 1, max: 1 },
  async run({ positionals }, { env, io }) {
    const id = positionals[0]!;
    return withDatabase(env, async ({ db }) => {
      const result = await retryFailedAlert(db, id, systemActor("cli"));
      switch (result.kind) {
        case "queued":
          io.out(`Alert ${id} is pending again; the next delivery pass sends it.`);
          return EXIT_OK;
        case "not_found":
          io.err(`No outbox row has the id ${id}.`);
          return EXIT_FAILED;
        case "not_failed":
          io.err(`Alert ${id} is ${result.state}, not failed: only failed alerts are retried by hand.`);
          return EXIT_FAILED;
      }
    });
  },
};
