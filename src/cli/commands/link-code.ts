import { systemActor } from "../../db/audit.js";
import { createLinkCode, UnknownPersonError } from "../../db/repositories/link-codes.js";
import { type CliCommand, EXIT_FAILED, EXIT_OK, UsageError } from "../command.js";
import { withDatabase } from "../database.js";

export const linkCodeCreateCommand: CliCommand = {
  name: "link-code create",
  summary: "Create a one-time code that links a chat account to a person.",
  usage: "link-code create --person EMAIL [--ttl-hours N]",
  details: [
    "Prints a single-use code for the person with that email. They type `/ogp link CODE` in Slack or",
    "Discord to link their chat account; from then on their roles decide what they may do.",
    "The code expires after --ttl-hours (default LINK_CODE_TTL_HOURS, 24). Only its hash is stored.",
    "",
    "Example: npm run cli -- link-code create --person poc@example.org",
  ].join("\n"),
  options: { person: { type: "string" }, "ttl-hours": { type: "string" } },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const email = values.person;
    if (typeof email !== "string" || !email.includes("@"))
      throw new UsageError("--person EMAIL is required.");
    const ttlRaw = values["ttl-hours"];
    const ttlHours = typeof ttlRaw === "string" ? Number(ttlRaw) : env.LINK_CODE_TTL_HOURS;
    if (!Number.isFinite(ttlHours) || ttlHours <= 0 || ttlHours > 720) {
      throw new UsageError("--ttl-hours must be a number of hours between 0 and 720.");
    }
    return withDatabase(env, async ({ db }) => {
      try {
        const { code, expiresAt } = await createLinkCode(
          db,
          email,
          ttlHours,
          systemActor("cli"),
          new Date(),
          env.LINK_CODE_SECRET,
        );
        io.out(code);
        io.err(
          `Single-use link code for ${email}, valid until ${expiresAt.toISOString()}. In chat: /ogp link ${code}`,
        );
        return EXIT_OK;
      } catch (error) {
        if (error instanceof UnknownPersonError) {
          io.err(`No person has the email ${email}. Import them first (npm run cli -- import FILE).`);
          return EXIT_FAILED;
        }
        throw error;
      }
    });
  },
};
