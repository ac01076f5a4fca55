import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/libsql/migrator";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../../src/db/client.js";
import { readSiteRevision } from "../../src/db/repositories/site-revision.js";
import { applications } from "../../src/db/schema/index.js";
import { freshDatabase } from "../support/database.js";

const migrations = new URL("../../drizzle/", import.meta.url).pathname;

/** The migrations folder as it was before `tag`. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), "ogp-migrations-"));
  cpSync(migrations, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((entry) => entry.tag === tag),
  );
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

const insertApplication = (name: string, outcome = "pending") => sql`
  insert into applications (id, jurisdiction_name, country, jurisdiction_type, submitted_on, letter_url,
    letter_pages, letter_language, signed_by_head_of_government, contact_name, contact_email, outcome,
    decided_at, created_at)
  values (${crypto.randomUUID()}, ${name}, 'BR', 'city', '2026-03-10', 'https://poa.example/l.pdf', 2, 'en', 1,
    'Lúcia', 'lucia@poa.example', ${outcome}, ${outcome === "pending" ? null : 1796540000000}, 0)`;

/** What a failed statement says, causes included (Drizzle wraps the driver's error). */
async function failure(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const messages: string[] = [];
    for (let current: unknown = error; current instanceof Error; current = current.cause)
      messages.push(current.message);
    return messages.join(" | ");
  }
  return "it did not fail";
}

describe("migration 0007: applications with their letter, point of contact and decision", () => {
  it("keeps an application written under the earlier table, its decision date as the decision's instant", async () => {
    const handle = await openDatabase({ url: ":memory:" });
    const folder = migrationsBefore("0007_applications");
    try {
      await migrate(handle.db, { migrationsFolder: folder });
      await handle.db.run(sql`
        insert into applications (id, jurisdiction_name, country, submitted_on, mandate_end, letter_pages,
          letter_language, signed_by_head_of_government, outcome, decided_on, created_at)
        values ('a1', 'Canoas', 'BR', '2025-01-10', '2028-12-31', 2, 'en', 1, 'accepted', '2025-02-01', 0)`);
      await migrateDatabase(handle.db);
      expect(await handle.db.select().from(applications)).toEqual([
        expect.objectContaining({
          id: "a1",
          jurisdictionName: "Canoas",
          jurisdictionType: "other",
          submittedOn: "2025-01-10",
          mandateEnd: "2028-12-31",
          outcome: "accepted",
          decidedAt: new Date("2025-02-01T00:00:00Z"),
          contactEmail: "",
          timeZone: "UTC",
        }),
      ]);
    } finally {
      handle.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("holds one pending application per jurisdiction, whatever the case of its name", async () => {
    const handle = await freshDatabase();
    try {
      await handle.db.run(insertApplication("Porto Alegre"));
      expect(await failure(handle.db.run(insertApplication("PORTO ALEGRE")))).toMatch(
        /UNIQUE constraint failed/,
      );
      // Once decided, the jurisdiction may apply again.
      await handle.db.run(insertApplication("porto alegre", "rejected"));
      expect(await handle.db.select().from(applications)).toHaveLength(2);
    } finally {
      handle.close();
    }
  });

  it("refuses a decision without its instant, and keeps applications off the public site's revision", async () => {
    const handle = await freshDatabase();
    try {
      const before = await readSiteRevision(handle.db);
      await handle.db.run(insertApplication("Canoas"));
      expect(await readSiteRevision(handle.db)).toBe(before);
      expect(
        await failure(
          handle.db.run(sql`update applications set outcome = 'accepted' where jurisdiction_name = 'Canoas'`),
        ),
      ).toMatch(/CHECK constraint failed: applications_decision_shape/);
    } finally {
      handle.close();
    }
  });
});
