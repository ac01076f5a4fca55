import { writeFile } from "node:fs/promises";
import { exportDossier, UnknownMemberError } from "../../db/repositories/dossier-export/index.js";
import { type CliCommand, EXIT_FAILED, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";

export const exportCommand: CliCommand = {
  name: "export",
  summary: "Write the database, or one member's dossier, in the import format.",
  usage: "export [--member SLUG] [--out FILE]",
  details: [
    "Prints the dossier document (the same format `import` reads) to standard output, or to FILE.",
    "Exporting what a canonical document imported gives that document back.",
    "",
    "  --member   only this member, with its coalition and the people and organizations it names",
    "  --out      write to FILE instead of standard output",
    "",
    "Example: npm run cli -- export --member kowhai-coast --out kowhai.json",
  ].join("\n"),
  options: { member: { type: "string" }, out: { type: "string" } },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const memberSlug = typeof values.member === "string" ? values.member : undefined;
    return withDatabase(env, async ({ db }) => {
      try {
        const text = `${JSON.stringify(await exportDossier(db, { memberSlug }), null, 2)}\n`;
        if (typeof values.out === "string") {
          await writeFile(values.out, text);
          io.err(`Wrote ${values.out}.`);
        } else {
          io.out(text.trimEnd());
        }
        return EXIT_OK;
      } catch (error) {
        if (error instanceof UnknownMemberError) {
          io.err(error.message);
          return EXIT_FAILED;
        }
        throw error;
      }
    });
  },
};
