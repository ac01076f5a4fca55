import { type CliCommand, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";

export const migrateCommand: CliCommand = {
  name: "migrate",
  summary: "Apply the database migrations (also done automatically at start-up).",
  usage: "migrate",
  details: "Creates or upgrades the schema of the database named by DATABASE_URL. Safe to run again.",
  options: {},
  positionals: { min: 0, max: 0 },
  async run(_args, { env, io }) {
    await withDatabase(env, async (handle) => {
      io.out(
        `Database schema is up to date (${handle.url.startsWith("file:") ? handle.url : "remote database"}).`,
      );
    });
    return EXIT_OK;
  },
};
