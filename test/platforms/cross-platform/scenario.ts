import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../../src/db/audit.js";
import type { Database } from "../../../src/db/database.js";
import { createLinkCode } from "../../../src/db/repositories/link-codes.js";
import {
  actionPlans,
  alertsOutbox,
  auditLog,
  channelSubscriptions,
  chatIdentities,
  commitments,
  endorsements,
  evidence,
  milestoneStatusChanges,
  milestones,
  organizations,
  persons,
  progressUpdates,
} from "../../../src/db/schema/index.js";
import type { Platform } from "../../../src/domain/vocabularies.js";
import { type Seeded, seed } from "../../commands/fixtures.js";
import { FakeDiscord } from "../../support/fake-discord.js";
import { FakeSlack } from "../../support/fake-slack.js";
import {
  type Actor,
  CHANNEL,
  commandPayload,
  componentPayload,
  type DiscordKeys,
  GUILD,
  modalSubmitPayload,
  sendInteraction as sendDiscordInteraction,
  shownAfterDeferral,
  visibleText,
} from "../discord/discord-requests.js";
import {
  blockActionPayload,
  type RequestTarget,
  sendInteraction as sendSlackInteraction,
  sendSlashCommand,
  slackVisibleText,
  viewSubmissionPayload,
} from "../slack/slack-requests.js";

/**
 * The "done when" (and the Workers issue's): one scenario — link, status, update, endorse —
 * run through the Slack and the Discord adapter against the same seeded data must store the same
 * facts and answer with the same words, on Node and on a Worker. Each platform gets its own
 * database; the stored results are compared by meaning (codes, names), since generated ids differ.
 */

export const SLACK_TEAM = "T0SPRING";

export type Who = "poc" | "civilSociety";
export const EMAILS: Record<Who, string> = {
  poc: "ana@springfield.example",
  civilSociety: "carla@civiclab.example",
};

/** What a person saw in answer to one step, and how it was shown. */
export interface Reply {
  text: string;
  /** Only the caller saw it. */
  ephemeral: boolean;
  /** It replaced the message whose button was clicked. */
  replacedClicked: boolean;
}

/** One platform, driven as a person would use it. */
export interface Driver {
  platform: Platform;
  /** The chat accounts the scenario links. */
  userIds: string[];
  link(who: Who, code: string): Promise<Reply>;
  command(who: Who, command: string, options: Record<string, string>): Promise<Reply>;
  /** Opens the update form for a commitment and submits these answers (by field name). */
  update(who: Who, commitment: string, answers: Record<string, string | string[]>): Promise<Reply>;
  /** Asks to endorse a plan, then clicks the confirmation button. */
  endorse(who: Who, plan: string): Promise<Reply>;
}

/**
 * How a driver reaches the app under test: a Hono app in this process, or the Worker bundle in
 * workerd. Both answer webhooks first and work after; `settled` waits for that work.
 */
export interface Transport {
  target: RequestTarget;
  /** Seconds since the epoch the requests are signed at: the app's clock. */
  timestamp(): number;
  /** Resolves once the work after the answers is done; `arrived` says whether the awaited effect has. */
  settled(arrived: () => boolean): Promise<void>;
}

