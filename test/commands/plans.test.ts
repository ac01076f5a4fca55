import { and, asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildHomeView, type CommandInput, type CommandResult } from "../../src/commands/index.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { loadMemberFacts } from "../../src/db/repositories/member-facts.js";
import {
  actionPlans,
  alertsOutbox,
  auditLog,
  commitmentOgpValues,
  commitmentPolicyAreas,
  commitmentSectors,
  commitments,
  endorsements,
  milestones,
} from "../../src/db/schema/index.js";
import { evaluateMember } from "../../src/domain/rules/index.js";
import { createLogger } from "../../src/logging/logger.js";
import type { FormDefinition } from "../../src/messages/model.js";
import { freshDatabase } from "../support/database.js";
import { NOW, seed, TEAM, USERS } from "./fixtures.js";
import { commandRunner, control, said } from "./harness.js";
import {
  COMMITMENT_ANSWERS,
  followRiverton,
  MEETING_ANSWERS,
  MILESTONE_ANSWERS,
  PLAN_ANSWERS,
  RIVERTON_SLACK,
  type Riverton,
  seedRiverton,
  writtenCounts,
} from "./plan-fixtures.js";

/**
 * Writing an action plan from chat (§3.2–§3.3): the point of contact drafts it, adds commitments
 * (Annex 2) and milestones, asks civil society to endorse it and submits it; every other role is
 * refused with nothing written, and every rule the validators apply is named when it refuses.
 */
