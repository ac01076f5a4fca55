import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  actionPlans,
  alertsOutbox,
  auditLog,
  commitmentPolicyAreas,
  commitments,
  endorsements,
  milestones,
  organizations,
} from "../../src/db/schema/index.js";
import { chatStores } from "../../src/db/stores.js";
import type { Platform } from "../../src/domain/vocabularies.js";
import { createLogger } from "../../src/logging/logger.js";
import { createDiscordEndpoints } from "../../src/platforms/discord/index.js";
import { createSlackEndpoints } from "../../src/platforms/slack/index.js";
import { createApp } from "../../src/web/app.js";
import { NOW, seed, TEAM } from "../commands/fixtures.js";
import {
  COMMITMENT_ANSWERS,
  followRiverton,
  MEETING_ANSWERS,
  MILESTONE_ANSWERS,
  PLAN_ANSWERS,
  RIVERTON_DISCORD,
  RIVERTON_SLACK,
  seedRiverton,
} from "../commands/plan-fixtures.js";
import { freshDatabase } from "../support/database.js";
import { FakeDiscord } from "../support/fake-discord.js";
import { FakeSlack } from "../support/fake-slack.js";
import {
  commandPayload,
  componentPayload,
  type DiscordKeys,
  GUILD,
  generateDiscordKeys,
  modalSubmitPayload,
  sendInteraction as sendDiscordInteraction,
  shownAfterDeferral,
  visibleText,
} from "./discord/discord-requests.js";
import {
  blockActionPayload,
  SIGNING_SECRET,
  sendInteraction as sendSlackInteraction,
  sendSlashCommand,
  slackVisibleText,
  viewSubmissionPayload,
} from "./slack/slack-requests.js";

/**
 * Writing an action plan from chat, the same on both platforms (§3.2–§3.3): the point of contact
 * drafts the plan, logs its co-creation meeting, adds a commitment over a three-step form (one Slack
 * modal; three Discord modals kept in the draft store), adds its milestone, is refused the
 * submission for want of an endorsement (PLAN-5), asks civil society, which endorses, then submits.
 * Each platform runs against its own database; replies and stored facts are compared by meaning.
 */

const logger = createLogger("silent");

type Who = "poc" | "civilSociety";
type Answers = Record<string, string | string[]>;

interface Reply {
  text: string;
  ephemeral: boolean;
}

interface Driver {
  platform: Platform;
  /** `/ogp <command>` with Discord's options (Slack types the values after the command). */
  command(who: Who, command: string, options: Record<string, string>): Promise<Reply>;
  /** A command that answers with a form, and the form submitted with these answers. */
  form(who: Who, command: string, options: Record<string, string>, answers: Answers): Promise<Reply>;
  /** A command whose reply holds a button, and a click on its first button. */
  click(who: Who, command: string, options: Record<string, string>): Promise<Reply>;
}

