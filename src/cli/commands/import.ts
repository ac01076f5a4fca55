import { readFile } from "node:fs/promises";
import { importDossier } from "../../db/repositories/dossier-import.js";
import { mergeDossier } from "../../db/repositories/dossier-merge.js";
import type { DossierProblem } from "../../domain/dossier/problems.js";
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";

export const importCommand: CliCommand = {
  name: "import",
  summary: "Validate a dossier file and write it in one transaction (--merge: update what exists).",
  usage: "import FILE [--merge] [--json]",
  details: [
    "Reads FILE (the JSON import format, see docs/import-format.md and `schema`), checks all of it —",
    "structure, codes, dates, references, the handbook's validation rules, keys already in the",
    "database — and writes it in one audited transaction. If anything is wrong nothing is written",
    "and every problem is printed with its JSON path; the exit code is then 1.",
    "",
    "  --merge  update the records the database already has instead of refusing them: each record",
    "           is matched by its identity (member slug, person email, organization name, commitment",
    "           code, plan owner and number, milestone position…; docs/import-format.md lists them",
    "           all), takes the file's values and is audited as an update of the columns that",
    "           changed; new records are inserted. Records the database has and the file does not",
    "           are left alone (a merge, not a sync). Same checks, same all-or-nothing transaction.",
    "  --json   print the result as JSON ({ ok, counts }, with --merge { ok, inserted, updated },",
    "           or { ok, problems })",
    "",
    "Examples: npm run cli -- import my-city.json",
    "          npm run cli -- export --out all.json, edit all.json, then npm run cli -- import --merge all.json",
  ].join("\n"),
  options: { json: { type: "boolean" }, merge: { type: "boolean" } },
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
      if (values.merge) {
        const result = await mergeDossier(db, document, {
          personId: null,
          label: `cli import --merge ${file}`,
        });
        if (values.json) io.out(JSON.stringify(result, null, 2));
        if (!result.ok) {
          if (!values.json) reportProblems(io, file, result.problems);
          return EXIT_FAILED;
        }
        if (!values.json) {
          const inserted = describeCounts(result.inserted);
          const updated = describeCounts(result.updated);
          io.out(
            inserted || updated
              ? `Merged ${file}: inserted ${inserted || "nothing"}; updated ${updated || "nothing"}.`
              : `Merged ${file}: the database already holds all of it; nothing was written.`,
          );
        }
        return EXIT_OK;
      }
      const result = await importDossier(db, document, { personId: null, label: `cli import ${file}` });
      if (values.json) io.out(JSON.stringify(result, null, 2));
      if (!result.ok) {
        if (!values.json) {
          reportProblems(io, file, result.problems);
          if (result.problems.some((problem) => problem.message.includes("already exists in the database")))
            io.err(`To update the records the database already has, run: import --merge ${file}`);
        }
        return EXIT_FAILED;
      }
      if (!values.json) io.out(`Imported ${file}: ${describeCounts(result.counts)}.`);
      return EXIT_OK;
    });
  },
};

function reportProblems(io: CliIo, file: string, problems: readonly DossierProblem[]): void {
  io.err(`${file}: ${problems.length} problem(s); nothing was written.`);
  for (const problem of problems) {
    io.err(`  ${problem.path}  ${problem.ruleId ? `[${problem.ruleId}] ` : ""}${problem.message}`);
  }
}

/** `3 members, 12 commitments`: the tables with rows, in the order given. */
function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => `${count} ${table}`)
    .join(", ");
}
