import { describe, expect, it } from "vitest";
import { importDossier } from "../../src/db/repositories/dossier-import.js";
import { loadMemberFacts } from "../../src/db/repositories/member-facts.js";
import { DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { dossierMemberFacts } from "../../src/domain/dossier/rules.js";
import { dossierSchema } from "../../src/domain/dossier/schema.js";
import { evaluateMember, statusTimeline } from "../../src/domain/rules/index.js";
import { freshDatabase } from "../support/database.js";
import { demoDocument } from "./fixtures.js";

describe("dossierMemberFacts and the database loader", () => {
  it("build facts on which the rules engine agrees, for every demo member", async () => {
    const handle = await freshDatabase();
    await importDossier(handle.db, demoDocument(), { personId: null, label: "test" });
    const loaded = new Map((await loadMemberFacts(handle.db)).map((facts) => [facts.member.slug, facts]));

    for (const facts of dossierMemberFacts(dossierSchema.parse(demoDocument()))) {
      const fromDatabase = loaded.get(facts.member.slug);
      if (!fromDatabase) throw new Error(`no facts loaded for ${facts.member.slug}`);
      const history = (f: typeof facts) =>
        statusTimeline(f, f.member.joinedOn, DEMO_REFERENCE_DATE).map(({ on, status, ruleId }) => ({
          on,
          status,
          ruleId,
        }));
      const due = (f: typeof facts) =>
        evaluateMember(f, DEMO_REFERENCE_DATE).dueItems.map(({ ruleId, dueOn, overdue }) => ({
          ruleId,
          dueOn,
          overdue,
        }));
      expect(history(facts), facts.member.slug).toEqual(history(fromDatabase));
      expect(due(facts), facts.member.slug).toEqual(due(fromDatabase));
    }
    handle.close();
  });
});
