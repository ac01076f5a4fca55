import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, getTableColumns } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { type DatabaseHandle, openDatabase } from "../../src/db/client.js";
import { exportDossier } from "../../src/db/repositories/dossier-export/index.js";
import { buildImportRows, IMPORT_TABLES } from "../../src/db/repositories/dossier-import.js";
import { BOOKKEEPING_COLUMNS, mergeDossier } from "../../src/db/repositories/dossier-merge.js";
import { auditLog, meetings, progressUpdateRevisions, progressUpdates } from "../../src/db/schema/index.js";
import { seedDemoData } from "../../src/db/setup.js";
import { type DossierDocument, dossierSchema } from "../../src/domain/dossier/schema.js";
import { rowCounts } from "../dossier/fixtures.js";
import { freshDatabase } from "../support/database.js";

type Member = NonNullable<DossierDocument["members"]>[number];
type Commitment = NonNullable<NonNullable<Member["plans"]>[number]["commitments"]>[number];

const memberOf = (document: DossierDocument, slug: string): Member => {
  const member = document.members?.find((m) => m.slug === slug);
  if (!member) throw new Error(`no member ${slug}`);
  return member;
};
const commitmentOf = (document: DossierDocument, code: string): Commitment => {
  for (const member of document.members ?? [])
    for (const plan of member.plans ?? [])
      for (const commitment of plan.commitments ?? []) if (commitment.code === code) return commitment;
  throw new Error(`no commitment ${code}`);
};

/** The edits of the brief: a commitment title, a milestone status, a member's lead agency, a new commitment. */
function edit(document: DossierDocument): DossierDocument {
  const edited = structuredClone(document);
  const nzkwc0003 = commitmentOf(edited, "nzkwc0003");
  nzkwc0003.title = "Open budget data, published every quarter";
  const third = nzkwc0003.milestones?.find((m) => m.position === 3);
  if (third?.status !== "not_started") throw new Error("the demo's milestone changed");
  third.status = "in_progress";
  memberOf(edited, "kowhai-coast").leadAgency = "Digital Democracy Office";
  const plan = memberOf(edited, "kowhai-coast").plans?.find((p) => p.number === 2);
  // Canonical form (no empty lists, the highest number last), so the export can be compared as is.
  plan?.commitments?.push({
    code: "nzkwc0005",
    number: 3,
    title: "Participatory budgeting pilot",
    startDate: "2026-01-01",
    endDate: "2026-12-31",
    leadAgency: { office: "Democracy Services" },
    problem: "Residents have no say in how the district's capital budget is spent.",
    action: "Run a participatory budgeting round for one ward.",
    policyAreas: ["fiscal_openness"],
    sectors: ["public_services"],
    ogpValues: ["civic_participation"],
    resourcesSecured: "partially",
    status: "active",
  });
  return edited;
}

