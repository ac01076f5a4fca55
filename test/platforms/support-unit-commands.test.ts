import { asc, eq } from "drizzle-orm";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  auditLog,
  memberStatusHistory,
  members,
  organizations,
  persons,
  roleAssignments,
  statusDecisions,
} from "../../src/db/schema/index.js";
import { chatStores } from "../../src/db/stores.js";
import type { Platform } from "../../src/domain/vocabularies.js";
import { createLogger } from "../../src/logging/logger.js";
import { createDiscordEndpoints } from "../../src/platforms/discord/index.js";
import { createSlackEndpoints } from "../../src/platforms/slack/index.js";
import { createApp } from "../../src/web/app.js";
import { NOW, seed, USERS } from "../commands/fixtures.js";
import { freshDatabase } from "../support/database.js";
import { FakeDiscord } from "../support/fake-discord.js";
import { FakeSlack } from "../support/fake-slack.js";
import {
  type Actor,
  autocompletePayload,
  commandPayload,
  DISCORD_USERS,
  type DiscordKeys,
  generateDiscordKeys,
  type InteractionAnswer,
  linkDiscordAccounts,
  sendInteraction as sendDiscordInteraction,
  shownAfterDeferral,
  visibleText,
} from "./discord/discord-requests.js";
import { SIGNING_SECRET, sendSlashCommand } from "./slack/slack-requests.js";

/**
 * The Support Unit's decisions and registrations (§1, §4) through both adapters, in the shared
 * table style of cross-platform.test.ts: the same steps typed in Slack and chosen as Discord options
 * must answer with the same words and store the same facts. Shelbyville missed its first-plan
 * deadline (2026-02-28) and is inactive since 2026-03-01 (INACT-1).
 */

const logger = createLogger("silent");
type Who = "supportUnit" | "poc";

interface Step {
  name: string;
  who: Who;
  command: string;
  /** In Slack's typed order; Discord gets them as named options. */
  options: Record<string, string>;
  says: string[];
  status: "ok" | "refused";
}

const STEPS: Step[] = [
  {
    name: "register person",
    who: "supportUnit",
    command: "register",
    options: { action: "person", name: "Zoe New", email: "Zoe@Example.org", language: "fr" },
    says: ["Zoe New (zoe@example.org) is registered (language: French)."],
    status: "ok",
  },
  {
    name: "register role",
    who: "supportUnit",
    command: "register",
    options: { action: "role", email: "zoe@example.org", role: "monitoring_body", scope: "shelbyville" },
    says: ["Zoe New now holds the role Monitoring body for Shelbyville."],
    status: "ok",
  },
  {
    name: "register organization",
    who: "supportUnit",
    command: "register",
    options: { action: "organization", kind: "monitoring_body", name: "Shelbyville Watch" },
    says: ["Shelbyville Watch is registered as an organization (Monitoring body)."],
    status: "ok",
  },
  {
    name: "register person with an organization",
    who: "supportUnit",
    command: "register",
    options: {
      action: "person",
      name: "Yuri Watch",
      email: "yuri@example.org",
      organization: "shelbyville watch",
    },
    says: [
      "Yuri Watch (yuri@example.org) is registered (language: English).",
      "They speak for Shelbyville Watch (Monitoring body).",
    ],
    status: "ok",
  },
  {
    name: "grant voluntary-inactivity",
    who: "supportUnit",
    command: "grant",
    options: {
      action: "voluntary-inactivity",
      member: "shelbyville",
      from: "2026-04-01",
      to: "2026-09-30",
      reason: "Municipal elections",
    },
    says: [
      "Voluntary inactivity granted to Shelbyville from 1 Apr 2026 to 30 Sept 2026 (rule VOL-1, §4.1): Municipal elections",
      "From 1 Apr 2026, the rules give Voluntarily inactive; the scheduler records it that day.",
    ],
    status: "ok",
  },
  {
    name: "grant extension",
    who: "supportUnit",
    command: "grant",
    options: {
      action: "extension",
      member: "shelbyville",
      until: "2026-03-31",
      reason: "New council sworn in late",
    },
    says: [
      "The first-plan deadline of Shelbyville is extended to 31 Mar 2026 (rule INACT-1, §4.1.1): New council sworn in late",
      "The rules now give Shelbyville: Active since 10 Mar 2026.",
      "by Dan Support (INACT-1)",
    ],
    status: "ok",
  },
  {
    name: "override",
    who: "supportUnit",
    command: "override",
    options: { member: "springfield", status: "inactive", reason: "No update since the plan began" },
    says: [
      "The status of Springfield is set to Inactive from 10 Mar 2026 by the Support Unit (§4.2): No update since the plan began",
      "The scheduler's next run posts the draft letter to the Support Unit's channel.",
    ],
    status: "ok",
  },
  {
    name: "refused to a point of contact",
    who: "poc",
    command: "override",
    options: { member: "springfield", status: "active", reason: "All good" },
    says: ["Only the Support Unit overrides a member's status (§4.2)."],
    status: "refused",
  },
];

