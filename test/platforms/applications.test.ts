import { asc, eq } from "drizzle-orm";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  alertsOutbox,
  applications,
  auditLog,
  members,
  persons,
  roleAssignments,
} from "../../src/db/schema/index.js";
import { chatStores } from "../../src/db/stores.js";
import type { Platform } from "../../src/domain/vocabularies.js";
import { createLogger } from "../../src/logging/logger.js";
import { deliverDue } from "../../src/outbox/index.js";
import { createDiscordEndpoints, createDiscordSender } from "../../src/platforms/discord/index.js";
import { createSlackEndpoints, createSlackSender } from "../../src/platforms/slack/index.js";
import { createApp } from "../../src/web/app.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "../commands/fixtures.js";
import { subscribeSupportUnit } from "../services/public-comment-fixtures.js";
import { freshDatabase } from "../support/database.js";
import { FakeDiscord } from "../support/fake-discord.js";
import { FakeSlack } from "../support/fake-slack.js";
import {
  CHANNEL,
  commandPayload,
  componentPayload,
  DISCORD_USERS,
  type DiscordKeys,
  GUILD,
  generateDiscordKeys,
  type InteractionAnswer,
  linkDiscordAccounts,
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
 * Applications to join OGP Local (§1) through the Slack and the Discord adapter alike: the form a
 * person fills in, the request the Support Unit's channel receives, its Accept and Reject buttons
 * (Reject asking the reason in a form) and the applicant's direct message. Each platform runs the
 * same steps against its own seeded database; what they store and say is compared by meaning.
 */

const logger = createLogger("silent");
const BOT_TOKEN = "xoxb-applications";
const SLACK_SUPPORT_CHANNEL = "C0SUPPORT";

type Who = "official" | "poc" | "supportUnit";

const PORTO_ALEGRE = {
  name: "Porto Alegre",
  country: "BR",
  jurisdiction_type: "city",
  mandate_end: "2028-12-31",
  time_zone: "America/Sao_Paulo",
  letter_url: "https://poa.example/letter.pdf",
  letter_pages: "2",
  letter_language: "en",
  signed_by: "head_of_government",
  signatories: "Maria Silva, Cidade Aberta",
  contact_name: "Lúcia Prefeitura",
  contact_email: "lucia@poa.example",
  language: "en",
};
const CANOAS = { ...PORTO_ALEGRE, name: "Canoas", contact_email: "ana@canoas.example" };

interface Reply {
  text: string;
  /** It replaced the message whose button was clicked. */
  replacedClicked: boolean;
}

/** A button of a message the app posted, as the platform rendered it. */
interface PostedButton {
  label: string;
  /** What it runs: `application accept <id>`. */
  invocation: string;
  click: (who: Who) => Promise<Reply>;
  /** For a button that opens a form of one text field: click, then submit the field. */
  clickAndSubmit: (who: Who, field: string, value: string) => Promise<Reply>;
}

interface Driver {
  platform: Platform;
  app: Hono;
  /** `/ogp apply`, then every step of the form with these answers. */
  apply(who: Who, answers: Record<string, string>): Promise<Reply>;
  /** The outbox's due posts, sent to this platform's fake. */
  deliver(): Promise<void>;
  /** The latest post in the Support Unit's channel: its words and its buttons. */
  supportPost(): { text: string; buttons: PostedButton[] };
  /** The latest direct message to a person. */
  directMessageTo(who: Who): string;
}

function slackDriver(handle: DatabaseHandle, fake: FakeSlack): Driver {
  const slack = createSlackEndpoints(
    { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: fake.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  const app = createApp({ db: handle.db, logger, slack, now: () => NOW });
  let responses = 0;
  const reply = (id: string): Reply => {
    const body = fake.responsesTo(id).at(-1) ?? {};
    return { text: slackVisibleText(body), replacedClicked: body.replace_original === true };
  };
  type View = Parameters<typeof viewSubmissionPayload>[0]["view"];
  const submitLastView = async (who: Who, values: Record<string, string>) => {
    const view = fake.callsTo("views.open").at(-1)?.args.view as View;
    const answers = Object.fromEntries(
      view.blocks.flatMap((block) =>
        block.type === "input" && block.block_id ? [[block.block_id, values[block.block_id] ?? null]] : [],
      ),
    );
    const response = await sendSlackInteraction(
      app,
      viewSubmissionPayload({ userId: USERS[who], view, values: answers }),
    );
    expect(response.status).toBe(200);
    expect(await response.text(), "the modal has no field errors").not.toContain("errors");
    await slack.settled();
  };
  const click = async (who: Who, button: { action_id: string; value: string }) => {
    const id = `click${++responses}`;
    await sendSlackInteraction(
      app,
      blockActionPayload({
        userId: USERS[who],
        button,
        channelId: SLACK_SUPPORT_CHANNEL,
        responseUrl: fake.responseUrl(id),
      }),
    );
    await slack.settled();
    return id;
  };
  return {
    platform: "slack",
    app,
    async apply(who, answers) {
      const id = `apply${++responses}`;
      await sendSlashCommand(app, { userId: USERS[who], text: "apply", responseUrl: fake.responseUrl(id) });
      await slack.settled();
      await submitLastView(who, answers);
      return reply(id);
    },
    async deliver() {
      await deliverDue(
        handle.db,
        { slack: createSlackSender({ token: () => BOT_TOKEN, apiUrl: fake.apiUrl }) },
        { workerId: "test", now: () => NOW, sleep: async () => {} },
      );
    },
    supportPost() {
      const post = fake
        .callsTo("chat.postMessage")
        .filter((call) => call.args.channel === SLACK_SUPPORT_CHANNEL)
        .at(-1);
      const blocks = (post?.args.blocks ?? []) as {
        type: string;
        elements?: { action_id: string; value?: string; text: { text: string } }[];
      }[];
      const buttons = blocks.flatMap((block) => (block.type === "actions" ? (block.elements ?? []) : []));
      return {
        text: slackVisibleText(post?.args ?? {}),
        buttons: buttons.flatMap((button) =>
          button.value
            ? [
                {
                  label: button.text.text,
                  invocation: button.value,
                  click: async (who: Who) =>
                    reply(await click(who, { action_id: button.action_id, value: button.value! })),
                  clickAndSubmit: async (who: Who, field: string, value: string) => {
                    const id = await click(who, { action_id: button.action_id, value: button.value! });
                    await submitLastView(who, { [field]: value });
                    return reply(id);
                  },
                },
              ]
            : [],
        ),
      };
    },
    directMessageTo(who) {
      const post = fake
        .callsTo("chat.postMessage")
        .filter((call) => call.args.channel === `D${USERS[who]}`)
        .at(-1);
      return slackVisibleText(post?.args ?? {});
    },
  };
}

function discordDriver(handle: DatabaseHandle, fake: FakeDiscord, keys: DiscordKeys): Driver {
  const discord = createDiscordEndpoints(
    { publicKey: keys.publicKeyHex, apiUrl: fake.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  const app = createApp({ db: handle.db, logger, discord, now: () => NOW });
  const actor = (who: Who) => ({ userId: DISCORD_USERS[who], locale: "en-GB" });
  const send = async (payload: Record<string, unknown>): Promise<InteractionAnswer> => {
    const response = await sendDiscordInteraction(app, keys, payload);
    await discord.settled();
    expect(response.status).toBe(200);
    const shown = shownAfterDeferral(fake, payload, (await response.json()) as InteractionAnswer);
    expect(shown, "a deferred answer is completed").not.toBeNull();
    return shown!;
  };
  const reply = (answer: InteractionAnswer): Reply => ({
    text: visibleText(answer.data),
    replacedClicked: answer.type === 7,
  });
  type Modal = Parameters<typeof modalSubmitPayload>[1];
  const firstButton = (answer: InteractionAnswer) =>
    ((answer.data?.components ?? []) as { components?: { custom_id?: string }[] }[])[0]?.components?.[0]
      ?.custom_id ?? "";
  const fillModals = async (
    who: Who,
    opened: InteractionAnswer,
    answers: Record<string, string>,
    fromMessage?: { flags: number },
  ) => {
    let answer = opened;
    let from = fromMessage;
    // One modal per step; each saved step offers a button to the next.
    while (answer.type === 9) {
      answer = await send(modalSubmitPayload(actor(who), answer.data as unknown as Modal, answers, from));
      if (firstButton(answer).startsWith("ogp.step:")) {
        answer = await send(componentPayload(actor(who), { customId: firstButton(answer) }));
        from = { flags: 64 };
      }
    }
    return answer;
  };
  return {
    platform: "discord",
    app,
    async apply(who, answers) {
      const answer = await fillModals(who, await send(commandPayload(actor(who), "apply")), answers);
      // The last answer replaces the adapter's own "step saved" message, not a message of the core's.
      return { ...reply(answer), replacedClicked: false };
    },
    async deliver() {
      await deliverDue(
        handle.db,
        { discord: createDiscordSender({ token: "bot-token", apiUrl: fake.apiUrl }) },
        { workerId: "test", now: () => NOW, sleep: async () => {} },
      );
    },
    supportPost() {
      const post = fake.channelMessages(CHANNEL).at(-1) as {
        components?: { components?: { custom_id?: string; label?: string }[] }[];
      };
      const buttons = (post?.components ?? []).flatMap((row) => row.components ?? []);
      return {
        text: visibleText(post),
        buttons: buttons.flatMap((button) =>
          button.custom_id
            ? [
                {
                  label: button.label ?? "",
                  invocation: button.custom_id,
                  click: async (who: Who) =>
                    reply(
                      await send(componentPayload(actor(who), { customId: button.custom_id! }, { flags: 0 })),
                    ),
                  clickAndSubmit: async (who: Who, field: string, value: string) => {
                    const opened = await send(
                      componentPayload(actor(who), { customId: button.custom_id! }, { flags: 0 }),
                    );
                    expect(opened.type, "the click opens a form").toBe(9);
                    return reply(await fillModals(who, opened, { [field]: value }, { flags: 0 }));
                  },
                },
              ]
            : [],
        ),
      };
    },
    directMessageTo(who) {
      return visibleText(fake.channelMessages(`dm${DISCORD_USERS[who]}`).at(-1));
    },
  };
}

/** A reply's words without either platform's markup, references and ids made alike. */
function words(text: string): string[] {
  return text
    .replace(/:[a-z_]+:/g, " ")
    .replace(/✅|⚠️|❌|ℹ️/gu, " ")
    .replaceAll("&amp;", "&")
    .replace(/^-# /gm, "")
    .replace(/\b[0-9a-f]{8}(?:-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?\b/g, "REF")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .sort();
}

interface Step {
  name: string;
  run(driver: Driver, handle: DatabaseHandle): Promise<Reply>;
  /** What the person reads, on both platforms. */
  says: string[];
  replacesClicked: boolean;
}

const pendingOf = async (handle: DatabaseHandle, name: string) =>
  (await handle.db.select().from(applications).where(eq(applications.jurisdictionName, name)))[0]!;

const buttonOf = (driver: Driver, label: string) => {
  const button = driver.supportPost().buttons.find((candidate) => candidate.label === label);
  if (!button) throw new Error(`no ${label} button in the Support Unit's channel`);
  return button;
};

const STEPS: Step[] = [
  {
    name: "apply (form)",
    run: (driver) => driver.apply("official", PORTO_ALEGRE),
    says: ["The application of Porto Alegre (BR) to join OGP Local is recorded, reference"],
    replacesClicked: false,
  },
  {
    name: "the Support Unit's channel is asked",
    async run(driver) {
      await driver.deliver();
      return { text: driver.supportPost().text, replacedClicked: false };
    },
    says: [
      "Application to join OGP Local · Porto Alegre (BR)",
      "2 page(s), in English, signed by the head of government",
      "Maria Silva (Cidade Aberta)",
      "Accept",
      "Reject",
    ],
    replacesClicked: false,
  },
  {
    name: "accept clicked by a point of contact (refused)",
    run: (driver) => buttonOf(driver, "Accept").click("poc"),
    says: ["Only the Support Unit accepts or rejects applications to join OGP Local"],
    replacesClicked: false,
  },
  {
    name: "accept clicked by the Support Unit",
    run: (driver) => buttonOf(driver, "Accept").click("supportUnit"),
    says: [
      "of Porto Alegre (BR) is accepted by Dan Support, 10 Mar 2026, 12:00 GMT-3: the member porto-alegre (code brpao) is created, with Lúcia Prefeitura as its point of contact.",
      "The applicant is told in a direct message.",
    ],
    replacesClicked: true,
  },
  {
    name: "the applicant is told",
    async run(driver) {
      await driver.deliver();
      return { text: driver.directMessageTo("official"), replacedClicked: false };
    },
    says: [
      "The Support Unit accepted the application of Porto Alegre (BR) on 10 Mar 2026: it is now a member of OGP Local, with its public page at /members/porto-alegre",
    ],
    replacesClicked: false,
  },
  {
    name: "reject clicked, the reason given in a form",
    async run(driver) {
      const applied = await driver.apply("official", CANOAS);
      expect(applied.text).toContain("The application of Canoas (BR)");
      await driver.deliver();
      return buttonOf(driver, "Reject").clickAndSubmit("supportUnit", "reason", "The letter is not signed.");
    },
    says: [
      "of Canoas (BR) is rejected by Dan Support, 10 Mar 2026, 12:00 GMT-3. Reason: The letter is not signed.",
    ],
    replacesClicked: true,
  },
];

/** What the steps stored, by meaning: names, codes and values, never generated ids or the platform. */
async function storedFacts(handle: DatabaseHandle) {
  const { db } = handle;
  return {
    applications: (await db.select().from(applications).orderBy(asc(applications.jurisdictionName))).map(
      (row) => ({
        name: row.jurisdictionName,
        outcome: row.outcome,
        reason: row.decisionReason,
        decidedAt: row.decidedAt,
        member: row.memberId !== null,
      }),
    ),
    members: (await db.select().from(members).orderBy(asc(members.slug))).map((row) => [
      row.slug,
      row.code,
      row.joinedOn,
    ]),
    pointsOfContact: (
      await db
        .select({ email: persons.email, member: members.slug })
        .from(roleAssignments)
        .innerJoin(persons, eq(persons.id, roleAssignments.personId))
        .innerJoin(members, eq(members.id, roleAssignments.memberId))
        .where(eq(roleAssignments.role, "point_of_contact"))
        .orderBy(asc(persons.email))
    ).map((row) => [row.email, row.member]),
    audit: (await db.select().from(auditLog).orderBy(asc(auditLog.id))).map((row) => [
      row.entity,
      row.action,
      row.source,
    ]),
    outbox: (await db.select().from(alertsOutbox).orderBy(asc(alertsOutbox.kind))).map((row) => [
      row.kind,
      row.isDirectMessage,
      row.state,
    ]),
  };
}

const runs = new Map<
  Platform,
  { replies: Map<string, Reply>; facts: Awaited<ReturnType<typeof storedFacts>>; home: string }
>();

async function runSteps(
  platform: Platform,
  driverFor: (handle: DatabaseHandle, data: Seeded) => Promise<Driver>,
) {
  const handle = await freshDatabase();
  try {
    const data = await seed(handle.db);
    await linkDiscordAccounts(handle.db, data, ["official", "poc", "supportUnit"]);
    // Bea hears of the decision on the platform under test.
    await handle.db
      .update(persons)
      .set({ preferredPlatform: platform })
      .where(eq(persons.id, data.persons.official!));
    await subscribeSupportUnit(
      handle.db,
      platform === "slack"
        ? { platform, workspaceId: TEAM, channelId: SLACK_SUPPORT_CHANNEL }
        : { platform, workspaceId: GUILD, channelId: CHANNEL },
    );
    const driver = await driverFor(handle, data);
    const replies = new Map<string, Reply>();
    for (const step of STEPS) replies.set(step.name, await step.run(driver, handle));
    expect((await pendingOf(handle, "Porto Alegre")).outcome).toBe("accepted");
    const home = await (await driver.app.request("/?q=Porto")).text();
    runs.set(platform, { replies, facts: await storedFacts(handle), home });
  } finally {
    handle.close();
  }
}

describe("applications through Slack and Discord (§1)", () => {
  let fakeSlack: FakeSlack;
  let fakeDiscord: FakeDiscord;

  beforeAll(async () => {
    fakeSlack = await FakeSlack.start();
    fakeDiscord = await FakeDiscord.start();
    const keys = await generateDiscordKeys();
    await runSteps("slack", async (handle) => slackDriver(handle, fakeSlack));
    await runSteps("discord", async (handle) => discordDriver(handle, fakeDiscord, keys));
  });
  afterAll(async () => {
    await fakeSlack.stop();
    await fakeDiscord.stop();
  });

  const run = (platform: Platform) => {
    const found = runs.get(platform);
    if (!found) throw new Error(`the steps did not run on ${platform}`);
    return found;
  };

  describe.each(STEPS.map((step) => [step.name, step] as const))("%s", (name, step) => {
    it.each(["slack", "discord"] as const)("reads as expected on %s", (platform) => {
      const reply = run(platform).replies.get(name)!;
      for (const phrase of step.says) expect(reply.text.replace(/\\/g, "")).toContain(phrase);
      expect(reply.replacedClicked).toBe(step.replacesClicked);
    });

    it("answers with the same words on both platforms", () => {
      expect(words(run("discord").replies.get(name)!.text)).toEqual(
        words(run("slack").replies.get(name)!.text),
      );
    });
  });

  it("stores the same facts on both platforms, each write marked with the platform it came from", () => {
    const slack = run("slack").facts;
    expect(slack.applications).toEqual([
      {
        name: "Canoas",
        outcome: "rejected",
        reason: "The letter is not signed.",
        decidedAt: NOW,
        member: false,
      },
      { name: "Porto Alegre", outcome: "accepted", reason: null, decidedAt: NOW, member: true },
    ]);
    expect(slack.members.map(([slug]) => slug)).toEqual(["porto-alegre", "shelbyville", "springfield"]);
    expect(slack.members[0]).toEqual(["porto-alegre", "brpao", "2026-03-10"]);
    expect(slack.pointsOfContact).toContainEqual(["lucia@poa.example", "porto-alegre"]);
    expect(slack.audit.filter(([entity]) => entity !== "inbound_deliveries")).toEqual(
      expect.arrayContaining([
        ["applications", "insert", "slack"],
        ["members", "insert", "slack"],
        ["persons", "insert", "slack"],
        ["role_assignments", "insert", "slack"],
        ["applications", "update", "slack"],
      ]),
    );
    const asSlack = (facts: typeof slack) =>
      JSON.parse(JSON.stringify(facts).replaceAll('"discord"', '"slack"'));
    expect(asSlack(run("discord").facts)).toEqual(asSlack(slack));
  });

  it.each(["slack", "discord"] as const)("shows the accepted member on the public site (%s)", (platform) => {
    expect(run(platform).home).toContain("Porto Alegre");
  });
});
