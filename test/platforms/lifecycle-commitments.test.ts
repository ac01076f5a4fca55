import { asc, eq } from "drizzle-orm";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  alertsOutbox,
  assessments,
  auditLog,
  channelSubscriptions,
  commitments,
} from "../../src/db/schema/index.js";
import { chatStores } from "../../src/db/stores.js";
import type { Platform } from "../../src/domain/vocabularies.js";
import { createLogger } from "../../src/logging/logger.js";
import { createDiscordEndpoints } from "../../src/platforms/discord/index.js";
import { createSlackEndpoints } from "../../src/platforms/slack/index.js";
import { createApp } from "../../src/web/app.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "../commands/fixtures.js";
import { addMonitoringBody, MONITOR } from "../commands/lifecycle-fixtures.js";
import { freshDatabase } from "../support/database.js";
import { FakeDiscord } from "../support/fake-discord.js";
import { FakeSlack } from "../support/fake-slack.js";
import {
  type Actor,
  CHANNEL,
  commandPayload,
  DISCORD_USERS,
  type DiscordKeys,
  GUILD,
  generateDiscordKeys,
  linkDiscordAccounts,
  modalSubmitPayload,
  sendInteraction as sendDiscordInteraction,
  shownAfterDeferral,
  visibleText,
} from "./discord/discord-requests.js";
import {
  SIGNING_SECRET,
  sendInteraction as sendSlackInteraction,
  sendSlashCommand,
  slackVisibleText,
  viewSubmissionPayload,
} from "./slack/slack-requests.js";

/**
 * `complete` and `assessment submit` through the Slack and the Discord adapter, one table of steps
 * run against the same seeded data on each: the same words answered, the same facts stored.
 */

const logger = createLogger("silent");
type Who = "poc" | "civilSociety" | "monitor";

/** A step as each platform takes it: Slack's typed text; Discord's subcommand and options. */
interface Invocation {
  slack: string;
  discord: { subcommand: string; options: Record<string, string> };
}

interface Driver {
  command(who: Who, invocation: Invocation): Promise<string>;
  /** Runs a command that opens a form and submits these answers (by field name). */
  form(who: Who, invocation: Invocation, answers: (data: Seeded) => Record<string, string>): Promise<string>;
}

