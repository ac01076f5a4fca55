import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { and, asc, count, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { type DatabaseHandle, migrateDatabase, openDatabase } from "../../src/db/client.js";
import { importDossier } from "../../src/db/repositories/dossier-import.js";
import { restoreFormula } from "../../src/db/repositories/open-data/cells.js";
import { UPDATE_COLUMNS } from "../../src/db/repositories/open-data/update-format.js";
import {
  auditLog,
  commitments,
  milestones,
  progressUpdateRevisions,
  progressUpdates,
} from "../../src/db/schema/index.js";
import { seedDemoData } from "../../src/db/setup.js";
import { silentLogger } from "../../src/logging/logger.js";
import { createApp } from "../../src/web/app.js";
import { csvRecord } from "../../src/web/feeds/csv.js";

const DEMO_DAY = new Date("2026-11-15T12:00:00Z");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

/** The demo dossier without a single progress update: members, plans, commitments, milestones, people. */
function demoWithoutUpdates(): unknown {
  const dossier = JSON.parse(readFileSync(new URL("../../demo/demo-dossier.json", import.meta.url), "utf8"));
  const strip = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(strip);
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if ("code" in record && Array.isArray(record.updates)) record.updates = [];
      Object.values(record).forEach(strip);
    }
  };
  strip(dossier);
  return dossier;
}

async function exportCsv(handle: DatabaseHandle, path: string): Promise<string> {
  const app = createApp({ db: handle.db, logger: silentLogger, now: () => DEMO_DAY });
  const response = await app.request(path);
  expect(response.status).toBe(200);
  return response.text();
}

const rowsOf = (text: string) => {
  const [header, ...rows] = parse(text) as string[][];
  return rows.map((row) =>
    Object.fromEntries(header!.map((name, index) => [name, restoreFormula(row[index]!)])),
  );
};