/** What a platform shows of an answer, as one text. */
type Send = (who: Who, command: string, options: Record<string, string>) => Promise<string>;

async function slackSender(handle: DatabaseHandle, fake: FakeSlack): Promise<Send> {
  const slack = createSlackEndpoints(
    { signingSecret: SIGNING_SECRET, botToken: "xoxb-su", apiUrl: fake.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  const app = createApp({ db: handle.db, logger, slack });
  let sent = 0;
  return async (who, command, options) => {
    const id = `su${++sent}`;
    const text = [command, ...Object.values(options)].join(" ");
    const response = await sendSlashCommand(app, {
      userId: USERS[who],
      text,
      responseUrl: fake.responseUrl(id),
    });
    expect(response.status).toBe(200);
    await slack.settled();
    const body = fake.responsesTo(id).at(-1) ?? {};
    const blocks = (body.blocks ?? []) as { text?: { text: string }; elements?: { text?: string }[] }[];
    return blocks
      .flatMap((block) => [
        block.text?.text ?? "",
        ...(block.elements ?? []).map((element) => element.text ?? ""),
      ])
      .filter((part) => part !== "")
      .join("\n");
  };
}

const DISCORD_ACTORS: Record<Who, Actor> = {
  supportUnit: { userId: DISCORD_USERS.supportUnit, locale: "en-GB" },
  poc: { userId: DISCORD_USERS.poc, locale: "en-US" },
};

function discordApp(handle: DatabaseHandle, fake: FakeDiscord, keys: DiscordKeys) {
  const discord = createDiscordEndpoints(
    { publicKey: keys.publicKeyHex, apiUrl: fake.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  return { discord, app: createApp({ db: handle.db, logger, discord }) as Hono };
}

function discordSender(handle: DatabaseHandle, fake: FakeDiscord, keys: DiscordKeys): Send {
  const { discord, app } = discordApp(handle, fake, keys);
  return async (who, command, options) => {
    const payload = commandPayload(DISCORD_ACTORS[who], command, options);
    const response = await sendDiscordInteraction(app, keys, payload);
    expect(response.status).toBe(200);
    await discord.settled();
    const shown = shownAfterDeferral(fake, payload, (await response.json()) as InteractionAnswer);
    expect(shown, "a deferred answer is completed").not.toBeNull();
    return visibleText(shown!.data);
  };
}

/** Platform markup removed: Slack's `&amp;` and emoji codes, Discord's escapes and small print. */
const plain = (text: string) =>
  text
    .replace(/:[a-z_]+:/g, "")
    .replace(/✅|⚠️|❌|ℹ️/gu, "")
    .replaceAll("&amp;", "&")
    .replace(/\\/g, "")
    .replace(/^-# /gm, "")
    .replace(/\s+/g, " ")
    .trim();

async function preparedDatabase(): Promise<DatabaseHandle> {
  const handle = await freshDatabase();
  const data = await seed(handle.db);
  await handle.db
    .update(members)
    .set({ firstPlanDue: "2026-02-28", status: "inactive", statusSince: "2026-03-01" })
    .where(eq(members.id, data.shelbyville));
  await linkDiscordAccounts(handle.db, data, ["supportUnit", "poc"]);
  return handle;
}

/** The facts the steps stored, by meaning (slugs, emails), never generated ids. */
async function storedFacts(handle: DatabaseHandle) {
  const { db } = handle;
  const decisions = await db
    .select({
      member: members.slug,
      kind: statusDecisions.kind,
      startsOn: statusDecisions.startsOn,
      endsOn: statusDecisions.endsOn,
      status: statusDecisions.status,
      reason: statusDecisions.reason,
      decidedBy: persons.email,
      decidedOn: statusDecisions.decidedOn,
    })
    .from(statusDecisions)
    .innerJoin(members, eq(members.id, statusDecisions.memberId))
    .leftJoin(persons, eq(persons.id, statusDecisions.decidedBy))
    .orderBy(asc(statusDecisions.kind));
  const history = await db
    .select({
      member: members.slug,
      status: memberStatusHistory.status,
      effectiveOn: memberStatusHistory.effectiveOn,
      ruleId: memberStatusHistory.ruleId,
      actor: memberStatusHistory.actor,
    })
    .from(memberStatusHistory)
    .innerJoin(members, eq(members.id, memberStatusHistory.memberId))
    .orderBy(asc(members.slug));
  const zoe = await db
    .select({
      email: persons.email,
      language: persons.language,
      role: roleAssignments.role,
      member: members.slug,
    })
    .from(persons)
    .leftJoin(roleAssignments, eq(roleAssignments.personId, persons.id))
    .leftJoin(members, eq(members.id, roleAssignments.memberId))
    .where(eq(persons.email, "zoe@example.org"));
  const yuri = await db
    .select({ email: persons.email, language: persons.language, organization: organizations.name })
    .from(persons)
    .leftJoin(organizations, eq(organizations.id, persons.organizationId))
    .where(eq(persons.email, "yuri@example.org"));
  const audit = await db
    .select({ entity: auditLog.entity, source: auditLog.source })
    .from(auditLog)
    .orderBy(asc(auditLog.entity));
  return { decisions, history, zoe, yuri, audit };
}

interface Run {
  replies: Map<string, string>;
  facts: Awaited<ReturnType<typeof storedFacts>>;
}
const runs = new Map<Platform, Run>();

describe("Support Unit decisions and registrations through Slack and Discord", () => {
  let fakeSlack: FakeSlack;
  let fakeDiscord: FakeDiscord;
  let keys: DiscordKeys;

  beforeAll(async () => {
    [fakeSlack, fakeDiscord, keys] = await Promise.all([
      FakeSlack.start(),
      FakeDiscord.start(),
      generateDiscordKeys(),
    ]);
    const senders: Record<Platform, (handle: DatabaseHandle) => Promise<Send>> = {
      slack: (handle) => slackSender(handle, fakeSlack),
      discord: async (handle) => discordSender(handle, fakeDiscord, keys),
    };
    for (const platform of ["slack", "discord"] as const) {
      const handle = await preparedDatabase();
      try {
        const send = await senders[platform](handle);
        const replies = new Map<string, string>();
        for (const step of STEPS)
          replies.set(step.name, plain(await send(step.who, step.command, step.options)));
        runs.set(platform, { replies, facts: await storedFacts(handle) });
      } finally {
        handle.close();
      }
    }
  });
  afterAll(() => Promise.all([fakeSlack.stop(), fakeDiscord.stop()]));

  const run = (platform: Platform) => runs.get(platform)!;

  describe.each(STEPS.map((step) => [step.name, step] as const))("%s", (name, step) => {
    it.each(["slack", "discord"] as const)("reads as expected on %s", (platform) => {
      const reply = run(platform).replies.get(name)!;
      for (const phrase of step.says) expect(reply).toContain(phrase);
    });

    it("answers with the same words on both platforms", () => {
      expect(run("discord").replies.get(name)).toBe(run("slack").replies.get(name));
    });
  });

  it("stores the same facts on both platforms, each audited with the platform it came from", () => {
    const slack = run("slack").facts;
    expect(slack.decisions).toEqual([
      {
        member: "shelbyville",
        kind: "first_plan_extension",
        startsOn: "2026-03-10",
        endsOn: "2026-03-31",
        status: null,
        reason: "New council sworn in late",
        decidedBy: "dan@ogp.example",
        decidedOn: "2026-03-10",
      },
      {
        member: "springfield",
        kind: "status_override",
        startsOn: "2026-03-10",
        endsOn: null,
        status: "inactive",
        reason: "No update since the plan began",
        decidedBy: "dan@ogp.example",
        decidedOn: "2026-03-10",
      },
      {
        member: "shelbyville",
        kind: "voluntary_inactivity",
        startsOn: "2026-04-01",
        endsOn: "2026-09-30",
        status: null,
        reason: "Municipal elections",
        decidedBy: "dan@ogp.example",
        decidedOn: "2026-03-10",
      },
    ]);
    expect(slack.history).toEqual([
      {
        member: "shelbyville",
        status: "active",
        effectiveOn: "2026-03-10",
        ruleId: "INACT-1",
        actor: "person",
      },
      {
        member: "springfield",
        status: "inactive",
        effectiveOn: "2026-03-10",
        ruleId: "OVERRIDE",
        actor: "person",
      },
    ]);
    expect(slack.zoe).toEqual([
      { email: "zoe@example.org", language: "fr", role: "monitoring_body", member: "shelbyville" },
    ]);
    expect(slack.yuri).toEqual([
      { email: "yuri@example.org", language: "en", organization: "Shelbyville Watch" },
    ]);
    expect(slack.audit.filter((entry) => entry.entity === "organizations")).toHaveLength(1);
    expect(new Set(slack.audit.map((entry) => entry.source))).toEqual(new Set(["slack"]));
    expect(new Set(run("discord").facts.audit.map((entry) => entry.source))).toEqual(new Set(["discord"]));
    const comparable = (facts: typeof slack, platform: Platform) =>
      JSON.parse(JSON.stringify(facts).replaceAll(`"${platform}"`, '"PLATFORM"'));
    expect(comparable(run("discord").facts, "discord")).toEqual(comparable(slack, "slack"));
  });
});

describe("the Support Unit's slash command on Discord: help and autocomplete", () => {
  let fake: FakeDiscord;
  let keys: DiscordKeys;
  let handle: DatabaseHandle;
  let app: Hono;
  let discord: ReturnType<typeof discordApp>["discord"];

  beforeAll(async () => {
    [fake, keys] = await Promise.all([FakeDiscord.start(), generateDiscordKeys()]);
    handle = await preparedDatabase();
    ({ app, discord } = discordApp(handle, fake, keys));
  });
  afterAll(async () => {
    handle.close();
    await fake.stop();
  });

  const choices = async (subcommand: string, option: string, typed: string) => {
    const response = await sendDiscordInteraction(
      app,
      keys,
      autocompletePayload(DISCORD_ACTORS.supportUnit, subcommand, option, typed),
    );
    const answer = (await response.json()) as {
      type: number;
      data?: { choices?: { name: string; value: string }[] };
    };
    expect(answer.type).toBe(8);
    return answer.data?.choices ?? [];
  };

  it("tells the Support Unit to type its decisions under /ogp-support-unit, Discord's second command", async () => {
    const payload = commandPayload(DISCORD_ACTORS.supportUnit, "help");
    const response = await sendDiscordInteraction(app, keys, payload);
    expect(response.status).toBe(200);
    await discord.settled();
    const shown = shownAfterDeferral(fake, payload, (await response.json()) as InteractionAnswer);
    const text = plain(visibleText(shown!.data));
    expect(text).toContain("/ogp-support-unit grant extension MEMBER UNTIL REASON");
    expect(text).toContain("/ogp-support-unit register person NAME EMAIL [LANGUAGE]");
    expect(text).toContain("/ogp status [MEMBER]");
    expect(text).not.toContain("/ogp grant");
  });

  it("still runs a decision sent under /ogp, as a registration made before the split sends it", async () => {
    const payload = commandPayload(DISCORD_ACTORS.supportUnit, "override", {
      member: "springfield",
      status: "inactive",
      reason: "No update since the plan began",
    });
    payload.data.name = "ogp";
    const response = await sendDiscordInteraction(app, keys, payload);
    expect(response.status).toBe(200);
    await discord.settled();
    const shown = shownAfterDeferral(fake, payload, (await response.json()) as InteractionAnswer);
    expect(plain(visibleText(shown!.data))).toContain("Springfield");
    expect(await handle.db.$count(statusDecisions)).toBe(1);
  });

  it("offers members, statuses, roles, languages, organization kinds and organizations", async () => {
    expect(await choices("grant", "member", "shelb")).toEqual([
      { name: "Shelbyville (US)", value: "shelbyville" },
    ]);
    expect(await choices("override", "status", "prob")).toEqual([
      { name: "On probation", value: "probation" },
    ]);
    expect((await choices("override", "status", "")).map((choice) => choice.value)).toEqual([
      "active",
      "inactive",
      "voluntarily_inactive",
      "probation",
      "revoked",
    ]);
    expect(await choices("register", "role", "coord")).toEqual([
      { name: "National coordinator", value: "national_coordinator" },
    ]);
    expect(await choices("register", "language", "fr")).toEqual([{ name: "French", value: "fr" }]);
    expect((await choices("register", "scope", "spring")).map((choice) => choice.value)).toEqual([
      "springfield",
    ]);
    expect(await choices("register", "kind", "monit")).toEqual([
      { name: "Monitoring body", value: "monitoring_body" },
    ]);
    expect(await choices("register", "organization", "civic")).toEqual([
      { name: "Civic Lab (Civil society organization)", value: "Civic Lab" },
    ]);
  });
});
