import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { importDossier } from "../../src/db/repositories/dossier-import.js";
import { auditLog, commitments, members } from "../../src/db/schema/index.js";
import { freshDatabase } from "../support/database.js";
import { demoDocument, minimalDocument, rowCounts, totalRows } from "./fixtures.js";

const actor = { personId: null, label: "test" };

describe("importDossier", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await freshDatabase();
  });
  afterEach(() => handle.close());

  it("imports the demo dossier and reports the rows written per table", async () => {
    const result = await importDossier(handle.db, demoDocument(), actor);

    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.counts).toMatchObject({
      organizations: 17,
      persons: 18,
      members: 5,
      coalitions: 1,
      coalition_members: 2,
      action_plans: 6,
      commitments: 12,
      milestones: 29,
      progress_updates: 43,
      member_status_history: 9,
      status_decisions: 1,
    });
    const { audit_log: auditRows, ...stored } = await rowCounts(handle.db);
    for (const [table, count] of Object.entries(result.counts)) expect(stored[table], table).toBe(count);
    expect(auditRows).toBeGreaterThan(0);
  });

  it("appends one audit row per imported row with an id, from the source 'import'", async () => {
    const result = await importDossier(handle.db, demoDocument(), { personId: null, label: "cli import" });
    if (!result.ok) throw new Error("demo import failed");

    const linkTables = [
      "coalition_members",
      "circle_members",
      "circle_channels",
      "commitment_owners",
      "commitment_policy_areas",
      "commitment_sectors",
      "commitment_ogp_values",
      "milestone_status_changes",
      "update_challenges",
    ];
    const rowsWithIds = Object.entries(result.counts)
      .filter(([table]) => !linkTables.includes(table))
      .reduce((sum, [, count]) => sum + count, 0);
    const audit = await handle.db.select().from(auditLog);
    expect(audit).toHaveLength(rowsWithIds);
    expect(new Set(audit.map((row) => row.source))).toEqual(new Set(["import"]));
    expect(new Set(audit.map((row) => row.action))).toEqual(new Set(["insert"]));
    expect(new Set(audit.map((row) => row.actorLabel))).toEqual(new Set(["cli import"]));

    const [member] = await handle.db.select().from(members).where(eq(members.slug, "kowhai-coast"));
    const [memberAudit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "members"), eq(auditLog.entityId, member?.id ?? "")));
    expect(memberAudit?.changes).toMatchObject({ slug: "kowhai-coast", status: "inactive" });

    // Link rows are told in their owner's audit row.
    const [commitment] = await handle.db.select().from(commitments).where(eq(commitments.code, "mxven0001"));
    const [commitmentAudit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "commitments"), eq(auditLog.entityId, commitment?.id ?? "")));
    expect(commitmentAudit?.changes).toMatchObject({
      code: "mxven0001",
      owners: ["villa-encinar"],
      policyAreas: ["civic_space", "fiscal_openness"],
    });
  });

  it("rejects a document whose natural keys the database already holds, and writes nothing more", async () => {
    expect((await importDossier(handle.db, minimalDocument(), actor)).ok).toBe(true);
    const before = await rowCounts(handle.db);

    const again = await importDossier(handle.db, minimalDocument(), actor);

    expect(again).toEqual({
      ok: false,
      problems: [
        {
          path: "$.organizations[0].name",
          message:
            "organization 'Example Civic Lab' already exists in the database: an import only adds, it never merges",
        },
        {
          path: "$.organizations[1].name",
          message:
            "organization 'Town of Example' already exists in the database: an import only adds, it never merges",
        },
        {
          path: "$.persons[0].email",
          message:
            "person 'ana@example.org' already exists in the database: an import only adds, it never merges",
        },
        {
          path: "$.members[0].slug",
          message:
            "member slug 'example-town' already exists in the database: an import only adds, it never merges",
        },
        {
          path: "$.members[0].code",
          message: "member code 'mxext' already exists in the database: an import only adds, it never merges",
        },
        {
          path: "$.members[0].plans[0].commitments[0].code",
          message:
            "commitment code 'mxext0001' already exists in the database: an import only adds, it never merges",
        },
      ],
    });
    expect(await rowCounts(handle.db)).toEqual(before);
  });

  it("reports a chat identity already linked in the database", async () => {
    const first = minimalDocument();
    first.persons[0].chatIdentities = [{ platform: "discord", userId: "42" }];
    await importDossier(handle.db, first, actor);
    const second = minimalDocument();
    second.organizations = [];
    second.members = [];
    second.persons = [
      {
        name: "Other",
        email: "other@example.org",
        language: "en",
        chatIdentities: [{ platform: "discord", userId: "42" }],
      },
    ];

    const result = await importDossier(handle.db, second, actor);

    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "$.persons[0].chatIdentities[0]",
          message:
            "chat identity 'discord /42' already exists in the database: an import only adds, it never merges",
        },
      ],
    });
  });

  it("leaves neither facts nor audit rows when the database fails in mid-transaction", async () => {
    // Validation passes; the database refuses the milestones, written after a dozen other tables.
    await handle.db.run(
      sql.raw(
        "create trigger refuse_milestones before insert on milestones begin select raise(abort, 'refused'); end",
      ),
    );

    await expect(importDossier(handle.db, demoDocument(), actor)).rejects.toThrow();

    expect(await totalRows(handle.db)).toBe(0);
  });

  it("lowercases emails, as people are looked up by lowercase email", async () => {
    const document = minimalDocument();
    document.persons[0].email = "Ana@Example.ORG";
    document.members[0].plans[0].commitments[0].updates[0].author = "ANA@example.org";

    const result = await importDossier(handle.db, document, actor);

    expect(result.ok).toBe(true);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entity, "persons"));
    expect(audit[0]?.changes).toMatchObject({ email: "ana@example.org" });
  });
});
