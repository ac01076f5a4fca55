import { eq } from "drizzle-orm";
import type { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../src/db/client.js";
import {
  alertsOutbox,
  auditLog,
  channelSubscriptions,
  endorsements,
  evidence,
  inboundDeliveries,
  modifications,
  progressUpdates,
  slackInstallations,
} from "../../../src/db/schema/index.js";
import { chatStores } from "../../../src/db/stores.js";
import { createLogger } from "../../../src/logging/logger.js";
import { deliverDue } from "../../../src/outbox/index.js";
import {
  createSlackEndpoints,
  createSlackSender,
  type SlackEndpoints,
} from "../../../src/platforms/slack/index.js";
import { tokenSealer } from "../../../src/platforms/slack/token-sealer.js";
import { createApp } from "../../../src/web/app.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "../../commands/fixtures.js";
import { freshDatabase } from "../../support/database.js";
import { FakeSlack } from "../../support/fake-slack.js";

/** A SLACK_TOKEN_ENCRYPTION_KEY for the tests (32 bytes, base64). */
const TOKEN_KEY = btoa("0123456789abcdef0123456789abcdef");

import {
  blockActionPayload,
  SIGNING_SECRET,
  sendEvent,
  sendInteraction,
  sendSlashCommand,
  sendToSlackEndpoint,
  viewSubmissionPayload,
} from "./slack-requests.js";

const BOT_TOKEN = "xoxb-single-workspace";
const logger = createLogger(process.env.DEBUG_SLACK ? "debug" : "silent");

let fake: FakeSlack;
let handle: DatabaseHandle;
let data: Seeded;
let slack: SlackEndpoints;
let app: Hono;

beforeAll(async () => {
  fake = await FakeSlack.start();
});
afterAll(() => fake.stop());

beforeEach(async () => {
  fake.reset();
  handle = await freshDatabase();
  data = await seed(handle.db);
  slack = createSlackEndpoints(
    { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, apiUrl: fake.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  app = createApp({ db: handle.db, logger, slack });
});
afterEach(async () => {
  await slack.settled();
  handle.close();
});

/** Runs a slash command and waits for the work Slack's ack left running (the reply). */
async function command(userId: string, text: string, responseId = "r1") {
  const response = await sendSlashCommand(app, { userId, text, responseUrl: fake.responseUrl(responseId) });
  await slack.settled();
  return response;
}

function lastReply(responseId = "r1"): Record<string, unknown> & { blocks?: unknown[]; text?: string } {
  const replies = fake.responsesTo(responseId);
  const reply = replies.at(-1);
  if (!reply) throw new Error(`no reply on response_url ${responseId}`);
  return reply;
}

const replyText = (responseId = "r1") => JSON.stringify(lastReply(responseId));

async function everythingWritten() {
  const { db } = handle;
  return {
    deliveries: await db.$count(inboundDeliveries),
    audit: await db.$count(auditLog),
    updates: await db.$count(progressUpdates),
    endorsements: await db.$count(endorsements),
    evidence: await db.$count(evidence),
    outbox: await db.$count(alertsOutbox),
  };
}

describe("request verification (v0 signature, 5-minute window)", () => {
  const valid = () => ({
    userId: USERS.poc,
    text: "evidence sprfd0001 https://springfield.example/x",
    responseUrl: fake.responseUrl("r1"),
  });

  it.each([
    ["a tampered body", { tamper: (body: string) => body.replace("sprfd0001", "sprfd0002") }],
    ["the wrong secret", { secret: "not-the-signing-secret" }],
    ["a stale timestamp", { timestamp: Math.floor(NOW.getTime() / 1000) - 301 }],
    ["a timestamp from the future", { timestamp: Math.floor(NOW.getTime() / 1000) + 301 }],
  ])("refuses %s with 401, and writes and calls nothing", async (_, options) => {
    const before = await everythingWritten();
    const response = await sendSlashCommand(app, valid(), options);
    await slack.settled();
    expect(response.status).toBe(401);
    expect(await everythingWritten()).toEqual(before);
    expect(fake.calls).toEqual([]);
    expect(fake.responses).toEqual([]);
  });

  it("refuses a request without signature headers", async () => {
    const response = await app.request("/slack/events", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "command=%2Fogp&text=help",
    });
    expect(response.status).toBe(401);
  });

  it("accepts a timestamp within the window", async () => {
    const response = await sendSlashCommand(app, valid(), {
      timestamp: Math.floor(NOW.getTime() / 1000) - 290,
    });
    expect(response.status).toBe(200);
  });

  it("answers a signed but malformed payload with 400 and writes nothing", async () => {
    const before = await everythingWritten();
    const response = await sendToSlackEndpoint(app, JSON.stringify({ hello: "world" }), "application/json");
    expect(response.status).toBe(400);
    expect(await everythingWritten()).toEqual(before);
  });

  it("answers url_verification with the challenge", async () => {
    const response = await sendToSlackEndpoint(
      app,
      JSON.stringify({
        token: "t",
        challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
        type: "url_verification",
      }),
      "application/json",
    );
    expect(await response.json()).toEqual({
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    });
  });
});

describe("slash commands", () => {
  it("acknowledges at once with an empty 200, then replies ephemerally through response_url", async () => {
    const response = await command(USERS.poc, "help");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    const reply = lastReply();
    expect(reply.response_type).toBe("ephemeral");
    expect(reply.replace_original).toBe(false);
    expect(JSON.stringify(reply.blocks)).toContain("/ogp update [COMMITMENT]");
  });

  it("answers an unknown subcommand with a short hint, in the person's language", async () => {
    await command(USERS.civilSociety, "frobnicate now");
    expect(replyText()).toContain("Commande inconnue « frobnicate »");
  });

  it("shows a member's status", async () => {
    await command(USERS.poc, "status springfield");
    const text = replyText();
    expect(text).toContain("Springfield —");
    expect(text).toContain("sprfd0001 · Open budget portal");
  });

  it("lists the caller's due items", async () => {
    await command(USERS.poc, "due");
    expect(replyText()).toContain("Due for you");
    expect(replyText()).toContain("Springfield: ");
  });

  it("links an account with a code typed in the command", async () => {
    const { createLinkCode } = await import("../../../src/db/repositories/link-codes.js");
    const { systemActor } = await import("../../../src/db/audit.js");
    const { code } = await createLinkCode(handle.db, "dan@ogp.example", 24, systemActor("cli"), NOW);
    await command("U0DANSECOND", `link ${code}`);
    expect(replyText()).toContain("you are Dan Support");
  });

  it("attaches evidence, with Slack's <url> wrapping removed", async () => {
    await command(
      USERS.poc,
      "evidence sprfd0001.1 <https://springfield.example/data.csv> implementation_document Dataset",
    );
    expect(replyText()).toContain("Dataset");
    expect(await handle.db.select().from(evidence)).toMatchObject([
      { milestoneId: data.publishDataset, url: "https://springfield.example/data.csv" },
    ]);
  });

  it("subscribes the channel the command runs in", async () => {
    await command(USERS.poc, "subscribe updates springfield");
    expect(await handle.db.select().from(channelSubscriptions)).toMatchObject([
      { platform: "slack", workspaceId: TEAM, channelId: "C0SPRING", memberId: data.springfield },
    ]);
  });

  it("processes a retried delivery once", async () => {
    const input = {
      userId: USERS.poc,
      text: "evidence sprfd0001 https://springfield.example/report.pdf",
      responseUrl: fake.responseUrl("r1"),
      triggerId: "trigger-fixed",
    };
    expect((await sendSlashCommand(app, input)).status).toBe(200);
    await slack.settled();
    const retry = await sendSlashCommand(app, input, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    await slack.settled();
    expect(retry.status).toBe(200);
    expect(await handle.db.$count(evidence)).toBe(1);
    expect(await handle.db.$count(inboundDeliveries)).toBe(1);
    expect(fake.responsesTo("r1")).toHaveLength(1);
  });
});

describe("refusals by role and scope (§1)", () => {
  it("refuses a PoC's endorsement, civil society's update and another member's PoC, writing nothing", async () => {
    const before = await everythingWritten();
    await command(USERS.poc, "endorse springfield", "poc");
    expect(replyText("poc")).toContain("Government roles cannot endorse: rule PLAN-5");
    await command(USERS.civilSociety, "update sprfd0001", "cs");
    expect(replyText("cs")).toContain("Seul le point de contact de Springfield");
    await command(USERS.shelbyvillePoc, "modify sprfd0001", "eve");
    expect(replyText("eve")).toContain("Only the point of contact proposes modifications of sprfd0001");
    expect(fake.callsTo("views.open")).toEqual([]);
    const after = await everythingWritten();
    // Each verified command claims its delivery id; nothing else is written.
    expect({ ...after, deliveries: before.deliveries }).toEqual(before);
  });
});

describe("update modal", () => {
  async function openUpdateModal(userId = USERS.poc) {
    await command(userId, "update sprfd0001", "update");
    const [opened] = fake.callsTo("views.open");
    if (!opened) throw new Error("no modal was opened");
    return opened.args.view as Parameters<typeof viewSubmissionPayload>[0]["view"] & {
      title: { text: string };
    };
  }

  it("opens the form with the command's trigger, stores the submission and posts it to the member's channel", async () => {
    await handle.db.insert(channelSubscriptions).values({
      platform: "slack",
      workspaceId: TEAM,
      channelId: "C0SPRING",
      kind: "member_updates",
      memberId: data.springfield,
      subjectKey: data.springfield,
    });
    const view = await openUpdateModal();
    expect(fake.callsTo("views.open")[0]?.token).toBe(BOT_TOKEN);
    expect(view.callback_id).toBe("ogp.form.update");
    expect(view.blocks.filter((block) => block.type === "input").map((block) => block.block_id)).toEqual([
      "milestone",
      "milestone_status",
      "completion",
      "narrative",
      "delay_reasons",
      "next_steps",
      "challenges",
      "evidence",
    ]);

    const submission = await sendInteraction(
      app,
      viewSubmissionPayload({
        userId: USERS.poc,
        view,
        values: {
          milestone: data.publishDataset,
          milestone_status: "complete",
          completion: "55",
          narrative: "Dataset published. <!channel> please look & comment <@U0CARLACS> @here",
          next_steps: "Portal tender.",
          challenges: [],
          evidence: "https://data.springfield.example/budget",
          delay_reasons: null,
        },
      }),
    );
    expect(await submission.json()).toEqual({ response_action: "clear" });
    await slack.settled();

    const [update] = await handle.db.select().from(progressUpdates);
    expect(update).toMatchObject({
      milestoneId: data.publishDataset,
      completionPct: 55,
      authorId: data.persons.poc,
    });

    // The confirmation goes back where the command was run, through the command's response_url.
    const confirmation = JSON.stringify(lastReply("update"));
    expect(confirmation).toContain("Your update on sprfd0001 is posted");
    expect(confirmation).toContain(`"value":"update edit ${update!.id}"`);
    expect(confirmation).not.toContain("<!channel>");
    expect(confirmation).not.toContain("<@U0CARLACS>");
    expect(confirmation).toContain("&lt;!channel&gt; please look &amp; comment &lt;@U0CARLACS&gt;");

    // The channel post leaves through the alerts outbox, escaped the same way.
    const report = await deliverDue(
      handle.db,
      { slack: createSlackSender({ token: () => BOT_TOKEN, apiUrl: fake.apiUrl }) },
      { workerId: "test", now: () => NOW, sleep: async () => {} },
    );
    expect(report.sent).toBe(1);
    const [posted] = fake.callsTo("chat.postMessage");
    expect(posted?.args.channel).toBe("C0SPRING");
    const postedText = JSON.stringify(posted?.args);
    expect(postedText).toContain("&lt;!channel&gt;");
    expect(postedText).not.toMatch(/<!channel>|<!here>|<@U0CARLACS>/);
  });

  it("shows field errors in the modal and stores nothing", async () => {
    const view = await openUpdateModal();
    const before = await everythingWritten();
    const submission = await sendInteraction(
      app,
      viewSubmissionPayload({
        userId: USERS.poc,
        view,
        values: {
          narrative: "Tried.",
          evidence: "javascript:alert(1)",
          completion: "30",
          challenges: ["lack_of_resources"],
        },
      }),
    );
    const ack = (await submission.json()) as { response_action: string; errors: Record<string, string> };
    expect(ack.response_action).toBe("errors");
    expect(Object.keys(ack.errors)).toEqual(["evidence"]);
    await slack.settled();
    expect({ ...(await everythingWritten()), deliveries: before.deliveries }).toEqual(before);
  });

  it("refuses a submission by someone who may not post, inside the modal", async () => {
    const view = await openUpdateModal();
    const submission = await sendInteraction(
      app,
      viewSubmissionPayload({
        userId: USERS.shelbyvillePoc,
        view,
        values: { narrative: "Forged.", completion: "90" },
      }),
    );
    const ack = (await submission.json()) as { response_action: string; errors: Record<string, string> };
    expect(ack.response_action).toBe("errors");
    expect(Object.values(ack.errors)[0]).toContain("Only the point of contact of Springfield");
    expect(await handle.db.$count(progressUpdates)).toBe(0);
  });
});

describe("endorse button (PLAN-5)", () => {
  it("confirms with a button that records the endorsement and replaces the message with who and when", async () => {
    await command(USERS.civilSociety, "endorse shelbyville", "ask");
    const blocks = lastReply("ask").blocks as {
      type: string;
      elements?: { action_id: string; value: string }[];
    }[];
    const button = blocks.find((block) => block.type === "actions")?.elements?.[0];
    expect(button?.value).toBe(`endorse confirm ${data.shelbyvillePlan}`);

    for (let click = 0; click < 2; click++) {
      const response = await sendInteraction(
        app,
        blockActionPayload({
          userId: USERS.civilSociety,
          button: button!,
          responseUrl: fake.responseUrl("click"),
        }),
      );
      expect(response.status).toBe(200);
      await slack.settled();
    }
    expect(await handle.db.select().from(endorsements)).toMatchObject([
      { planId: data.shelbyvillePlan, organizationId: data.civicLab, personId: data.persons.civilSociety },
    ]);
    const outcomes = fake.responsesTo("click");
    expect(outcomes).toHaveLength(2);
    for (const outcome of outcomes) {
      expect(outcome.replace_original).toBe(true);
      expect(JSON.stringify(outcome.blocks)).toContain(
        "Civic Lab a approuvé « Shelbyville Action Plan 2026–2028 » — par Carla Civic",
      );
    }
  });

  it("checks the clicker's permission on the server", async () => {
    const response = await sendInteraction(
      app,
      blockActionPayload({
        userId: USERS.shelbyvillePoc,
        button: { action_id: "ogp.button.0", value: `endorse confirm ${data.shelbyvillePlan}` },
        responseUrl: fake.responseUrl("forged"),
      }),
    );
    expect(response.status).toBe(200);
    await slack.settled();
    expect(await handle.db.$count(endorsements)).toBe(0);
    expect(lastReply("forged").replace_original).toBe(false);
    expect(replyText("forged")).toContain("Government roles cannot endorse");
  });
});

describe("modification approval buttons (MOD-1, MOD-2)", () => {
  it("opens the modification form, then civil society approves with a button from the App Home", async () => {
    await command(USERS.poc, "modify sprfd0001", "modify");
    const view = fake.callsTo("views.open")[0]?.args.view as Parameters<
      typeof viewSubmissionPayload
    >[0]["view"];
    const submitted = await sendInteraction(
      app,
      viewSubmissionPayload({
        userId: USERS.poc,
        view,
        values: {
          kind: "timeline",
          new_end_date: "2027-09-30",
          rationale: "Procurement took longer.",
          change: null,
        },
      }),
    );
    expect(await submitted.json()).toEqual({ response_action: "clear" });
    await slack.settled();
    const [modification] = await handle.db.select().from(modifications);
    expect(replyText("modify")).toContain(
      `Modification ${modification!.id.slice(0, 8)} of sprfd0001 is proposed`,
    );

    await sendEvent(app, {
      type: "app_home_opened",
      user: USERS.civilSociety,
      channel: "D0CARLA",
      tab: "home",
      event_ts: "1",
    });
    await slack.settled();
    const home = fake.callsTo("views.publish").at(-1)?.args.view as {
      blocks: { type: string; elements?: { value: string; action_id: string }[] }[];
    };
    const approve = home.blocks.find((block) => block.type === "actions")?.elements?.[0];
    expect(approve?.value).toBe(`approve ${modification!.id}`);

    fake.reset();
    await sendInteraction(
      app,
      blockActionPayload({ userId: USERS.civilSociety, button: approve!, fromHome: true }),
    );
    await slack.settled();
    expect((await handle.db.select().from(modifications))[0]?.decision).toBe("approved");
    // No message to replace on the Home tab: the home view is published again, without the request.
    const republished = JSON.stringify(fake.callsTo("views.publish").at(-1)?.args.view);
    expect(republished).not.toContain(`approve ${modification!.id}`);
  });
});

describe("more commands end to end", () => {
  it("chooses a commitment from a select, then opens the update form with the selection's trigger", async () => {
    await command(USERS.poc, "update", "choose");
    const blocks = lastReply("choose").blocks as {
      type: string;
      elements?: { type: string; options: { value: string }[] }[];
    }[];
    const select = blocks.find((block) => block.type === "actions")?.elements?.[0];
    expect(select?.type).toBe("static_select");
    const option = select?.options.find((candidate) => candidate.value === "update sprfd0002");
    const payload = blockActionPayload({
      userId: USERS.poc,
      button: { action_id: "ogp.select", value: "" },
      responseUrl: fake.responseUrl("choose"),
    });
    (payload.actions as Record<string, unknown>[])[0] = {
      type: "static_select",
      action_id: "ogp.select",
      block_id: "b1",
      selected_option: { value: option?.value, text: { type: "plain_text", text: "sprfd0002" } },
      action_ts: "1700000001.000300",
    };
    await sendInteraction(app, payload);
    await slack.settled();
    const opened = fake.callsTo("views.open")[0]?.args;
    expect(opened?.trigger_id).toBe(payload.trigger_id);
    expect(JSON.stringify(opened?.view)).toContain("sprfd0002 · Participatory budgeting");
  });

  it("logs a meeting from its modal", async () => {
    await command(USERS.poc, "meeting", "meeting");
    const view = fake.callsTo("views.open")[0]?.args.view as Parameters<
      typeof viewSubmissionPayload
    >[0]["view"];
    const ack = await sendInteraction(
      app,
      viewSubmissionPayload({
        userId: USERS.poc,
        view,
        values: {
          held_on: "2026-03-05",
          phase: "implementation",
          title: "Budget forum",
          government: "2",
          non_government: "0",
          organizations: null,
          minutes_url: null,
        },
      }),
    );
    expect(await ack.json()).toEqual({ response_action: "clear" });
    await slack.settled();
    expect(replyText("meeting")).toContain("Not multi-stakeholder");
  });

  it("rejects a modification typed with its short reference, and unsubscribes a channel", async () => {
    await command(USERS.poc, "modify sprfd0001", "modify");
    const view = fake.callsTo("views.open")[0]?.args.view as Parameters<
      typeof viewSubmissionPayload
    >[0]["view"];
    await sendInteraction(
      app,
      viewSubmissionPayload({
        userId: USERS.poc,
        view,
        values: { kind: "delete", rationale: "Merged into sprfd0002.", change: null, new_end_date: null },
      }),
    );
    await slack.settled();
    const [modification] = await handle.db.select().from(modifications);
    await command(USERS.civilSociety, `reject ${modification!.id.slice(0, 8)}`, "reject");
    expect(replyText("reject")).toContain("est rejetée par Carla Civic");
    expect((await handle.db.select().from(modifications))[0]?.decision).toBe("rejected");

    await command(USERS.supportUnit, "subscribe alerts", "sub");
    await command(USERS.supportUnit, "unsubscribe alerts", "unsub");
    expect(replyText("unsub")).toContain("no longer receives Support Unit alerts");
    expect(await handle.db.$count(channelSubscriptions)).toBe(0);
  });
});

describe("App Home", () => {
  it("publishes the person's members, statuses and due items when the tab opens, once per event", async () => {
    const event = {
      type: "app_home_opened",
      user: USERS.poc,
      channel: "D0ANA",
      tab: "home",
      event_ts: "1700000000.1",
    };
    await sendEvent(app, event, { eventId: "Ev0HOME1" });
    await sendEvent(app, event, { eventId: "Ev0HOME1", headers: { "x-slack-retry-num": "1" } });
    await slack.settled();
    const published = fake.callsTo("views.publish");
    expect(published).toHaveLength(1);
    expect(published[0]?.args.user_id).toBe(USERS.poc);
    const view = JSON.stringify(published[0]?.args.view);
    expect(view).toContain("Springfield —");
    // A due item of the rules engine (its wording is the engine's).
    expect(view).toContain("sprfd0001");
  });

  it("tells an unlinked person how to link", async () => {
    await sendEvent(app, {
      type: "app_home_opened",
      user: USERS.unlinked,
      channel: "D0NEW",
      tab: "home",
      event_ts: "1",
    });
    await slack.settled();
    expect(JSON.stringify(fake.callsTo("views.publish")[0]?.args.view)).toContain("/ogp link CODE");
  });
});

describe("without Slack configured", () => {
  it("answers /slack/* with 503 and a clear message", async () => {
    const bare = createApp({ db: handle.db, logger });
    const response = await bare.request("/slack/events", { method: "POST", body: "x" });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { message: string }).message).toContain("SLACK_SIGNING_SECRET");
  });
});

describe("multi-workspace OAuth install", () => {
  let oauthSlack: SlackEndpoints;
  let oauthApp: Hono;

  beforeEach(() => {
    oauthSlack = createSlackEndpoints(
      {
        signingSecret: SIGNING_SECRET,
        apiUrl: fake.apiUrl,
        retries: 0,
        oauth: {
          clientId: "123.456",
          clientSecret: "client-secret",
          stateSecret: "a-state-secret-of-some-length",
          redirectUri: "https://hub.example/slack/oauth_redirect",
          scopes: ["commands", "chat:write", "chat:write.public"],
          sealer: tokenSealer(TOKEN_KEY),
        },
      },
      { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
    );
    oauthApp = createApp({ db: handle.db, logger, slack: oauthSlack });
  });
  afterEach(() => oauthSlack.settled());

  async function install() {
    const start = await oauthApp.request("/slack/install");
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get("location") ?? "");
    expect(location.origin + location.pathname).toBe("https://slack.com/oauth/v2/authorize");
    expect(location.searchParams.get("scope")).toBe("commands,chat:write,chat:write.public");
    const state = location.searchParams.get("state") ?? "";
    const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    return { state, cookie };
  }

  it("stores the installation and serves that workspace with its own token", async () => {
    fake.oauthAccess = {
      ok: true,
      access_token: "xoxb-installed-token",
      token_type: "bot",
      scope: "commands,chat:write,chat:write.public",
      bot_user_id: "U0BOT2",
      app_id: "A0OGPLOCAL",
      team: { id: "T0SECOND", name: "Second Town" },
      enterprise: null,
      authed_user: { id: "U0INSTALLER" },
      is_enterprise_install: false,
    };
    const { state, cookie } = await install();
    const done = await oauthApp.request(
      `/slack/oauth_redirect?code=good-code&state=${encodeURIComponent(state)}`,
      {
        headers: { cookie },
      },
    );
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Second Town");
    expect(fake.callsTo("oauth.v2.access")[0]?.args).toMatchObject({
      code: "good-code",
      client_id: "123.456",
    });
    const audit = JSON.stringify(
      await handle.db.select().from(auditLog).where(eq(auditLog.entity, "slack_installations")),
    );
    expect(audit).toContain("T0SECOND");
    expect(audit).not.toContain("xoxb-installed-token");
    // At rest the token is sealed with SLACK_TOKEN_ENCRYPTION_KEY: a copy of the database does not reveal it.
    const [stored] = await handle.db.select().from(slackInstallations);
    expect(stored?.botToken).toMatch(/^enc:v1:/);
    expect(JSON.stringify(stored)).not.toContain("xoxb-installed-token");
    expect(await oauthSlack.botToken("T0SECOND")).toBe("xoxb-installed-token");

    await sendEvent(
      oauthApp,
      { type: "app_home_opened", user: "U0SOMEONE", channel: "D1", tab: "home", event_ts: "1" },
      { teamId: "T0SECOND" },
    );
    await oauthSlack.settled();
    expect(fake.callsTo("views.publish")[0]?.token).toBe("xoxb-installed-token");

    await sendEvent(
      oauthApp,
      { type: "tokens_revoked", tokens: { bot: ["U0BOT2"] } },
      { teamId: "T0SECOND" },
    );
    await oauthSlack.settled();
    expect(await oauthSlack.botToken("T0SECOND")).toBeUndefined();
  });

  it("refuses a replayed callback: a state finishes one install, even with the victim's cookie", async () => {
    fake.oauthAccess = {
      ok: true,
      access_token: "xoxb-installed-token",
      bot_user_id: "U0BOT2",
      team: { id: "T0SECOND", name: "Second Town" },
      authed_user: { id: "U0INSTALLER" },
      is_enterprise_install: false,
    };
    const { state, cookie } = await install();
    const callback = `/slack/oauth_redirect?code=good-code&state=${encodeURIComponent(state)}`;
    expect((await oauthApp.request(callback, { headers: { cookie } })).status).toBe(200);
    const replayed = await oauthApp.request(callback, { headers: { cookie } });
    expect(replayed.status).toBe(400);
    expect(await replayed.text()).toContain("expired or was not started from this server");
    expect(fake.callsTo("oauth.v2.access")).toHaveLength(1);
  });

  it("refuses a callback whose state this browser was not given", async () => {
    const { state } = await install();
    const forged = await oauthApp.request(`/slack/oauth_redirect?code=x&state=${encodeURIComponent(state)}`);
    expect(forged.status).toBe(400);
    expect(fake.callsTo("oauth.v2.access")).toEqual([]);
  });
});