/** Slack: signed slash commands and interactivity; replies read from the fake's response URLs. */
export function slackDriver(transport: Transport, fake: FakeSlack): Driver {
  const { target: app } = transport;
  const signed = () => ({ timestamp: transport.timestamp() });
  // Fresh Slack accounts, linked by the scenario itself (the fixture's are not used).
  const users: Record<Who, string> = { poc: "U0ANANEW", civilSociety: "U0CARLANEW" };
  let responses = 0;
  const reply = (responseId: string): Reply => {
    const body = fake.responsesTo(responseId).at(-1) ?? {};
    return {
      text: slackVisibleText(body),
      ephemeral: body.response_type === "ephemeral" || body.replace_original === true,
      replacedClicked: body.replace_original === true,
    };
  };
  const run = async (who: Who, text: string) => {
    const id = `r${++responses}`;
    const formsOpened = fake.callsTo("views.open").length;
    await sendSlashCommand(app, { userId: users[who], text, responseUrl: fake.responseUrl(id) }, signed());
    await transport.settled(
      () => fake.responsesTo(id).length > 0 || fake.callsTo("views.open").length > formsOpened,
    );
    return id;
  };
  return {
    platform: "slack",
    userIds: Object.values(users),
    link: async (who, code) => reply(await run(who, `link ${code}`)),
    command: async (who, command, options) =>
      reply(await run(who, [command, ...Object.values(options)].join(" "))),
    async update(who, commitment, answers) {
      const id = await run(who, `update ${commitment}`);
      const view = fake.callsTo("views.open").at(-1)?.args.view as Parameters<
        typeof viewSubmissionPayload
      >[0]["view"];
      const values = Object.fromEntries(
        view.blocks.flatMap((block) =>
          block.type === "input" && block.block_id ? [[block.block_id, answers[block.block_id] ?? null]] : [],
        ),
      );
      await sendSlackInteraction(app, viewSubmissionPayload({ userId: users[who], view, values }), signed());
      await transport.settled(() => fake.responsesTo(id).length > 0);
      return reply(id);
    },
    async endorse(who, plan) {
      const id = await run(who, `endorse ${plan}`);
      const blocks = fake.responsesTo(id).at(-1)?.blocks as {
        type: string;
        elements?: { action_id: string; value: string }[];
      }[];
      const button = blocks.find((block) => block.type === "actions")?.elements?.[0];
      const clickId = `${id}-click`;
      await sendSlackInteraction(
        app,
        blockActionPayload({ userId: users[who], button: button!, responseUrl: fake.responseUrl(clickId) }),
        signed(),
      );
      await transport.settled(() => fake.responsesTo(clickId).length > 0);
      return reply(clickId);
    },
  };
}

/** Discord: signed interactions; answers read from the HTTP responses, or the deferred answer's edit. */
export function discordDriver(transport: Transport, fake: FakeDiscord, keys: DiscordKeys): Driver {
  const { target: app } = transport;
  const actors: Record<Who, Actor> = {
    poc: { userId: "100000000000000001", locale: "en-US" },
    civilSociety: { userId: "100000000000000004", locale: "fr" },
  };
  interface Answer {
    type: number;
    data: { flags?: number; components?: { components?: { custom_id: string }[] }[] } & Record<
      string,
      unknown
    >;
  }
  const send = async (payload: Record<string, unknown>): Promise<Answer> => {
    const response = await sendDiscordInteraction(app, keys, payload, { timestamp: transport.timestamp() });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Answer;
    await transport.settled(() => shownAfterDeferral(fake, payload, answer) !== null);
    const shown = shownAfterDeferral(fake, payload, answer);
    expect(shown, "a deferred answer is completed").not.toBeNull();
    return shown as Answer;
  };
  const reply = (answer: Answer): Reply => ({
    text: visibleText(answer.data),
    ephemeral: answer.type === 7 || ((answer.data.flags ?? 0) & 64) !== 0,
    replacedClicked: answer.type === 7,
  });
  const firstButton = (answer: Answer) => answer.data.components?.[0]?.components?.[0]?.custom_id ?? "";
  type Modal = Parameters<typeof modalSubmitPayload>[1];
  return {
    platform: "discord",
    userIds: Object.values(actors).map((actor) => actor.userId),
    link: async (who, code) => reply(await send(commandPayload(actors[who], "link", { code }))),
    command: async (who, command, options) =>
      reply(await send(commandPayload(actors[who], command, options))),
    async update(who, commitment, answers) {
      let answer = await send(commandPayload(actors[who], "update", { commitment }));
      let fromMessage: { flags: number } | undefined;
      // One modal per step; each saved step offers a button to the next.
      while (answer.type === 9) {
        answer = await send(
          modalSubmitPayload(actors[who], answer.data as unknown as Modal, answers, fromMessage),
        );
        if (answer.data.components?.length && firstButton(answer).startsWith("ogp.step:")) {
          answer = await send(componentPayload(actors[who], { customId: firstButton(answer) }));
          fromMessage = { flags: 64 };
        }
      }
      // The last answer replaces the adapter's own "step saved" message, not a message of the core's.
      return { ...reply(answer), replacedClicked: false };
    },
    async endorse(who, plan) {
      const asked = await send(commandPayload(actors[who], "endorse", { plan }));
      return reply(
        await send(componentPayload(actors[who], { customId: firstButton(asked) }, { flags: 64 })),
      );
    },
  };
}

/**
 * A reply's words, without either platform's markup: Slack's entities, `*bold*` and `:emoji:`,
 * Discord's escapes, small-print marker and emoji, and the references generated ids give.
 */