describe("cli updates import", () => {
  let directory: string;
  let env: Record<string, string>;
  let handle: DatabaseHandle;
  const file = (name: string, text: string) => {
    const path = join(directory, name);
    writeFileSync(path, text);
    return path;
  };
  const importFile = async (path: string, ...flags: string[]) => {
    const output = capture();
    const code = await runCli(["updates", "import", path, ...flags], output.io, env);
    return { code, out: output.out.join("\n"), err: output.err.join("\n") };
  };
  const countUpdates = async () => (await handle.db.select({ n: count() }).from(progressUpdates))[0]!.n;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), "ogp-updates-import-"));
    env = { DATABASE_URL: `file:${join(directory, "hub.db")}` };
    handle = await openDatabase({ url: env.DATABASE_URL });
    await migrateDatabase(handle.db);
  });
  afterEach(() => {
    handle.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("restores updates.csv into a database that has the commitments but no update: the same rows", async () => {
    const demo = await openDatabase({ url: ":memory:" });
    await migrateDatabase(demo.db);
    await seedDemoData(demo);
    const exported = await exportCsv(demo, "/api/v1/updates.csv?bom=1");
    const demoMembers = await exportCsv(demo, "/api/v1/members");
    const demoMilestones = await demo.db
      .select({ code: commitments.code, position: milestones.position, status: milestones.status })
      .from(milestones)
      .innerJoin(commitments, eq(commitments.id, milestones.commitmentId))
      .orderBy(asc(commitments.code), asc(milestones.position));
    demo.close();

    const seeded = await importDossier(handle.db, demoWithoutUpdates(), { personId: null, label: "test" });
    expect(seeded.ok).toBe(true);
    expect(await countUpdates()).toBe(0);
    const path = file("updates.csv", exported);

    // History predates the rule that limited progress names its challenges: without --backfill it is refused whole.
    const strict = await importFile(path);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain("nothing was written");
    expect(strict.err).toMatch(/row \d+, column Challenges:/);
    expect(await countUpdates()).toBe(0);

    const restored = await importFile(path, "--backfill");
    expect(restored.err).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.out).toContain("43 update(s) added, 0 corrected, 0 unchanged");

    const original = rowsOf(exported);
    const roundTrip = rowsOf(await exportCsv(handle, "/api/v1/updates.csv"));
    expect(roundTrip).toHaveLength(43);
    const { source, ...compared } = UPDATE_COLUMNS;
    expect(source).toBe("Source");
    const columns = Object.values(compared);
    const pick = (row: Record<string, string>) =>
      Object.fromEntries(columns.map((name) => [name, row[name]]));
    expect(roundTrip.map(pick)).toEqual(original.map(pick));
    expect(new Set(roundTrip.map((row) => row.Source))).toEqual(new Set(["import"]));

    // What the rules read is restored too: milestone statuses and every member's evaluation.
    const restoredMilestones = await handle.db
      .select({ code: commitments.code, position: milestones.position, status: milestones.status })
      .from(milestones)
      .innerJoin(commitments, eq(commitments.id, milestones.commitmentId))
      .orderBy(asc(commitments.code), asc(milestones.position));
    expect(restoredMilestones).toEqual(demoMilestones);
    const evaluations = (text: string) =>
      (JSON.parse(text) as { items: { slug: string; evaluation: unknown }[] }).items.map(
        ({ slug, evaluation }) => ({
          slug,
          evaluation,
        }),
      );
    const strip = (value: unknown) =>
      JSON.parse(JSON.stringify(value).replace(/"id":"[0-9a-f-]{36}"/g, '"id":""'));
    expect(strip(evaluations(await exportCsv(handle, "/api/v1/members")))).toEqual(
      strip(evaluations(demoMembers)),
    );

    const audited = await handle.db
      .select({ n: count() })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.source, "import"),
          eq(auditLog.entity, "progress_updates"),
          eq(auditLog.action, "insert"),
        ),
      );
    expect(audited[0]!.n).toBe(43);
  });

  it("skips unchanged rows and keeps the replaced version of a corrected one, audited", async () => {
    await seedDemoData(handle);
    const exported = await exportCsv(handle, "/api/v1/updates.csv");
    const again = await importFile(file("same.csv", exported));
    expect(again.out).toContain("0 update(s) added, 0 corrected, 43 unchanged");

    const [header, ...rows] = parse(exported) as string[][];
    const column = (name: string) => header!.indexOf(name);
    const target = rows[5]!;
    const id = target[column("Update ID")]!;
    target[column("Narrative")] = '=Corrected narrative, with "quotes"\nand a second line';
    target[column("Challenges")] = "approval_delay: waiting for the council\nother";
    target[column("Completion %")] = "80";
    const edited = [header!, ...rows].map((row) => csvRecord(row)).join("");
    const result = await importFile(file("edited.csv", edited), "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({ ok: true, created: 0, revised: 1, unchanged: 42 });

    const [update] = await handle.db.select().from(progressUpdates).where(eq(progressUpdates.id, id));
    expect(update).toMatchObject({
      narrative: '=Corrected narrative, with "quotes"\nand a second line',
      completionPct: 80,
      revision: 2,
    });
    const revisions = await handle.db
      .select()
      .from(progressUpdateRevisions)
      .where(eq(progressUpdateRevisions.updateId, id));
    expect(revisions).toHaveLength(1);
    const reexported = rowsOf(await exportCsv(handle, "/api/v1/updates.csv")).find(
      (row) => row["Update ID"] === id,
    )!;
    expect(reexported.Challenges).toBe("approval_delay: waiting for the council\nother");
    expect(reexported.Narrative).toBe('=Corrected narrative, with "quotes"\nand a second line');
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.source, "import")));
    expect(
      audit.some((entry) => entry.action === "update" && entry.actorLabel.startsWith("cli updates import")),
    ).toBe(true);
  });

  it("adds a row without an Update ID as a new update from the import", async () => {
    await seedDemoData(handle);
    const before = await countUpdates();
    const csv = [
      "Commitment Unique Identifier,Posted At,Narrative,Completion %,Milestone Changes,Challenges,Evidence",
      'NZKWC0003,2026-12-01T09:00:00+13:00,"Archive search is live, with 2019–2026 minutes.",60,2: in_progress -> complete,,https://kowhaicoast.example/archive',
    ].join("\r\n");
    const result = await importFile(file("new.csv", csv));
    expect(result.err).toBe("");
    expect(result.out).toContain("1 update(s) added");
    expect(await countUpdates()).toBe(before + 1);
    const [created] = await handle.db
      .select()
      .from(progressUpdates)
      .where(eq(progressUpdates.postedAt, new Date("2026-11-30T20:00:00Z")));
    expect(created).toMatchObject({ source: "import", completionPct: 60, noProgress: false });
  });

  it("reports every problem with its row and column and writes nothing", async () => {
    await seedDemoData(handle);
    const before = await countUpdates();
    const auditBefore = (await handle.db.select({ n: count() }).from(auditLog))[0]!.n;
    const csv = [
      "Update ID,Commitment Unique Identifier,Posted At,Milestone,Completion %,No Progress,Narrative,Challenges,Evidence",
      ",nzkwc0003,2026-06-01T00:00:00Z,,70,no,Fine row.,,",
      ",xxxxx0001,2026-06-01T00:00:00Z,,70,no,Unknown commitment.,,",
      ",nzkwc0003,last tuesday,,70,no,Bad date.,,",
      ",nzkwc0003,2026-06-01T00:00:00Z,9,150,maybe,,secret_sauce,ftp://files.example/x",
      ",nzkwc0003,2026-06-02T00:00:00Z,,10,no,Limited and no challenge.,,",
      ",nzkwc0003,2099-01-01T00:00:00Z,,90,no,From the future.,,",
    ].join("\n");
    const result = await importFile(file("bad.csv", csv));
    expect(result.code).toBe(1);
    expect(result.err).toContain("nothing was written");
    for (const expected of [
      "row 3, column Commitment Unique Identifier:  No commitment has the identifier xxxxx0001.",
      "row 4, column Posted At:",
      "row 5, column Completion %:",
      "row 5, column No Progress:",
      "row 5, column Narrative:  This cell is required.",
      "row 5, column Challenges:",
      "row 5, column Evidence:",
      "row 6, column Challenges:",
      "row 7, column Posted At:  This instant is in the future.",
    ])
      expect(result.err).toContain(expected);
    expect(result.err).not.toContain("row 2,");
    expect(await countUpdates()).toBe(before);
    expect((await handle.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(auditBefore);

    const french = await importFile(file("bad-fr.csv", csv), "--lang", "fr");
    expect(french.err).toContain("ligne 3, colonne Commitment Unique Identifier :");
  });

  it("refuses an unknown or missing column before reading any row", async () => {
    const result = await importFile(
      file("columns.csv", "Commitment Unique Identifier,Narative\r\nnzkwc0003,Typo.\r\n"),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain("row 1, column Narative:");
    expect(result.err).toContain("row 1, column Posted At:  This column is required.");
    expect(result.err).toContain("row 1, column Narrative:  This column is required.");
    const broken = await importFile(file("broken.csv", 'Narrative\r\n"never closed\r\n'));
    expect(broken.code).toBe(1);
    expect(broken.err).toContain("is not valid CSV");
  });
});