describe("plan commands", () => {
  let handle: DatabaseHandle;
  let data: Riverton;
  let run: ReturnType<typeof commandRunner>;

  beforeEach(async () => {
    handle = await freshDatabase();
    await seed(handle.db);
    data = await seedRiverton(handle.db);
    run = commandRunner(handle.db);
  });
  afterEach(() => handle.close());

  /** Opens the form a command answers with, then submits these answers. */
  async function fill(userId: string, command: string, answers: Record<string, string | string[]>) {
    const opened = await run(userId, command);
    expect(opened.kind, said(opened)).toBe("form");
    const { form } = opened as { form: FormDefinition };
    const input: CommandInput = { kind: "form", formId: form.formId, context: form.context, values: answers };
    return run(userId, input);
  }

  const draftPlan = () => fill(RIVERTON_SLACK.poc, "plan draft", PLAN_ANSWERS);
  const addCommitment = (answers: Record<string, string | string[]> = COMMITMENT_ANSWERS) =>
    fill(RIVERTON_SLACK.poc, "commitment add", answers);
  const newPlan = async () =>
    (
      await handle.db
        .select()
        .from(actionPlans)
        .where(and(eq(actionPlans.memberId, data.member), eq(actionPlans.number, 2)))
    )[0];

  const statusOf = (result: CommandResult) => (result.kind === "messages" ? result.status : result.kind);

  describe("plan draft (§3.2, Annex 1)", () => {
    it("records the next plan as a draft, numbered after the previous one, recorded today in the member's zone", async () => {
      const result = await draftPlan();
      expect(statusOf(result)).toBe("ok");
      expect(said(result)).toContain("Plan 2 of Riverton");
      expect(await newPlan()).toMatchObject({
        title: PLAN_ANSWERS.title,
        periodStart: "2026-04-01",
        periodEnd: "2028-03-31",
        longTermVision: PLAN_ANSWERS.long_term_vision,
        participationSpacesOnline: PLAN_ANSWERS.participation_space,
        participationSpacesOffline: null,
        status: "draft",
        // 2026-03-10T15:00Z is already 11 March in Auckland.
        recordedOn: "2026-03-11",
      });
      expect(await handle.db.select().from(auditLog)).toMatchObject([
        { entity: "action_plans", action: "insert", source: "slack" },
      ]);
    });

    it.each([
      ["an official allowed to post updates", RIVERTON_SLACK.official],
      ["civil society", RIVERTON_SLACK.civilSociety],
      ["the Support Unit", USERS.supportUnit],
      ["another member's point of contact", USERS.poc],
    ])("refuses %s and writes nothing", async (_, userId) => {
      const before = await writtenCounts(handle.db);
      const result = await run(userId, "plan draft riverton");
      expect(statusOf(result)).toBe("refused");
      expect(said(result)).toContain("Riverton");
      const form = await run(userId, {
        kind: "form",
        formId: "plan_draft",
        context: { memberId: data.member },
        values: PLAN_ANSWERS,
      });
      expect(statusOf(form)).toBe("refused");
      expect(await writtenCounts(handle.db)).toEqual(before);
    });

    it("tells who may draft the plan", async () => {
      const result = await run(RIVERTON_SLACK.official, "plan draft riverton");
      expect(said(result)).toBe(
        "Only the point of contact of Riverton writes and submits its action plan (§1, §3.2).",
      );
    });

    it("refuses a second plan while one is open, and the next one once its period has ended", async () => {
      const springfield = await run(USERS.poc, "plan draft springfield");
      expect(statusOf(springfield)).toBe("refused");
      expect(said(springfield)).toContain("Springfield Open Government Plan 2025–2027");
      await draftPlan();
      const again = await run(RIVERTON_SLACK.poc, "plan draft");
      expect(said(again)).toContain("Riverton Open Government Plan 2026–2028");
      expect(await handle.db.$count(actionPlans, eq(actionPlans.memberId, data.member))).toBe(2);
    });

    it("names PLAN-1 when the plan would end too close to the mandate's end, and writes nothing", async () => {
      const before = await writtenCounts(handle.db);
      const result = await fill(RIVERTON_SLACK.poc, "plan draft", {
        ...PLAN_ANSWERS,
        period_end: "2029-05-31",
      });
      expect(result).toMatchObject({
        kind: "form_errors",
        errors: { period_end: expect.stringContaining("PLAN-1") },
      });
      expect(await writtenCounts(handle.db)).toEqual(before);
    });

    it("clears INACT-2 and moves DUE-PLAN-NEXT to the new plan once it is submitted (§4.1.2)", async () => {
      const later = new Date("2026-06-15T00:00:00Z");
      const [before] = await loadMemberFacts(handle.db, [data.member]);
      const lapsed = evaluateMember(before!, later);
      expect(lapsed.status).toBe("inactive");
      expect(lapsed.reasons.map((reason) => reason.ruleId)).toContain("INACT-2");
      expect(evaluateMember(before!, new Date("2026-03-11T00:00:00Z")).dueItems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            ruleId: "DUE-PLAN-NEXT",
            subject: { kind: "plan", id: data.previousPlan },
          }),
        ]),
      );

      await runFullCycle();
      const [after] = await loadMemberFacts(handle.db, [data.member]);
      const renewed = evaluateMember(after!, later);
      expect(renewed.status).toBe("active");
      expect(renewed.reasons.map((reason) => reason.ruleId)).not.toContain("INACT-2");
      const next = renewed.dueItems.filter((item) => item.ruleId === "DUE-PLAN-NEXT");
      expect(next).toEqual([
        expect.objectContaining({
          subject: { kind: "plan", id: (await newPlan())!.id },
          dueOn: "2028-07-31",
        }),
      ]);
    });
  });

  describe("commitment add (Annex 2, spec §2b)", () => {
    it("codes commitments after the member's latest, across its plans, with their classifications", async () => {
      await draftPlan();
      const first = await addCommitment();
      expect(said(first)).toContain("Commitment rvtn0003");
      await addCommitment({ ...COMMITMENT_ANSWERS, title: "Open contracts register" });
      const rows = await handle.db
        .select()
        .from(commitments)
        .where(eq(commitments.planId, (await newPlan())!.id))
        .orderBy(asc(commitments.number));
      expect(rows.map((row) => [row.code, row.number, row.status])).toEqual([
        ["rvtn0003", 1, "draft"],
        ["rvtn0004", 2, "draft"],
      ]);
      expect(rows[0]).toMatchObject({
        shortTitle: "Budget hearings",
        leadAgency: { office: "Finance Office" },
        resourcesSecured: "partially",
        nationalAlignment: null,
      });
      const id = rows[0]!.id;
      expect(
        await handle.db
          .select()
          .from(commitmentPolicyAreas)
          .where(eq(commitmentPolicyAreas.commitmentId, id)),
      ).toEqual([{ commitmentId: id, code: "fiscal_openness" }]);
      expect(await handle.db.$count(commitmentSectors, eq(commitmentSectors.commitmentId, id))).toBe(1);
      expect(await handle.db.$count(commitmentOgpValues, eq(commitmentOgpValues.commitmentId, id))).toBe(2);
    });

    it("names COMMIT-1 and COMMIT-2 on the fields they concern, and writes nothing", async () => {
      await draftPlan();
      const before = await writtenCounts(handle.db);
      const result = await addCommitment({
        ...COMMITMENT_ANSWERS,
        end_date: "2026-12-31",
        policy_areas: ["fiscal_openness", "open_data", "tax"],
      });
      expect(result).toMatchObject({
        kind: "form_errors",
        errors: {
          end_date: expect.stringContaining("COMMIT-1"),
          policy_areas: expect.stringContaining("COMMIT-2"),
        },
      });
      expect(await writtenCounts(handle.db)).toEqual(before);
    });

    it("refuses before the form when PLAN-3's cap of open commitments is reached", async () => {
      await draftPlan();
      const planId = (await newPlan())!.id;
      // rvtn0001 and rvtn0002 are completed but not assessed: they still count, with three drafts five.
      await handle.db.insert(commitments).values(
        [5, 6, 7].map((n, index) => ({
          planId,
          code: `rvtn000${n}`,
          number: index + 1,
          title: `Draft ${n}`,
          startDate: "2026-04-01",
          endDate: "2027-12-31",
          leadAgency: { office: "Town Hall" },
          problem: "p",
          action: "a",
          resourcesSecured: "yes",
        })),
      );
      const before = await writtenCounts(handle.db);
      const result = await run(RIVERTON_SLACK.poc, "commitment add");
      expect(statusOf(result)).toBe("refused");
      expect(said(result)).toContain("PLAN-3");
      expect(await writtenCounts(handle.db)).toEqual(before);
    });

    it("asks for a plan in preparation first", async () => {
      const result = await run(RIVERTON_SLACK.poc, "commitment add");
      expect(statusOf(result)).toBe("not_found");
      expect(said(result)).toContain("/ogp plan draft");
    });

    it("refuses the official and civil society, with nothing written", async () => {
      await draftPlan();
      const before = await writtenCounts(handle.db);
      for (const userId of [RIVERTON_SLACK.official, RIVERTON_SLACK.civilSociety]) {
        expect(statusOf(await run(userId, "commitment add riverton"))).toBe("refused");
        const form = await run(userId, {
          kind: "form",
          formId: "commitment",
          context: { memberId: data.member },
          values: COMMITMENT_ANSWERS,
        });
        expect(statusOf(form)).toBe("refused");
      }
      expect(await writtenCounts(handle.db)).toEqual(before);
    });
  });

  describe("milestone add (Annex 2 §17, MILESTONE-1)", () => {
    it("adds milestones in order, not started", async () => {
      await draftPlan();
      await addCommitment();
      const first = await fill(RIVERTON_SLACK.poc, "milestone add rvtn0003", MILESTONE_ANSWERS);
      expect(said(first)).toContain("Milestone 1 of rvtn0003");
      await fill(RIVERTON_SLACK.poc, "milestone add RVTN0003", {
        ...MILESTONE_ANSWERS,
        description: "Every hearing streamed",
        start_month: "2027-01",
        end_month: "2027-12",
      });
      expect(
        (
          await handle.db
            .select()
            .from(milestones)
            .innerJoin(commitments, eq(commitments.id, milestones.commitmentId))
            .where(eq(commitments.code, "rvtn0003"))
            .orderBy(asc(milestones.position))
        ).map(({ milestones: row }) => [
          row.position,
          row.startMonth,
          row.endMonth,
          row.status,
          row.responsibleOrganization,
        ]),
      ).toEqual([
        [1, "2026-04", "2026-12", "not_started", "Finance Office"],
        [2, "2027-01", "2027-12", "not_started", "Finance Office"],
      ]);
    });

    it("names MILESTONE-1 for months outside the commitment or out of order, and writes nothing", async () => {
      await draftPlan();
      await addCommitment();
      const before = await writtenCounts(handle.db);
      const outside = await fill(RIVERTON_SLACK.poc, "milestone add rvtn0003", {
        ...MILESTONE_ANSWERS,
        end_month: "2028-02",
      });
      expect(outside).toMatchObject({
        kind: "form_errors",
        errors: { end_month: expect.stringContaining("MILESTONE-1") },
      });
      const backwards = await fill(RIVERTON_SLACK.poc, "milestone add rvtn0003", {
        ...MILESTONE_ANSWERS,
        start_month: "2026-09",
        end_month: "2026-05",
      });
      expect(backwards).toMatchObject({
        kind: "form_errors",
        errors: { end_month: expect.stringContaining("MILESTONE-1") },
      });
      expect(await writtenCounts(handle.db)).toEqual(before);
    });

    it("sends milestones of a submitted commitment through a modification, and refuses other roles", async () => {
      const submitted = await run(USERS.poc, "milestone add sprfd0001");
      expect(statusOf(submitted)).toBe("refused");
      expect(said(submitted)).toContain("/ogp modify sprfd0001");
      await draftPlan();
      await addCommitment();
      expect(statusOf(await run(RIVERTON_SLACK.official, "milestone add rvtn0003"))).toBe("refused");
      expect(statusOf(await run(USERS.poc, "milestone add rvtn0003"))).toBe("refused");
    });
  });

  describe("plan submit (PLAN-5, §3.3.1)", () => {
    it("lists every problem with its rule, PLAN-5 included, offers to ask for endorsement, and writes nothing", async () => {
      await draftPlan();
      await addCommitment();
      const before = await writtenCounts(handle.db);
      const result = await run(RIVERTON_SLACK.poc, "plan submit");
      expect(statusOf(result)).toBe("refused");
      const text = said(result);
      expect(text).toContain("rvtn0003: Rule COMMIT-2 (Annex 2): a commitment has at least 1 milestone(s).");
      expect(text).toContain("Rule PLAN-5 (§3.3.1)");
      const buttons =
        result.kind === "messages" ? result.messages[0]!.blocks.filter((b) => b.kind === "buttons") : [];
      expect(buttons).toEqual([
        expect.objectContaining({
          buttons: [
            expect.objectContaining({
              invoke: { command: "plan", args: ["request-endorsement", "riverton"] },
            }),
          ],
        }),
      ]);
      expect(await writtenCounts(handle.db)).toEqual(before);
      expect((await newPlan())!.status).toBe("draft");
    });

    it("refuses a plan with everything but an endorsement, naming PLAN-5 alone, and asks civil society there and then", async () => {
      await draftPlan();
      await addCommitment();
      await fill(RIVERTON_SLACK.poc, "milestone add rvtn0003", MILESTONE_ANSWERS);
      const result = await run(RIVERTON_SLACK.poc, "plan submit");
      expect(statusOf(result)).toBe("refused");
      expect(said(result)).toContain("(1 problem(s))");
      expect(said(result)).toContain("Rule PLAN-5 (§3.3.1): the plan needs at least 1 endorsement(s)");
      expect(said(result)).toContain("Asked by direct message: Omar Civic.");
      const plan = await newPlan();
      expect(plan).toMatchObject({ status: "co_creation", submittedOn: null });
      expect(await handle.db.select().from(alertsOutbox)).toMatchObject([
        { kind: "PLAN-5", target: RIVERTON_SLACK.civilSociety, isDirectMessage: true },
      ]);
      // Submitting again asks nobody twice.
      expect(said(await run(RIVERTON_SLACK.poc, "plan submit"))).toContain("Asked before: Omar Civic.");
      expect(await handle.db.$count(alertsOutbox)).toBe(1);
    });

    it("asks civil society by direct message with an Endorse button, once, and moves the draft into co-creation", async () => {
      await draftPlan();
      const asked = await run(RIVERTON_SLACK.poc, control("plan", "request-endorsement", "riverton"));
      expect(said(asked)).toContain("Asked by direct message: Omar Civic.");
      const planId = (await newPlan())!.id;
      expect((await newPlan())!.status).toBe("co_creation");
      const rows = await handle.db.select().from(alertsOutbox);
      // Omar prefers no platform: the identity linked first, Slack, gets it, in his language.
      expect(rows).toMatchObject([
        {
          kind: "PLAN-5",
          platform: "slack",
          target: RIVERTON_SLACK.civilSociety,
          isDirectMessage: true,
          deadlineKey: `PLAN-5:plan:${planId}:co_creation`,
          payload: { language: "es" },
        },
      ]);
      expect(JSON.stringify(rows[0]!.payload)).toContain(
        `"invoke":{"command":"endorse","args":["${planId}"]}`,
      );
      const again = await run(RIVERTON_SLACK.poc, "plan request-endorsement");
      expect(said(again)).toContain("Asked before: Omar Civic.");
      expect(await handle.db.$count(alertsOutbox)).toBe(1);
    });

    it("refuses civil society and officials asking for endorsement or submitting", async () => {
      await draftPlan();
      const before = await writtenCounts(handle.db);
      for (const userId of [RIVERTON_SLACK.official, RIVERTON_SLACK.civilSociety, USERS.supportUnit]) {
        expect(statusOf(await run(userId, "plan request-endorsement riverton"))).toBe("refused");
        expect(statusOf(await run(userId, "plan submit riverton"))).toBe("refused");
      }
      expect(await writtenCounts(handle.db)).toEqual(before);
    });
  });

  /** Draft → commitment → milestone → ask → endorse → submit, all from chat. */
  async function runFullCycle() {
    await followRiverton(handle.db, data, "slack", "T0SPRING");
    await draftPlan();
    await fill(RIVERTON_SLACK.poc, "meeting riverton", MEETING_ANSWERS);
    await addCommitment();
    await fill(RIVERTON_SLACK.poc, "milestone add rvtn0003", MILESTONE_ANSWERS);
    await run(RIVERTON_SLACK.poc, "plan request-endorsement");
    const planId = (await newPlan())!.id;
    const endorse = await run(RIVERTON_SLACK.civilSociety, control("endorse", planId));
    expect(said(endorse), "the request's button opens the endorsement").toContain("River Watch");
    await run(RIVERTON_SLACK.civilSociety, control("endorse", "confirm", planId));
    return run(RIVERTON_SLACK.poc, "plan submit");
  }

  describe("App Home", () => {
    const homeInvocations = async (userId: string) => {
      const blocks = await buildHomeView(
        { db: handle.db, logger: createLogger("silent"), now: () => NOW },
        { platform: "slack", workspaceId: TEAM, userId },
      );
      // Other steps of the lifecycle (applications, completion) have buttons of their own there.
      return blocks
        .flatMap((block) =>
          block.kind === "buttons"
            ? block.buttons.flatMap((button) => ("invoke" in button ? [button.invoke] : []))
            : [],
        )
        .filter((invoke) => ["plan", "commitment", "milestone"].includes(invoke.command));
    };

    it("offers the point of contact the next plan once the previous one is over, then its next steps", async () => {
      expect(await homeInvocations(RIVERTON_SLACK.poc)).toEqual([
        { command: "plan", args: ["draft", "riverton"] },
      ]);
      await draftPlan();
      expect(await homeInvocations(RIVERTON_SLACK.poc)).toEqual([
        { command: "commitment", args: ["add", "riverton"] },
        { command: "plan", args: ["request-endorsement", "riverton"] },
        { command: "plan", args: ["submit", "riverton"] },
      ]);
    });

    it("offers nothing to write to other roles, nor while a plan is in implementation", async () => {
      expect(await homeInvocations(RIVERTON_SLACK.official)).toEqual([]);
      expect(await homeInvocations(USERS.poc)).toEqual([]);
    });
  });

  it("drives a whole plan from draft to submission in chat", async () => {
    const submitted = await runFullCycle();
    expect(statusOf(submitted)).toBe("ok");
    expect(said(submitted)).toContain(
      "Riverton submitted the action plan “Riverton Open Government Plan 2026–2028”",
    );
    expect(said(submitted)).toContain("River Watch");
    const plan = (await newPlan())!;
    expect(plan).toMatchObject({ status: "submitted", submittedOn: "2026-03-11" });
    expect(await handle.db.select().from(commitments).where(eq(commitments.planId, plan.id))).toMatchObject([
      { code: "rvtn0003", status: "active", submittedOn: "2026-03-11" },
    ]);
    expect(await handle.db.$count(endorsements, eq(endorsements.planId, plan.id))).toBe(1);
    const announced = await handle.db
      .select()
      .from(alertsOutbox)
      .where(eq(alertsOutbox.kind, "plan.submitted"));
    expect(announced).toMatchObject([{ target: "C0RIVER", subjectId: plan.id }]);
    const audited = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, plan.id))
      .orderBy(asc(auditLog.id));
    expect(audited.map((row) => row.action)).toEqual(["insert", "update", "update"]);

    // Submitted: no second submission, no more commitments or milestones from chat.
    expect(statusOf(await run(RIVERTON_SLACK.poc, "plan submit"))).toBe("not_found");
    expect(statusOf(await run(RIVERTON_SLACK.poc, "milestone add rvtn0003"))).toBe("refused");
  });
});