function slackDriver(handle: DatabaseHandle, fake: FakeSlack, data: Seeded): Driver {
  const slack = createSlackEndpoints(
    { signingSecret: SIGNING_SECRET, botToken: "xoxb-lifecycle", apiUrl: fake.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  const app: Hono = createApp({ db: handle.db, logger, slack });
  const users: Record<Who, string> = {
    poc: USERS.poc,
    civilSociety: USERS.civilSociety,
    monitor: MONITOR.slackUserId,
  };
  let responses = 0;
  const run = async (who: Who, text: string) => {
    const id = `r${++responses}`;
    await sendSlashCommand(app, { userId: users[who], text, responseUrl: fake.responseUrl(id) });
    await slack.settled();
    return id;
  };
  const shown = (id: string) => slackVisibleText(fake.responsesTo(id).at(-1) ?? {});
  return {
    command: async (who, invocation) => shown(await run(who, invocation.slack)),
    async form(who, invocation, answers) {
      const id = await run(who, invocation.slack);
      const view = fake.callsTo("views.open").at(-1)?.args.view as Parameters<
        typeof viewSubmissionPayload
      >[0]["view"];
      const given = answers(data);
      const values = Object.fromEntries(
        view.blocks.flatMap((block) =>
          block.type === "input" && block.block_id ? [[block.block_id, given[block.block_id] ?? null]] : [],
        ),
      );
      const response = await sendSlackInteraction(
        app,
        viewSubmissionPayload({ userId: users[who], view, values }),
      );
      await slack.settled();
      // Field errors come back in the answer to the submission, shown beside the fields.
      const answer = (await response.text()) || "{}";
      const { errors } = JSON.parse(answer) as { errors?: Record<string, string> };
      return errors ? Object.values(errors).join("\n") : shown(id);
    },
  };
}

function discordDriver(handle: DatabaseHandle, fake: FakeDiscord, keys: DiscordKeys, data: Seeded): Driver {
  const discord = createDiscordEndpoints(
    { publicKey: keys.publicKeyHex, apiUrl: fake.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  const app = createApp({ db: handle.db, logger, discord });
  const actors: Record<Who, Actor> = {
    poc: { userId: DISCORD_USERS.poc, locale: "en-US" },
    civilSociety: { userId: DISCORD_USERS.civilSociety, locale: "fr" },
    monitor: { userId: MONITOR.discordUserId, locale: "es-419" },
  };
  interface Answer {
    type: number;
    data: Record<string, unknown>;
  }
  const send = async (payload: Record<string, unknown>): Promise<Answer> => {
    const response = await sendDiscordInteraction(app, keys, payload);
    await discord.settled();
    expect(response.status).toBe(200);
    const shown = shownAfterDeferral(fake, payload, (await response.json()) as Answer);
    expect(shown, "a deferred answer is completed").not.toBeNull();
    return shown as Answer;
  };
  const invoke = (who: Who, { discord: { subcommand, options } }: Invocation) =>
    send(commandPayload(actors[who], subcommand, options));
  type Modal = Parameters<typeof modalSubmitPayload>[1];
  return {
    command: async (who, invocation) => visibleText((await invoke(who, invocation)).data),
    async form(who, invocation, answers) {
      const modal = await invoke(who, invocation);
      expect(modal.type, visibleText(modal.data)).toBe(9);
      const answer = await send(
        modalSubmitPayload(actors[who], modal.data as unknown as Modal, answers(data)),
      );
      return visibleText(answer.data);
    },
  };
}

/** What Slack shows of a reply: headers, sections, fields, context and button labels. */

/** A reply's words without either platform's markup, emoji, link syntax or escapes. */
function words(text: string): string[] {
  return text
    .replace(/:[a-z_]+:/g, " ")
    .replace(/✅|⚠️|❌/gu, " ")
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, "$2 $1")
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, "$1 $2")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&")
    .replace(/^-# /gm, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .sort();
}

interface Step {
  name: string;
  run(driver: Driver): Promise<string>;
  says: string;
  /** Field errors are framed by each platform (Slack beside the fields, Discord in a message). */
  fieldErrors?: true;
}

const SCENARIO: Step[] = [
  {
    name: "civil society cannot complete a commitment",
    run: (driver) =>
      driver.command("civilSociety", {
        slack: "complete sprfd0001",
        discord: { subcommand: "complete", options: { commitment: "sprfd0001" } },
      }),
    says: "Seul le point de contact de Springfield, ou un agent qu'il a autorisé, déclare ses engagements achevés",
  },
  {
    name: "the point of contact completes a commitment",
    run: (driver) =>
      driver.command("poc", {
        slack: "complete sprfd0001",
        discord: { subcommand: "complete", options: { commitment: "sprfd0001" } },
      }),
    says: "sprfd0001 · Open budget portal is marked completed on 10 Mar 2026.",
  },
  {
    name: "the point of contact cannot submit an assessment",
    run: (driver) =>
      driver.command("poc", {
        slack: "assessment submit springfield",
        discord: { subcommand: "assessment", options: { action: "submit", member: "springfield" } },
      }),
    says: "Only the monitoring body of Springfield, or the Support Unit",
  },
  {
    name: "the monitoring body submits the end-of-commitment assessment",
    run: (driver) =>
      driver.form(
        "monitor",
        {
          slack: "assessment submit",
          discord: { subcommand: "assessment", options: { action: "submit" } },
        },
        (data) => ({
          kind: "end_of_commitment",
          commitment: data.budgetPortal,
          report_url: "https://observatorio.example/springfield/sprfd0001",
          submitted_on: "2026-03-10",
        }),
      ),
    says: "Registrado: Evaluación de fin de compromiso de sprfd0001, presentación del 10 mar 2026.",
  },
  {
    name: "the monitoring body's link must be a web link",
    run: (driver) =>
      driver.form(
        "monitor",
        {
          slack: "assessment submit springfield",
          discord: { subcommand: "assessment", options: { action: "submit", member: "springfield" } },
        },
        () => ({ kind: "initial", report_url: "ftp://observatorio.example/x", submitted_on: "2026-03-10" }),
      ),
    says: "Indique el enlace web del informe, que empiece por http:// o https://.",
    fieldErrors: true,
  },
];

async function storedFacts(handle: DatabaseHandle) {
  const { db } = handle;
  return {
    commitments: await db
      .select({ code: commitments.code, status: commitments.status, completedOn: commitments.completedOn })
      .from(commitments)
      .orderBy(asc(commitments.code)),
    assessments: await db
      .select({
        kind: assessments.kind,
        commitment: commitments.code,
        dueOn: assessments.dueOn,
        submittedOn: assessments.submittedOn,
        reportUrl: assessments.reportUrl,
      })
      .from(assessments)
      .leftJoin(commitments, eq(commitments.id, assessments.commitmentId)),
    audit: await db
      .select({ entity: auditLog.entity, action: auditLog.action, source: auditLog.source })
      .from(auditLog)
      .orderBy(asc(auditLog.id)),
    outbox: await db
      .select({ kind: alertsOutbox.kind, target: alertsOutbox.target })
      .from(alertsOutbox)
      .orderBy(asc(alertsOutbox.id)),
  };
}

const runs = new Map<
  Platform,
  { replies: Map<string, string>; facts: Awaited<ReturnType<typeof storedFacts>> }
>();

async function runScenario(
  platform: Platform,
  driverFor: (handle: DatabaseHandle, data: Seeded) => Driver,
): Promise<void> {
  const handle = await freshDatabase();
  try {
    const data = await seed(handle.db);
    await linkDiscordAccounts(handle.db, data, ["poc", "civilSociety"]);
    await addMonitoringBody(handle.db, data);
    const [workspaceId, channelId] = platform === "slack" ? [TEAM, "C0UPDATES"] : [GUILD, CHANNEL];
    await handle.db.insert(channelSubscriptions).values({
      platform,
      workspaceId,
      channelId,
      kind: "member_updates",
      memberId: data.springfield,
      subjectKey: data.springfield,
    });
    const driver = driverFor(handle, data);
    const replies = new Map<string, string>();
    for (const step of SCENARIO) replies.set(step.name, await step.run(driver));
    runs.set(platform, { replies, facts: await storedFacts(handle) });
  } finally {
    handle.close();
  }
}

describe("complete and assessment submit through Slack and Discord", () => {
  let fakeSlack: FakeSlack;
  let fakeDiscord: FakeDiscord;

  beforeAll(async () => {
    fakeSlack = await FakeSlack.start();
    fakeDiscord = await FakeDiscord.start();
    const keys = await generateDiscordKeys();
    await runScenario("slack", (handle, data) => slackDriver(handle, fakeSlack, data));
    await runScenario("discord", (handle, data) => discordDriver(handle, fakeDiscord, keys, data));
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
      expect(reply.replace(/\\/g, "").replaceAll("&amp;", "&")).toContain(step.says);
    });

    if (!step.fieldErrors)
      it("answers with the same words on both platforms", () => {
        expect(words(run("discord").replies.get(name)!)).toEqual(words(run("slack").replies.get(name)!));
      });
  });

  it("stores the same facts on both platforms, each marked with the platform it came from", () => {
    const slack = run("slack").facts;
    const discord = run("discord").facts;
    expect(slack.commitments).toEqual([
      { code: "shlby0001", status: "active", completedOn: null },
      { code: "sprfd0001", status: "completed", completedOn: "2026-03-10" },
      { code: "sprfd0002", status: "active", completedOn: null },
    ]);
    // Refusals and the bad link wrote nothing: one completion, one assessment.
    expect(slack.assessments).toEqual([
      {
        kind: "end_of_commitment",
        commitment: "sprfd0001",
        dueOn: "2026-04-10",
        submittedOn: "2026-03-10",
        reportUrl: "https://observatorio.example/springfield/sprfd0001",
      },
    ]);
    expect(slack.audit).toEqual([
      { entity: "commitments", action: "update", source: "slack" },
      { entity: "assessments", action: "insert", source: "slack" },
    ]);
    expect(slack.outbox).toEqual([{ kind: "commitment.completed", target: "C0UPDATES" }]);
    expect(discord.audit.map((row) => row.source)).toEqual(["discord", "discord"]);
    const withoutPlatform = (facts: typeof slack) => ({
      ...facts,
      audit: facts.audit.map(({ source: _, ...row }) => row),
      outbox: facts.outbox.map(({ target: _, ...row }) => row),
    });
    expect(withoutPlatform(discord)).toEqual(withoutPlatform(slack));
  });
});