describe("cli import --merge", () => {
  let directory: string;
  let env: Record<string, string>;
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) }, env);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
  const withDb = async <T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> => {
    const handle = await openDatabase({ url: env.DATABASE_URL });
    try {
      return await work(handle);
    } finally {
      handle.close();
    }
  };
  const exported = async (): Promise<DossierDocument> => {
    const file = join(directory, `export-${Date.now()}-${Math.random()}.json`);
    expect((await run("export", "--out", file)).code).toBe(0);
    return JSON.parse(readFileSync(file, "utf8")) as DossierDocument;
  };
  const write = (name: string, document: unknown) => {
    const file = join(directory, name);
    writeFileSync(file, JSON.stringify(document, null, 2));
    return file;
  };

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), "ogp-merge-"));
    env = { DATABASE_URL: `file:${join(directory, "merge.db")}` };
    expect((await run("seed-demo")).code).toBe(0);
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it("re-imports an unchanged export without writing anything", async () => {
    const file = write("same.json", await exported());
    const auditBefore = await withDb((h) => h.db.$count(auditLog));

    const refused = await run("import", file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("already exists in the database");
    expect(refused.err).toContain(`import --merge ${file}`);

    const merged = await run("import", "--merge", file);
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(`Merged ${file}: the database already holds all of it; nothing was written.`);
    expect(await withDb((h) => h.db.$count(auditLog))).toBe(auditBefore);
  });

  it("updates the edited records in place, inserts the new one, audits only what changed, and is idempotent", async () => {
    const original = await exported();
    const edited = edit(original);
    const file = write("edited.json", edited);

    // Without --merge the edited export is still refused as a whole.
    const countsBefore = await withDb((h) => rowCounts(h.db));
    const refused = await run("import", file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("$.members[0].slug  member slug 'kowhai-coast' already exists");
    expect(await withDb((h) => rowCounts(h.db))).toEqual(countsBefore);

    const merged = await run("import", "--merge", file, "--json");
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.out)).toEqual({
      ok: true,
      inserted: {
        commitments: 1,
        commitment_policy_areas: 1,
        commitment_sectors: 1,
        commitment_ogp_values: 1,
      },
      updated: { members: 1, commitments: 1, milestones: 1 },
    });
    expect(await exported()).toEqual(edited);

    const label = `cli import --merge ${file}`;
    const audit = await withDb((h) => h.db.select().from(auditLog).where(eq(auditLog.actorLabel, label)));
    const updates = audit.filter((row) => row.action === "update");
    expect(updates.map(({ entity, changes }) => ({ entity, changes }))).toEqual(
      expect.arrayContaining([
        { entity: "members", changes: { leadAgency: "Digital Democracy Office" } },
        { entity: "commitments", changes: { title: "Open budget data, published every quarter" } },
        { entity: "milestones", changes: { status: "in_progress" } },
      ]),
    );
    expect(updates).toHaveLength(3);
    expect(new Set(audit.map((row) => row.source))).toEqual(new Set(["import"]));
    const inserts = audit.filter((row) => row.action === "insert");
    expect(inserts.map((row) => row.entity)).toEqual(["commitments"]);
    expect(inserts[0]?.changes).toMatchObject({ code: "nzkwc0005", policyAreas: ["fiscal_openness"] });

    const auditAfter = await withDb((h) => h.db.$count(auditLog));
    const again = await run("import", "--merge", file);
    expect(again.code).toBe(0);
    expect(again.out).toContain("nothing was written");
    expect(await withDb((h) => h.db.$count(auditLog))).toBe(auditAfter);
  });

  it("writes nothing at all when one record of the file is invalid", async () => {
    const original = await exported();
    const edited = edit(original);
    const milestone = commitmentOf(edited, "nzkwc0004").milestones?.[0];
    if (!milestone) throw new Error("the demo's milestone changed");
    milestone.endMonth = "2020-01";
    const file = write("invalid.json", edited);
    const countsBefore = await withDb((h) => rowCounts(h.db));

    const { code, err } = await run("import", "--merge", file);

    expect(code).toBe(1);
    expect(err).toContain("1 problem(s); nothing was written.");
    expect(err).toMatch(
      /\$\.members\[0\]\.plans\[1\]\.commitments\[1\]\.milestones\[0\]\.endMonth {2}must not be before/,
    );
    expect(await withDb((h) => rowCounts(h.db))).toEqual(countsBefore);
    expect(await exported()).toEqual(original);
  });

  it("prints the new option in its help", async () => {
    const { code, out } = await run("import", "--help");
    expect(code).toBe(0);
    expect(out).toContain("import FILE [--merge] [--json]");
    expect(out).toContain("a merge, not a sync");
  });
});

