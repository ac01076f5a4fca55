import { countMembers } from "../../db/repositories/members.js";
import { seedDemoData } from "../../db/setup.js";
import { type CliCommand, EXIT_FAILED, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";

export const seedDemoCommand: CliCommand = {
  name: "seed-demo",
  summary: "Load the bundled demo dossier (fictional members) into an empty database.",
  usage: "seed-demo",
  details: [
    "Imports demo/demo-dossier.json: fictional members in Mexico, New Zealand and France, one of them",
    "a coalition, with plans, commitments, updates, meetings and endorsements chosen so that the",
    'handbook\'s rules give one member of each status (docs/import-format.md, "Demo data").',
    "`npm start` does this by itself when the database has no member, unless DEMO_DATA=off.",
  ].join("\n"),
  options: {},
  positionals: { min: 0, max: 0 },
  async run(_args, { env, io }) {
    return withDatabase(env, async (handle) => {
      const existing = await countMembers(handle.db);
      if (existing > 0) {
        io.err(`The database already has ${existing} member(s); the demo loads only into an empty one.`);
        return EXIT_FAILED;
      }
      const counts = await seedDemoData(handle);
      io.out(`Demo data loaded: ${counts.members ?? 0} members.`);
      return EXIT_OK;
    });
  },
};