export function words(text: string): string[] {
  return text
    .replace(/:[a-z_]+:/g, " ")
    .replace(/✅|⚠️|❌/gu, " ")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&")
    .replace(/^-# /gm, "")
    .replace(/\b[0-9a-f]{8}(?:-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?\b/g, "REF")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .sort();
}

export interface Step {
  name: string;
  run(driver: Driver, data: Seeded, codes: Record<Who, string>): Promise<Reply>;
  /** What the person must read, on both platforms. */
  says: string[];
  replacesClicked: boolean;
}

const UPDATE_ANSWERS = (data: Seeded) => ({
  milestone: data.publishDataset,
  milestone_status: "complete",
  completion: "55",
  narrative: "Dataset published. <!channel> @everyone <@U0CARLACS> **please review**",
  next_steps: "Portal tender.",
  evidence: "https://data.springfield.example/budget",
});

export const SCENARIO: Step[] = [
  {
    name: "link (point of contact)",
    run: (driver, _, codes) => driver.link("poc", codes.poc),
    says: ["Linked: you are Ana Poc."],
    replacesClicked: false,
  },
  {
    name: "link (civil society)",
    run: (driver, _, codes) => driver.link("civilSociety", codes.civilSociety),
    says: ["Compte lié : vous êtes Carla Civic."],
    replacesClicked: false,
  },
  {
    name: "status",
    run: (driver) => driver.command("poc", "status", { member: "springfield" }),
    says: ["Springfield —", "sprfd0001 · Open budget portal"],
    replacesClicked: false,
  },
  {
    name: "update",
    run: (driver, data) => driver.update("poc", "sprfd0001", UPDATE_ANSWERS(data)),
    says: ["Your update on sprfd0001 is posted", "Dataset published.", "Portal tender."],
    replacesClicked: false,
  },
  {
    name: "endorse",
    run: (driver) => driver.endorse("civilSociety", "shelbyville"),
    says: ["Civic Lab a approuvé « Shelbyville Action Plan 2026–2028 » — par Carla Civic"],
    replacesClicked: true,
  },
];

/** The facts the scenario stored, by meaning: codes, names and values, never generated ids or the platform. */
export async function storedFacts(db: Database, platform: Platform, userIds: string[]) {
  const identities = await db
    .select({ email: persons.email, platform: chatIdentities.platform })
    .from(chatIdentities)
    .innerJoin(persons, eq(persons.id, chatIdentities.personId))
    .where(and(eq(chatIdentities.platform, platform), inArray(chatIdentities.userId, userIds)))
    .orderBy(asc(persons.email));
  const updates = await db
    .select({
      commitment: commitments.code,
      milestone: milestones.description,
      author: persons.email,
      source: progressUpdates.source,
      narrative: progressUpdates.narrative,
      completionPct: progressUpdates.completionPct,
      noProgress: progressUpdates.noProgress,
      delayReasons: progressUpdates.delayReasons,
      nextSteps: progressUpdates.nextSteps,
      revision: progressUpdates.revision,
    })
    .from(progressUpdates)
    .innerJoin(commitments, eq(commitments.id, progressUpdates.commitmentId))
    .leftJoin(milestones, eq(milestones.id, progressUpdates.milestoneId))
    .leftJoin(persons, eq(persons.id, progressUpdates.authorId));
  const statusChanges = await db
    .select({
      milestone: milestones.description,
      from: milestoneStatusChanges.fromStatus,
      to: milestoneStatusChanges.toStatus,
    })
    .from(milestoneStatusChanges)
    .innerJoin(milestones, eq(milestones.id, milestoneStatusChanges.milestoneId));
  const milestoneStatuses = await db
    .select({ description: milestones.description, status: milestones.status })
    .from(milestones)
    .orderBy(asc(milestones.description));
  const evidenceLinks = await db
    .select({ url: evidence.url, kind: evidence.kind, title: evidence.title })
    .from(evidence);
  const endorsed = await db
    .select({
      plan: actionPlans.title,
      organization: organizations.name,
      person: persons.email,
      source: endorsements.source,
    })
    .from(endorsements)
    .innerJoin(actionPlans, eq(actionPlans.id, endorsements.planId))
    .innerJoin(organizations, eq(organizations.id, endorsements.organizationId))
    .leftJoin(persons, eq(persons.id, endorsements.personId));
  const audit = await db
    .select({ entity: auditLog.entity, action: auditLog.action, source: auditLog.source })
    .from(auditLog)
    .orderBy(asc(auditLog.id));
  const outbox = await db
    .select({ kind: alertsOutbox.kind, platform: alertsOutbox.platform, message: alertsOutbox.payload })
    .from(alertsOutbox)
    .orderBy(asc(alertsOutbox.kind));
  return { identities, updates, statusChanges, milestoneStatuses, evidenceLinks, endorsed, audit, outbox };
}

/** One platform's run of the scenario: its replies and, afterwards, its stored facts. */
export interface ScenarioRun {
  replies: Map<string, Reply>;
  facts: Awaited<ReturnType<typeof storedFacts>>;
}

/**
 * Seeds `db` for a run on `platform` (the channels that follow both members are on it, the people's
 * link codes made at `now`), drives the scenario through `driverFor`, and reads back what it stored.
 */
export async function runScenario(
  db: Database,
  platform: Platform,
  now: Date,
  driver: Driver,
): Promise<ScenarioRun> {
  const data = await seed(db);
  const [workspaceId, channelId] = platform === "slack" ? [SLACK_TEAM, "C0SPRING"] : [GUILD, CHANNEL];
  await db.insert(channelSubscriptions).values(
    [data.springfield, data.shelbyville].map((memberId) => ({
      platform,
      workspaceId,
      channelId,
      kind: "member_updates",
      memberId,
      subjectKey: memberId,
    })),
  );
  const codes = {} as Record<Who, string>;
  for (const who of ["poc", "civilSociety"] as const)
    codes[who] = (await createLinkCode(db, EMAILS[who], 24, systemActor("cli"), now)).code;
  const replies = new Map<string, Reply>();
  for (const step of SCENARIO) replies.set(step.name, await step.run(driver, data, codes));
  return { replies, facts: await storedFacts(db, platform, driver.userIds) };
}

/** Loopback fakes of Slack and Discord for a test file, started before its tests and stopped after. */
export function useFakes(): { slack: FakeSlack; discord: FakeDiscord } {
  const fakes = {} as { slack: FakeSlack; discord: FakeDiscord };
  beforeAll(async () => {
    [fakes.slack, fakes.discord] = await Promise.all([FakeSlack.start(), FakeDiscord.start()]);
  });
  afterAll(async () => {
    await Promise.all([fakes.slack.stop(), fakes.discord.stop()]);
  });
  return fakes;
}

/**
 * The table both runtimes pass: `runAll` runs the scenario once per platform, each on its own
 * database; every step must read as expected on both platforms, with the same words, and both runs
 * must store the same facts. `clock: "real"` (a Worker keeps the real clock): the two runs happen
 * seconds apart, so the times of day they print (16:29, 16:30) are left out of the comparisons.
 */
export function describeCrossPlatformTable(
  title: string,
  runAll: () => Promise<Map<Platform, ScenarioRun>>,
  options: { clock: "fixed" | "real" } = { clock: "fixed" },
): void {
  const timeless = (text: string) =>
    options.clock === "real" ? text.replace(/\b\d{1,2}:\d{2}\b/g, "HH:MM") : text;
  describe(title, () => {
    let runs = new Map<Platform, ScenarioRun>();
    beforeAll(async () => {
      runs = await runAll();
    });

    const run = (platform: Platform): ScenarioRun => {
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
        expect(reply.replacedClicked).toBe(step.replacesClicked);
      });

      it("answers with the same words on both platforms", () => {
        expect(words(timeless(run("discord").replies.get(name)!.text))).toEqual(
          words(timeless(run("slack").replies.get(name)!.text)),
        );
      });
    });

    it("stores the same facts, each marked with the platform it came from", () => {
      const slack = run("slack").facts;
      const discord = run("discord").facts;
      expect(slack.updates).toHaveLength(1);
      expect(slack.endorsed).toHaveLength(1);
      expect(slack.identities.map((row) => row.email)).toEqual([EMAILS.poc, EMAILS.civilSociety].sort());
      expect(slack.updates[0]).toMatchObject({
        source: "slack",
        completionPct: 55,
        milestone: "Publish the budget dataset",
      });
      expect(discord.updates[0]?.source).toBe("discord");
      expect(slack.endorsed[0]?.source).toBe("slack");
      expect(discord.endorsed[0]?.source).toBe("discord");
      expect(slack.outbox.map((row) => row.kind)).toEqual(["PLAN-5", "update.posted"]);

      // Generated ids (and the short references made from them) differ between the two databases.
      const comparable = (facts: typeof slack, platform: Platform) =>
        JSON.parse(
          timeless(JSON.stringify(facts))
            .replaceAll(`"${platform}"`, '"PLATFORM"')
            .replace(/\b[0-9a-f]{8}(?:-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?\b/g, "ID"),
        );
      expect(comparable(discord, "discord")).toEqual(comparable(slack, "slack"));
    });
  });
}