describe("mergeDossier", () => {
  const actor = { personId: null, label: "test merge" };
  let handle: DatabaseHandle;
  let demo: DossierDocument;
  beforeEach(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
    demo = (await exportDossier(handle.db)) as DossierDocument;
  });
  afterEach(() => handle.close());

  const mergeProblems = async (document: DossierDocument) => {
    const before = await rowCounts(handle.db);
    const result = await mergeDossier(handle.db, document, actor);
    expect(await rowCounts(handle.db)).toEqual(before);
    return result.ok ? [] : result.problems;
  };

  it("leaves alone what the file does not mention: a merge, not a sync", async () => {
    const kowhai = (await exportDossier(handle.db, { memberSlug: "kowhai-coast" })) as DossierDocument;
    const plan = memberOf(kowhai, "kowhai-coast").plans?.find((p) => p.number === 2);
    plan?.commitments?.splice(1, 1); // nzkwc0004
    memberOf(kowhai, "kowhai-coast").name = "Te Tai Kōwhai District";

    const result = await mergeDossier(handle.db, kowhai, actor);

    expect(result).toEqual({ ok: true, inserted: {}, updated: { members: 1 } });
    const after = (await exportDossier(handle.db)) as DossierDocument;
    expect(commitmentOf(after, "nzkwc0004")).toEqual(commitmentOf(demo, "nzkwc0004"));
    expect(memberOf(after, "kowhai-coast").name).toBe("Te Tai Kōwhai District");
    expect(after.members?.filter((m) => m.slug !== "kowhai-coast")).toEqual(
      demo.members?.filter((m) => m.slug !== "kowhai-coast"),
    );
  });

  it("overwrites only columns the format carries: any other column is listed as bookkeeping", async () => {
    // The demo, with the few optional fields it leaves out everywhere filled in.
    const full = structuredClone(demo);
    const nzkwc0003 = commitmentOf(full, "nzkwc0003");
    nzkwc0003.resourcesOther = "Volunteer translators";
    const update = nzkwc0003.updates?.[0];
    if (!update) throw new Error("the demo changed");
    update.noProgress = true;
    nzkwc0003.evidence = [
      {
        title: "Budget file",
        kind: "consultation_record",
        fileRef: "files/budget-2026.pdf",
        addedAt: "2026-02-01T00:00:00Z",
      },
    ];
    memberOf(full, "kowhai-coast").statusDecisions = [
      {
        kind: "status_override",
        status: "active",
        startsOn: "2026-01-01",
        endsOn: "2026-03-31",
        reason: "Support Unit review",
        decidedOn: "2026-01-01",
      },
    ];
    // The demo's circle has a policy area for theme; this one, free text.
    full.circles = [
      ...(full.circles ?? []),
      {
        slug: "youth-voice",
        name: "Youth Voice",
        themeText: "Youth participation",
        members: ["kowhai-coast"],
      },
    ];
    const { rows } = buildImportRows(dossierSchema.parse(full));

    for (const [key, table] of Object.entries(IMPORT_TABLES)) {
      const written = new Set(
        (rows[key as keyof typeof rows] as Record<string, unknown>[]).flatMap((row) =>
          Object.keys(row).filter((column) => row[column] !== undefined),
        ),
      );
      const notCarried = Object.keys(getTableColumns(table)).filter(
        (column) => !written.has(column) && !BOOKKEEPING_COLUMNS.has(column),
      );
      expect(notCarried, `${key}: columns a merge would clear`).toEqual([]);
    }
  });

  it("keeps the version of a progress update it corrects, as an edit from chat does", async () => {
    const edited = structuredClone(demo);
    const update = commitmentOf(edited, "nzkwc0003").updates?.[0];
    if (!update) throw new Error("the demo's update changed");
    const narrative = update.narrative;
    update.narrative = "Corrected: the first budget file went out in March.";

    const result = await mergeDossier(handle.db, edited, actor);

    expect(result).toMatchObject({ ok: true, updated: { progress_updates: 1 } });
    const [stored] = await handle.db
      .select()
      .from(progressUpdates)
      .where(eq(progressUpdates.narrative, update.narrative));
    expect(stored?.revision).toBe(2);
    const revisions = await handle.db.select().from(progressUpdateRevisions);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ updateId: stored?.id, revision: 1, snapshot: { narrative } });
    expect(await exportDossier(handle.db)).toEqual(edited);
  });

  it("replaces a record's lists (policy areas, owners) and audits the new list", async () => {
    const edited = structuredClone(demo);
    commitmentOf(edited, "nzkwc0003").policyAreas = ["digital_governance"];
    const [, jointNow, sharedNow] = edited.coalitions?.[0]?.plans?.[0]?.commitments ?? [];
    if (jointNow?.code !== "mxstl0002" || sharedNow?.code !== "mxven0001")
      throw new Error("the demo changed");
    delete jointNow.owners;
    sharedNow.owners = ["san-telmo-de-las-lomas", "villa-encinar"];

    const result = await mergeDossier(handle.db, edited, actor);

    expect(result).toEqual({
      ok: true,
      inserted: { commitment_policy_areas: 1, commitment_owners: 2 },
      updated: { commitments: 3 },
    });
    expect(await exportDossier(handle.db)).toEqual(edited);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.actorLabel, actor.label));
    expect(audit.map(({ entity, action, changes }) => ({ entity, action, changes }))).toEqual(
      expect.arrayContaining([
        { entity: "commitments", action: "update", changes: { owners: [] } },
        { entity: "commitments", action: "update", changes: { owners: sharedNow.owners } },
        { entity: "commitments", action: "update", changes: { policyAreas: ["digital_governance"] } },
      ]),
    );
    expect(audit).toHaveLength(3);
  });

  it("refuses a record whose identity repeats in the file, at its path", async () => {
    const edited = structuredClone(demo);
    const meetings = memberOf(edited, "kowhai-coast").plans?.[0]?.meetings;
    if (!meetings?.[0]) throw new Error("the demo's meetings changed");
    meetings.push({ ...meetings[0], governmentParticipants: 9 });

    expect(await mergeProblems(edited)).toEqual([
      {
        path: `$.members[0].plans[0].meetings[${meetings.length - 1}]`,
        message:
          "same member, heldOn and title as the meeting at $.members[0].plans[0].meetings[0]: a merge identifies a meeting by its member, heldOn and title",
      },
    ]);
  });

  it("refuses a file record matching two of the database's, rather than guess", async () => {
    const [meeting] = await handle.db.select().from(meetings).limit(1);
    if (!meeting) throw new Error("the demo has no meeting");
    await handle.db.insert(meetings).values({ ...meeting, id: crypto.randomUUID() });

    const problems = await mergeProblems(demo);

    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe(
      "2 records in the database have this meeting's member, heldOn and title: a merge cannot tell which one to update",
    );
  });

  it("refuses keys held by records the file does not mention, and moving a chat identity", async () => {
    const withoutLists = (member: Member): Member => ({
      ...member,
      plans: undefined,
      meetings: undefined,
      statusHistory: undefined,
      statusDecisions: undefined,
    });
    const document = (parts: Partial<DossierDocument>): DossierDocument => ({
      format: "ogp-local-dossier",
      version: 1,
      ...parts,
    });

    const north = { ...withoutLists(memberOf(demo, "kowhai-coast")), slug: "kowhai-coast-north" };
    expect(await mergeProblems(document({ members: [north] }))).toEqual([
      {
        path: "$.members[0].code",
        message: "member code 'nzkwc' belongs to member 'kowhai-coast' in the database",
      },
    ]);

    const moved = structuredClone(demo);
    const [amara, aroha] = moved.persons ?? [];
    if (!amara?.chatIdentities || !aroha) throw new Error("the demo's people changed");
    aroha.chatIdentities = [...(aroha.chatIdentities ?? []), ...amara.chatIdentities];
    delete amara.chatIdentities;
    expect(await mergeProblems(moved)).toEqual([
      {
        path: "$.persons[1].chatIdentities[2]",
        message:
          "chat identity 'slack T0DEMOSU/U0AMARA' is linked to another person in the database: a merge does not move a chat identity",
      },
    ]);

    const pair = ["san-telmo-de-las-lomas", "villa-encinar"];
    expect(
      await mergeProblems(
        document({
          coalitions: [{ slug: "lomas-nuevas", name: "Lomas nuevas", country: "MX", members: pair }],
          members: pair.map((slug) => withoutLists(memberOf(demo, slug))),
        }),
      ),
    ).toEqual(
      pair.map((slug, index) => ({
        path: `$.coalitions[0].members[${index}]`,
        message: `member '${slug}' belongs to another coalition in the database: a member is in one coalition at most`,
      })),
    );
  });
});