function slackDriver(handle: DatabaseHandle, fake: FakeSlack): Driver {
  const slack = createSlackEndpoints(
    { signingSecret: SIGNING_SECRET, botToken: "xoxb-plans", apiUrl: fake.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  const app = createApp({ db: handle.db, logger, slack });
  let responses = 0;
  const reply = (responseId: string): Reply => {
    const body = fake.responsesTo(responseId).at(-1) ?? {};
    return {
      text: slackVisibleText(body),
      ephemeral: body.response_type === "ephemeral" || body.replace_original === true,
    };
  };
  const run = async (who: Who, command: string, options: Record<string, string>) => {
    const id = `plan-r${++responses}`;
    const text = [command, ...Object.values(options)].join(" ");
    await sendSlashCommand(app, { userId: RIVERTON_SLACK[who], text, responseUrl: fake.responseUrl(id) });
    await slack.settled();
    return id;
  };
  return {
    platform: "slack",
    command: async (who, command, options) => reply(await run(who, command, options)),
    async form(who, command, options, answers) {
      const opened = fake.callsTo("views.open").length;
      const id = await run(who, command, options);
      expect(fake.callsTo("views.open"), "the form opens as a modal").toHaveLength(opened + 1);
      const view = fake.callsTo("views.open").at(-1)?.args.view as Parameters<
        typeof viewSubmissionPayload
      >[0]["view"];
      const values = Object.fromEntries(
        view.blocks.flatMap((block) =>
          block.type === "input" && block.block_id ? [[block.block_id, answers[block.block_id] ?? null]] : [],
        ),
      );
      await sendSlackInteraction(app, viewSubmissionPayload({ userId: RIVERTON_SLACK[who], view, values }));
      await slack.settled();
      return reply(id);
    },
    async click(who, command, options) {
      const id = await run(who, command, options);
      const blocks = fake.responsesTo(id).at(-1)?.blocks as {
        type: string;
        elements?: { action_id: string; value: string }[];
      }[];
      const button = blocks.find((block) => block.type === "actions")?.elements?.[0];
      const clickId = `${id}-click`;
      await sendSlackInteraction(
        app,
        blockActionPayload({
          userId: RIVERTON_SLACK[who],
          button: button!,
          responseUrl: fake.responseUrl(clickId),
        }),
      );
      await slack.settled();
      return reply(clickId);
    },
  };
}

function discordDriver(handle: DatabaseHandle, fake: FakeDiscord, keys: DiscordKeys): Driver {
  const discord = createDiscordEndpoints(
    { publicKey: keys.publicKeyHex, apiUrl: fake.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  const app = createApp({ db: handle.db, logger, discord });
  const actors = {
    poc: { userId: RIVERTON_DISCORD.poc, locale: "en-US" },
    civilSociety: { userId: RIVERTON_DISCORD.civilSociety, locale: "es-ES" },
  };
  interface Answer {
    type: number;
    data: { flags?: number; components?: { components?: { custom_id: string }[] }[] } & Record<
      string,
      unknown
    >;
  }
  const send = async (payload: Record<string, unknown>): Promise<Answer> => {
    const response = await sendDiscordInteraction(app, keys, payload);
    await discord.settled();
    expect(response.status).toBe(200);
    const shown = shownAfterDeferral(fake, payload, (await response.json()) as Answer);
    expect(shown, "a deferred answer is completed").not.toBeNull();
    return shown as Answer;
  };
  const reply = (answer: Answer): Reply => ({
    text: visibleText(answer.data),
    ephemeral: answer.type === 7 || ((answer.data.flags ?? 0) & 64) !== 0,
  });
  const firstButton = (answer: Answer) => answer.data.components?.[0]?.components?.[0]?.custom_id ?? "";
  type Modal = Parameters<typeof modalSubmitPayload>[1];
  return {
    platform: "discord",
    command: async (who, command, options) =>
      reply(await send(commandPayload(actors[who], command, options))),
    async form(who, command, options, answers) {
      let answer = await send(commandPayload(actors[who], command, options));
      expect(answer.type, "the form opens as a modal").toBe(9);
      let fromMessage: { flags: number } | undefined;
      let modals = 0;
      // One modal per step; each saved step offers a button to the next.
      while (answer.type === 9) {
        modals++;
        answer = await send(
          modalSubmitPayload(actors[who], answer.data as unknown as Modal, answers, fromMessage),
        );
        if (answer.data.components?.length && firstButton(answer).startsWith("ogp.step:")) {
          answer = await send(componentPayload(actors[who], { customId: firstButton(answer) }));
          fromMessage = { flags: 64 };
        }
      }
      steps.set(command, modals);
      return reply(answer);
    },
    async click(who, command, options) {
      const asked = await send(commandPayload(actors[who], command, options));
      return reply(
        await send(componentPayload(actors[who], { customId: firstButton(asked) }, { flags: 64 })),
      );
    },
  };
}

/** How many Discord modals each form took. */
const steps = new Map<string, number>();

/** A reply's words, without either platform's markup and emoji, or generated references. */
function words(text: string): string[] {
  return (
    text
      .replace(/:[a-z_]+:/g, " ")
      .replace(/✅|⚠️|❌|ℹ️/gu, " ")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&")
      .replace(/^-# /gm, "")
      // References made from generated ids differ between the two databases.
      .replace(/\b[0-9a-f]{8}(?:-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?\b/g, "REF")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== "")
      .sort()
  );
}

interface Step {
  name: string;
  run(driver: Driver): Promise<Reply>;
  says: string[];
}

const SCENARIO: Step[] = [
  {
    name: "plan draft",
    run: (driver) => driver.form("poc", "plan", { action: "draft" }, PLAN_ANSWERS),
    says: ["Plan 2 of Riverton, “Riverton Open Government Plan 2026–2028”, is recorded as a draft."],
  },
  {
    name: "meeting (co-creation)",
    run: (driver) => driver.form("poc", "meeting", { member: "riverton" }, MEETING_ANSWERS),
    says: ["Co-creation workshop"],
  },
  {
    name: "commitment add",
    run: (driver) => driver.form("poc", "commitment", { action: "add" }, COMMITMENT_ANSWERS),
    says: [
      "Commitment rvtn0003, “Open budget hearings”, is added to “Riverton Open Government Plan 2026–2028”.",
    ],
  },
  {
    name: "milestone add",
    run: (driver) =>
      driver.form("poc", "milestone", { action: "add", commitment: "rvtn0003" }, MILESTONE_ANSWERS),
    says: ["Milestone 1 of rvtn0003 is added"],
  },
  {
    // Held back by its endorsement alone: civil society is asked there and then (PLAN-5).
    name: "plan submit (refused, PLAN-5)",
    run: (driver) => driver.command("poc", "plan", { action: "submit" }),
    says: [
      "cannot be submitted yet (1 problem(s))",
      "Rule PLAN-5 (§3.3.1)",
      "Asked by direct message: Omar Civic.",
    ],
  },
  {
    name: "plan request-endorsement",
    run: (driver) => driver.command("poc", "plan", { action: "request-endorsement" }),
    says: ["Asked before: Omar Civic."],
  },
  {
    name: "endorse",
    run: (driver) => driver.click("civilSociety", "endorse", { plan: "riverton" }),
    says: ["River Watch"],
  },
  {
    name: "plan submit",
    run: (driver) => driver.command("poc", "plan", { action: "submit" }),
    says: [
      "Riverton submitted the action plan “Riverton Open Government Plan 2026–2028”",
      "River Watch",
      "rvtn0003",
    ],
  },
];

/** What the scenario stored, by meaning. */
async function storedFacts(handle: DatabaseHandle) {
  const { db } = handle;
  const plans = await db
    .select({
      number: actionPlans.number,
      title: actionPlans.title,
      status: actionPlans.status,
      submittedOn: actionPlans.submittedOn,
      recordedOn: actionPlans.recordedOn,
      participationSpacesOnline: actionPlans.participationSpacesOnline,
    })
    .from(actionPlans)
    .where(eq(actionPlans.number, 2));
  const written = await db
    .select({
      code: commitments.code,
      status: commitments.status,
      title: commitments.title,
      startDate: commitments.startDate,
      endDate: commitments.endDate,
      submittedOn: commitments.submittedOn,
      resourcesSecured: commitments.resourcesSecured,
    })
    .from(commitments)
    .where(eq(commitments.code, "rvtn0003"));
  const areas = await db
    .select({ code: commitmentPolicyAreas.code })
    .from(commitmentPolicyAreas)
    .innerJoin(commitments, eq(commitments.id, commitmentPolicyAreas.commitmentId))
    .where(eq(commitments.code, "rvtn0003"));
  const steps = await db
    .select({
      description: milestones.description,
      startMonth: milestones.startMonth,
      endMonth: milestones.endMonth,
    })
    .from(milestones)
    .innerJoin(commitments, eq(commitments.id, milestones.commitmentId))
    .where(eq(commitments.code, "rvtn0003"));
  const endorsed = await db
    .select({ organization: organizations.name, source: endorsements.source })
    .from(endorsements)
    .innerJoin(organizations, eq(organizations.id, endorsements.organizationId))
    .innerJoin(actionPlans, eq(actionPlans.id, endorsements.planId))
    .where(eq(actionPlans.number, 2));
  const audit = await db
    .select({ entity: auditLog.entity, action: auditLog.action, source: auditLog.source })
    .from(auditLog)
    .orderBy(asc(auditLog.id));
  const outbox = await db
    .select({ kind: alertsOutbox.kind, isDirectMessage: alertsOutbox.isDirectMessage })
    .from(alertsOutbox)
    .orderBy(asc(alertsOutbox.kind), asc(alertsOutbox.isDirectMessage));
  return { plans, written, areas, steps, endorsed, audit, outbox };
}

const runs = new Map<
  Platform,
  { replies: Map<string, Reply>; facts: Awaited<ReturnType<typeof storedFacts>> }
>();

async function runScenario(platform: Platform, driverFor: (handle: DatabaseHandle) => Driver) {
  const handle = await freshDatabase();
  try {
    await seed(handle.db);
    const data = await seedRiverton(handle.db);
    await followRiverton(handle.db, data, platform, platform === "slack" ? TEAM : GUILD);
    const driver = driverFor(handle);
    const replies = new Map<string, Reply>();
    for (const step of SCENARIO) replies.set(step.name, await step.run(driver));
    runs.set(platform, { replies, facts: await storedFacts(handle) });
  } finally {
    handle.close();
  }
}

describe("writing a plan from chat, through Slack and Discord", () => {
  let fakeSlack: FakeSlack;
  let fakeDiscord: FakeDiscord;

  beforeAll(async () => {
    fakeSlack = await FakeSlack.start();
    fakeDiscord = await FakeDiscord.start();
    const keys = await generateDiscordKeys();
    await runScenario("slack", (handle) => slackDriver(handle, fakeSlack));
    await runScenario("discord", (handle) => discordDriver(handle, fakeDiscord, keys));
  });
  afterAll(async () => {
    await fakeSlack.stop();
    await fakeDiscord.stop();
  });

  const run = (platform: Platform) => {
    const found = runs.get(platform);
    if (!found) throw new Error(`the scenario did not run on ${platform}`);
    return found;
  };

  describe.each(SCENARIO.map((step) => [step.name, step] as const))("%s", (name, step) => {
    it.each(["slack", "discord"] as const)("reads as expected on %s", (platform) => {
      const reply = run(platform).replies.get(name)!;
      for (const phrase of step.says)
        expect(reply.text.replace(/\\/g, "").replaceAll("&amp;", "&")).toContain(phrase);
      expect(reply.ephemeral).toBe(true);
    });

    it("answers with the same words on both platforms", () => {
      expect(words(run("discord").replies.get(name)!.text)).toEqual(
        words(run("slack").replies.get(name)!.text),
      );
    });
  });

  it("takes the commitment's Annex 2 fields over three Discord modals", () => {
    expect(steps.get("commitment")).toBe(3);
    expect(steps.get("plan")).toBe(1);
  });

  it("stores the same plan on both platforms, each write audited with the platform it came from", () => {
    const slack = run("slack").facts;
    const discord = run("discord").facts;
    expect(slack.plans).toEqual([
      {
        number: 2,
        title: PLAN_ANSWERS.title,
        status: "submitted",
        submittedOn: "2026-03-11",
        recordedOn: "2026-03-11",
        participationSpacesOnline: PLAN_ANSWERS.participation_space,
      },
    ]);
    expect(slack.written).toEqual([
      {
        code: "rvtn0003",
        status: "active",
        title: "Open budget hearings",
        startDate: "2026-04-01",
        endDate: "2027-12-31",
        submittedOn: "2026-03-11",
        resourcesSecured: "partially",
      },
    ]);
    expect(slack.areas).toEqual([{ code: "fiscal_openness" }]);
    expect(slack.steps).toEqual([
      { description: MILESTONE_ANSWERS.description, startMonth: "2026-04", endMonth: "2026-12" },
    ]);
    expect(slack.endorsed).toEqual([{ organization: "River Watch", source: "slack" }]);
    expect(discord.endorsed).toEqual([{ organization: "River Watch", source: "discord" }]);
    expect(slack.audit.every((row) => row.source === "slack")).toBe(true);
    expect(discord.audit.every((row) => row.source === "discord")).toBe(true);
    expect(slack.outbox.map((row) => row.kind)).toEqual(
      expect.arrayContaining(["PLAN-5", "meeting.logged", "plan.submitted"]),
    );
    const comparable = (facts: typeof slack, platform: Platform) =>
      JSON.parse(JSON.stringify(facts).replaceAll(`"${platform}"`, '"PLATFORM"'));
    expect(comparable(discord, "discord")).toEqual(comparable(slack, "slack"));
  });
});
