import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { importDossier } from "../../src/db/repositories/dossier-import.js";
import {
  actionPlans,
  alertsOutbox,
  commitmentPolicyAreas,
  commitments,
  evidence,
  members,
  organizations,
  roleAssignments,
} from "../../src/db/schema/index.js";
import { minimalDocument } from "../dossier/fixtures.js";
import { freshDatabase } from "../support/database.js";

/** Drizzle wraps the driver's error; the constraint's own message is on the cause. */
async function expectRefused(write: Promise<unknown>, constraint: RegExp): Promise<void> {
  await expect(write).rejects.toMatchObject({ cause: { message: expect.stringMatching(constraint) } });
}

describe("database constraints", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await freshDatabase();
  });
  afterEach(() => handle.close());

  it("refuses a code outside its vocabulary (CHECK)", async () => {
    await expectRefused(
      handle.db.insert(organizations).values({ name: "Somewhere", kind: "cooperative" }),
      /CHECK constraint failed: organizations_kind_code/,
    );
    await expectRefused(
      handle.db.insert(members).values({
        slug: "x",
        code: "xx",
        name: "X",
        country: "MX",
        jurisdictionType: "village",
        joinedOn: "2025-01-01",
      }),
      /CHECK constraint failed: members_jurisdiction_type_code/,
    );
    expect(await handle.db.$count(organizations)).toBe(0);
    expect(await handle.db.$count(members)).toBe(0);
  });

  it("refuses an unknown policy area on a commitment (CHECK on the link table)", async () => {
    await importDossier(handle.db, minimalDocument(), { personId: null, label: "test" });
    const [commitment] = await handle.db.select().from(commitments);

    await expectRefused(
      handle.db
        .insert(commitmentPolicyAreas)
        .values({ commitmentId: commitment?.id ?? "", code: "open_datta" }),
      /CHECK constraint failed: commitment_policy_areas_code/,
    );
  });

  it("refuses a row pointing to a row that does not exist (FOREIGN KEY)", async () => {
    await expectRefused(
      handle.db
        .insert(roleAssignments)
        .values({ personId: "no-such-person", role: "support_unit", scope: "global" }),
      /FOREIGN KEY constraint failed/,
    );
    expect(await handle.db.$count(roleAssignments)).toBe(0);
  });

  it("refuses a second alert with the same dedupe key (UNIQUE)", async () => {
    const alert = {
      dedupeKey: "DUE-UPDATE:member-1:2026Q3:d-3:slack:C1",
      kind: "DUE-UPDATE",
      platform: "slack",
      target: "C1",
      payload: { key: "due.update" },
      nextAttemptAt: new Date("2026-09-27T09:00:00Z"),
    };
    await handle.db.insert(alertsOutbox).values(alert);

    await expectRefused(
      handle.db.insert(alertsOutbox).values({ ...alert, target: "C2" }),
      /UNIQUE constraint failed: alerts_outbox.dedupe_key/,
    );
    expect(await handle.db.$count(alertsOutbox)).toBe(1);
  });

  it("refuses evidence attached to two subjects, and accepts it attached to one", async () => {
    await importDossier(handle.db, minimalDocument(), { personId: null, label: "test" });
    const [plan] = await handle.db.select().from(actionPlans);
    const [commitment] = await handle.db
      .select()
      .from(commitments)
      .where(eq(commitments.planId, plan?.id ?? ""));
    const item = {
      title: "Minutes",
      kind: "consultation_record",
      url: "https://example.org/minutes",
      addedAt: new Date("2025-05-01T10:00:00Z"),
    };

    await expectRefused(
      handle.db.insert(evidence).values({ ...item, planId: plan?.id, commitmentId: commitment?.id }),
      /CHECK constraint failed: evidence_one_subject/,
    );
    await handle.db.insert(evidence).values({ ...item, planId: plan?.id });
    expect(await handle.db.$count(evidence)).toBe(1);
  });
});
