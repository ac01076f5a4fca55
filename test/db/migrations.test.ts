import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/libsql/migrator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateDatabase, openDatabase } from "../../src/db/client.js";
import { readSiteRevision } from "../../src/db/repositories/site-revision.js";
import { alertsOutbox, inboundDeliveries, PUBLISHED_TABLES } from "../../src/db/schema/index.js";
import { postSchema } from "../../src/messages/model.js";
import { freshDatabase } from "../support/database.js";
import { postView } from "../support/posts.js";

const migrations = new URL("../../drizzle/", import.meta.url).pathname;

/** The migrations folder as it was before `tag`: a database as an earlier release left it. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), "ogp-migrations-"));
  cpSync(migrations, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((entry) => entry.tag === tag);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

interface LegacyRow {
  id: string;
  dedupeKey: string;
  kind: string;
  payload: Record<string, unknown>;
}

describe("migration 0002: outbox state in columns, payloads as posts", () => {
  let handle: DatabaseHandle;
  let folder: string;

  beforeEach(async () => {
    handle = await openDatabase({ url: ":memory:" });
    folder = migrationsBefore("0002_outbox_columns_and_posts");
    await migrate(handle.db, { migrationsFolder: folder });
  });
  afterEach(() => {
    handle.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const insertLegacy = async (rows: LegacyRow[]) => {
    for (const row of rows)
      await handle.db.run(
        sql`insert into alerts_outbox (id, dedupe_key, kind, platform, workspace_id, target, payload, state, attempts, next_attempt_at, created_at)
            values (${row.id}, ${row.dedupeKey}, ${row.kind}, 'slack', 'T1', 'C1', ${JSON.stringify(row.payload)}, 'pending', 0, 0, 0)`,
      );
  };
  const read = async (id: string) => {
    const [row] = await handle.db.select().from(alertsOutbox).where(eq(alertsOutbox.id, id));
    return row!;
  };

  it("reads the scheduler's keys once into columns: alert key, subject, deadline, step, copy", async () => {
    await insertLegacy([
      {
        id: "reminder",
        dedupeKey: "DUE-UPDATE:commitment:c-1:2026-Q3:d-14|slack:T1:U1",
        kind: "DUE-UPDATE",
        payload: { text: "Update due" },
      },
      {
        id: "snoozed",
        dedupeKey: "DUE-UPDATE:commitment:c-1:2026-Q3:d-14|slack:T1:U1|snooze",
        kind: "DUE-UPDATE",
        payload: { text: "Update due" },
      },
      {
        id: "digest",
        dedupeKey: "digest.weekly:member:m-1:2026-W47|discord::555",
        kind: "digest.weekly",
        payload: { text: "Week" },
      },
      {
        id: "post",
        dedupeKey: "update:u-1:r1:slack:T1:C1",
        kind: "update.posted",
        payload: { text: "Posted" },
      },
    ]);
    await migrateDatabase(handle.db);

    expect(await read("reminder")).toMatchObject({
      alertKey: "DUE-UPDATE:commitment:c-1:2026-Q3:d-14",
      subjectKind: "commitment",
      subjectId: "c-1",
      deadlineKey: "DUE-UPDATE:commitment:c-1:2026-Q3",
      step: "d-14",
      copyKind: "original",
      copyOf: null,
    });
    expect(await read("snoozed")).toMatchObject({
      deadlineKey: "DUE-UPDATE:commitment:c-1:2026-Q3",
      step: "d-14",
      copyKind: "snooze",
      copyOf: "reminder",
    });
    // A digest is no reminder step: nothing to cancel when the rules move on.
    expect(await read("digest")).toMatchObject({
      alertKey: "digest.weekly:member:m-1:2026-W47",
      subjectKind: "member",
      subjectId: "m-1",
      deadlineKey: null,
      step: null,
    });
    expect(await read("post")).toMatchObject({ alertKey: null, deadlineKey: null, copyKind: "original" });
  });

  it("turns every old payload into a valid post that says the same", async () => {
    await insertLegacy([
      {
        id: "full",
        dedupeKey: "INACT-4:member:m-1:2026-10-01:letter|slack:T1:C1",
        kind: "INACT-4",
        payload: {
          title: "Inactive: Springfield",
          text: 'Dear "colleagues" \\ <@U1>',
          fields: [{ label: "Member", value: "Springfield (US)" }],
          buttons: [
            { label: "Mark letter sent", action: "letter sent springfield 2026-10-01" },
            { label: "Post the update", action: "update", style: "primary" },
            { label: "Public page", url: "https://ogp.example.org/members/springfield" },
          ],
          footer: "Rule INACT-4 (§4.1.4)",
        },
      },
      {
        id: "bare",
        dedupeKey: "outbox.failure:alert:x|slack:T1:C1",
        kind: "outbox.failure",
        payload: { text: "hi" },
      },
    ]);
    await migrateDatabase(handle.db);

    const full = await read("full");
    expect(postSchema.safeParse(full.payload).success).toBe(true);
    expect(full.payload).toMatchObject({ language: "en", summary: 'Dear "colleagues" \\ <@U1>' });
    expect(postView(full.payload)).toEqual({
      title: "Inactive: Springfield",
      text: 'Dear "colleagues" \\ <@U1>',
      fields: [{ label: "Member", value: "Springfield (US)" }],
      buttons: [
        { label: "Mark letter sent", action: "letter sent springfield 2026-10-01" },
        { label: "Post the update", action: "update", style: "primary" },
        { label: "Public page", url: "https://ogp.example.org/members/springfield" },
      ],
      footer: "Rule INACT-4 (§4.1.4)",
    });
    expect((full.payload as { blocks: unknown[] }).blocks).toHaveLength(5);
    expect(await read("bare").then((row) => row.payload)).toEqual({
      language: "en",
      summary: "hi",
      blocks: [{ kind: "text", text: "hi" }],
    });
  });
});

describe("migration 0005: acknowledged work kept with the delivery claims", () => {
  it("keeps the claims made before it, as deliveries already handled", async () => {
    const handle = await openDatabase({ url: ":memory:" });
    const folder = migrationsBefore("0005_inbound_jobs");
    try {
      await migrate(handle.db, { migrationsFolder: folder });
      await handle.db.run(
        sql`insert into inbound_deliveries (platform, delivery_id, created_at) values ('slack', 'event:Ev1', 1796531000000)`,
      );
      await migrateDatabase(handle.db);
      expect(await handle.db.select().from(inboundDeliveries)).toEqual([
        {
          platform: "slack",
          deliveryId: "event:Ev1",
          receivedAt: new Date(1796531000000),
          payload: null,
          state: "done",
          attempts: 0,
          leaseUntil: null,
          finishedAt: null,
          lastError: null,
        },
      ]);
    } finally {
      handle.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("migration 0006: the published facts' revision", () => {
  it("gives every published table, after every migration, the triggers that bump the revision", async () => {
    const handle = await freshDatabase();
    try {
      const triggers = await handle.db.all<{ tbl_name: string; name: string }>(
        sql`select tbl_name, name from sqlite_master where type = 'trigger' and name like '%_bumps_site_revision'`,
      );
      for (const table of PUBLISHED_TABLES)
        for (const operation of ["insert", "update", "delete"])
          expect(
            triggers.some(
              (trigger) =>
                trigger.tbl_name === table && trigger.name === `${table}_${operation}_bumps_site_revision`,
            ),
            `${table} ${operation}`,
          ).toBe(true);
      // And no published table is missing from the list: every table with a public fact is named.
      const tables = (
        await handle.db.all<{ name: string }>(sql`select name from sqlite_master where type = 'table'`)
      ).map((row) => row.name);
      for (const table of PUBLISHED_TABLES) expect(tables, table).toContain(table);
    } finally {
      handle.close();
    }
  });

  it("bumps the revision once per written row, and not for unpublished tables", async () => {
    const handle = await freshDatabase();
    try {
      const before = await readSiteRevision(handle.db);
      await handle.db.run(
        sql`insert into organizations (id, name, kind, created_at) values ('o1', 'Trust', 'civil_society_org', 0), ('o2', 'Forum', 'civil_society_org', 0)`,
      );
      expect(await readSiteRevision(handle.db)).toBe(before + 2);
      await handle.db.run(
        sql`insert into inbound_deliveries (platform, delivery_id, created_at) values ('slack', 'x', 0)`,
      );
      expect(await readSiteRevision(handle.db)).toBe(before + 2);
    } finally {
      handle.close();
    }
  });
});
