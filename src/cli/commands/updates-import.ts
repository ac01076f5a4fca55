import { readFile } from "node:fs/promises";
import { CsvError, parse } from "csv-parse/sync";
import { t } from "../../messages/i18n/index.js";
import { importProgressUpdates } from "../../services/import-progress-updates.js";
import { type CliCommand, EXIT_FAILED, EXIT_OK } from "../command.js";
import { withDatabase } from "../database.js";
import { languageOption } from "../options.js";

export const updatesImportCommand: CliCommand = {
  name: "updates import",
  summary: "Import progress updates from a CSV file in the columns of updates.csv.",
  usage: "updates import FILE.csv [--backfill] [--json] [--lang en|fr|es]",
  details: [
    "Reads FILE.csv (UTF-8, comma-separated, a header row; the columns of /api/v1/updates.csv,",
    "see docs/open-data.md), checks every row — commitment, milestones, author, dates, values, and",
    "that an update without progress or at a limited level names its challenges (spec §2) — and",
    "writes the whole file in one audited transaction (source `import`). If any row is wrong nothing",
    "is written and every problem is printed with its row number and column; the exit code is 1.",
    "",
    "A row with a blank Update ID adds an update; a row whose Update ID the database has corrects",
    "that update (the earlier version is kept as a revision), or is skipped when nothing changed;",
    "a row with an Update ID the database does not have adds the update under that ID.",
    "",
    "  --backfill  the rows restore earlier records (an export of another instance): the rules",
    "              for new updates (challenges named, commitment taking updates) are not applied",
    "  --json      print the result as JSON ({ ok, created, revised, unchanged } or { ok, problems })",
    "  --lang      language of the problems (default en)",
    "",
    "Example: npm run cli -- updates import q3-updates.csv",
  ].join("\n"),
  options: { backfill: { type: "boolean" }, json: { type: "boolean" }, lang: { type: "string" } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, { env, io }) {
    const file = positionals[0]!;
    const language = languageOption(values.lang);
    let records: string[][];
    try {
      records = parse(await readFile(file, "utf8"), { bom: true, relax_column_count: true });
    } catch (error) {
      const reason =
        error instanceof CsvError
          ? t(language, "open_data.import.not_csv", { line: Number(error.lines ?? 0), detail: error.message })
          : t(language, "open_data.import.unreadable");
      io.err(t(language, "open_data.import.cannot_read", { file, reason }));
      return EXIT_FAILED;
    }
    const [header, ...rows] = records;
    if (!header) {
      io.err(
        t(language, "open_data.import.cannot_read", { file, reason: t(language, "open_data.import.empty") }),
      );
      return EXIT_FAILED;
    }
    return withDatabase(env, async ({ db }) => {
      const result = await importProgressUpdates(
        { db, now: new Date() },
        { header, rows },
        { label: `cli updates import ${file}`, backfill: values.backfill === true },
      );
      if (!result.ok) {
        const problems = result.problems.map((problem) => ({
          row: problem.row,
          column: problem.column,
          message: t(language, problem.messageKey, problem.params),
        }));
        if (values.json) io.out(JSON.stringify({ ok: false, problems }, null, 2));
        else {
          io.err(t(language, "open_data.import.failed", { file, count: problems.length }));
          for (const problem of problems)
            io.err(
              `  ${t(language, "open_data.import.at", { row: problem.row, column: problem.column || "—" })}  ${problem.message}`,
            );
        }
        return EXIT_FAILED;
      }
      if (values.json) io.out(JSON.stringify(result, null, 2));
      else
        io.out(
          t(language, "open_data.import.done", {
            file,
            created: result.created,
            revised: result.revised,
            unchanged: result.unchanged,
          }),
        );
      return EXIT_OK;
    });
  },
};
