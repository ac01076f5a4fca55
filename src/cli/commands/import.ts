import { readFile } from "node:fs/promises";
import { importDossier } from "../../db/repositories/dossier-import.js";
import { type CliCommand, EXIT_FAILED, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";

export const importCommand: CliCommand = {
  name: "import",
  summary: "Validate a dossier file and write it in one transaction.",
  usage: "import FILE [--json]",
  details: [
    "Reads FILE (the JSON import format, see docs/import-format.md and `schema`), checks all of it —",
    "structure, codes, dates, references, the handbook's validation rules, keys already in the",
    "database — and writes it in one audited transaction. If anything is wrong nothing is written",
    "and every problem is printed with its JSON path; the exit code is then 1.",
    "",
    "  --json   print the result as JSON ({ ok, counts } or { ok, problems })",
    "",
    "Example: npm run cli -- import my-city.json",
  ].join("\n"),
  options: { json: { type: "boolean" } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, { env, io }) {
    const file = positionals[0]!;
    let document: unknown;
    try {
      document = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      const reason =
        error instanceof SyntaxError ? `it is not valid JSON (${error.message})` : `it cannot be read`;
      io.err(`Cannot import ${file}: ${reason}. Nothing was written.`);
      return EXIT_FAILED;
    }
    return withDatabase(env, async ({ db }) => {
      const result = await importDossier(db, document, { personId: null, label: `cli import ${file}` });
      if (values.json) io.out(JSON.stringify(result, null, 2));
      if (!result.ok) {
        if (!values.json) {
          io.err(`${file}: ${result.problems.length} problem(s); nothing was written.`);
          for (const problem of result.problems) {
            io.err(`  ${problem.path}  ${problem.ruleId ? `[${problem.ruleId}] ` : ""}${problem.message}`);
          }
        }
        return EXIT_FAILED;
      }
      if (!values.json) {
        const written = Object.entries(result.counts).filter(([, count]) => count > 0);
        io.out(`Imported ${file}: ${written.map(([table, count]) => `${count} ${table}`).join(", ")}.`);
      }
      return EXIT_OK;
    });
  },
};
