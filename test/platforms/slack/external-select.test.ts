import type { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../src/db/client.js";
import { commitments, inboundDeliveries, progressUpdates } from "../../../src/db/schema/index.js";
import { chatStores } from "../../../src/db/stores.js";
import { createLogger } from "../../../src/logging/logger.js";
import { createSlackEndpoints, type SlackEndpoints } from "../../../src/platforms/slack/index.js";
import { createApp } from "../../../src/web/app.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "../../commands/fixtures.js";
import { freshDatabase } from "../../support/database.js";
import { FakeSlack } from "../../support/fake-slack.js";
import {
  blockActionPayload,
  SIGNING_SECRET,
  sendInteraction,
  sendSlashCommand,
  viewSubmissionPayload,
} from "./slack-requests.js";

const logger = createLogger("silent");
/** Springfield gets this many commitments more than the fixtures' two: more than a select lists. */
const EXTRA = 30;

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
  await handle.db.insert(commitments).values(
    Array.from({ length: EXTRA }, (_, i) => ({
      planId: data.springfieldPlan,
      code: `sprfd${String(i + 3).padStart(4, "0")}`,
      number: i + 3,
      title: `Open contracting lot ${i + 3}`,
      startDate: "2026-02-01",
      endDate: "2027-06-30",
      submittedOn: "2026-01-15",
      leadAgency: { office: "City Hall" },
      problem: "Contracts are hard to find.",
      action: "Publish them.",
      resourcesSecured: "yes",
      status: "active" as const,
    })),
  );
  slack = createSlackEndpoints(
    { signingSecret: SIGNING_SECRET, botToken: "xoxb-single-workspace", apiUrl: fake.apiUrl, retries: 0 },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  app = createApp({ db: handle.db, logger, slack });
});
afterEach(async () => {
  await slack.settled();
  handle.close();
});

interface SelectElement {
  type: string;
  action_id: string;
  min_query_length?: number;
  options?: { value: string }[];
}

/** Runs `/ogp update` and returns the select of its ephemeral reply. */
async function updateChooser(userId: string = USERS.poc): Promise<SelectElement> {
  await sendSlashCommand(app, { userId, text: "update", responseUrl: fake.responseUrl("choose") });
  await slack.settled();
  const reply = fake.responsesTo("choose").at(-1) as {
    blocks?: { type: string; elements?: SelectElement[] }[];
  };
  const select = reply?.blocks?.find((block) => block.type === "actions")?.elements?.[0];
  if (!select) throw new Error("the reply has no select");
  return select;
}

/** What Slack posts while the person types in an external select of an ephemeral message. */
const suggestionPayload = (userId: string, actionId: string, value: string) => ({
  type: "block_suggestion",
  user: { id: userId, username: "someone", name: "someone", team_id: TEAM },
  container: { type: "message", message_ts: "1700000000.000100", channel_id: "C0SPRING", is_ephemeral: true },
  api_app_id: "A0OGPLOCAL",
  token: "legacy-verification-token",
  action_id: actionId,
  block_id: "b1",
  value,
  team: { id: TEAM, domain: "springfield" },
  enterprise: null,
  is_enterprise_install: false,
  channel: { id: "C0SPRING", name: "open-gov" },
});

async function suggest(userId: string, actionId: string, value: string, options = {}) {
  const response = await sendInteraction(app, suggestionPayload(userId, actionId, value), options);
  return {
    status: response.status,
    body:
      response.status === 200
        ? ((await response.json()) as { options: { text: { text: string }; value: string }[] })
        : null,
  };
}

describe("external selects for long lists", () => {
  it("renders a chooser with more than 25 commitments as an external select; a short one stays static", async () => {
    const select = await updateChooser();
    expect(select).toMatchObject({ type: "external_select", action_id: "ogp.suggest.update.commitment" });
    expect(select.min_query_length).toBeLessThanOrEqual(1);
    expect(select.options).toBeUndefined();
    // The search reaches every commitment: no "N more not shown, type the code" note under it.
    expect(JSON.stringify(fake.responsesTo("choose").at(-1))).not.toMatch(/not shown/);
  });

  it("suggests only the commitments of the PoC's own member that match what they type", async () => {
    const { status, body } = await suggest(USERS.poc, "ogp.suggest.update.commitment", "sprfd003");
    expect(status).toBe(200);
    expect(body?.options.map((option) => option.value).sort()).toEqual(
      ["sprfd0030", "sprfd0031", "sprfd0032"].map((code) => `update ${code}`),
    );
    expect(body?.options[0]?.text.text).toMatch(/^sprfd003\d · Open contracting lot 3\d$/);

    const everything = await suggest(USERS.poc, "ogp.suggest.update.commitment", "");
    expect(everything.body?.options.length).toBe(25);
    for (const option of everything.body?.options ?? []) {
      expect(option.value).toMatch(/^update sprfd\d{4}$/);
      expect(option.text.text.length).toBeLessThanOrEqual(75);
    }
    // Shelbyville's commitment exists, but is not Ana's to update.
    expect((await suggest(USERS.poc, "ogp.suggest.update.commitment", "shlby")).body).toEqual({
      options: [],
    });
    expect((await suggest(USERS.shelbyvillePoc, "ogp.suggest.update.commitment", "sprfd")).body).toEqual({
      options: [],
    });
  });

  it("answers the same typed text every time, never as a retried delivery", async () => {
    const first = await suggest(USERS.poc, "ogp.suggest.update.commitment", "sprfd0004");
    const again = await suggest(USERS.poc, "ogp.suggest.update.commitment", "sprfd0004");
    expect(first.body?.options.map((option) => option.value)).toEqual(["update sprfd0004"]);
    expect(again.body).toEqual(first.body);
    expect(await handle.db.$count(inboundDeliveries)).toBe(0);
  });

  it("offers nothing to an unlinked user, or for an action id it does not know", async () => {
    expect(await suggest(USERS.unlinked, "ogp.suggest.update.commitment", "")).toEqual({
      status: 200,
      body: { options: [] },
    });
    expect((await suggest(USERS.poc, "ogp.suggest.update.nonsense", "")).body).toEqual({ options: [] });
  });

  it("refuses a badly signed options request with 401", async () => {
    const wrongSecret = await sendInteraction(
      app,
      suggestionPayload(USERS.poc, "ogp.suggest.update.commitment", "sprfd"),
      { secret: "not-the-signing-secret" },
    );
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.text()).not.toContain("sprfd0001");
    const tampered = await sendInteraction(
      app,
      suggestionPayload(USERS.unlinked, "ogp.suggest.update.commitment", "sprfd"),
      { tamper: (body) => body.replace(USERS.unlinked, USERS.poc) },
    );
    expect(tampered.status).toBe(401);
  });

  it("runs a chosen suggestion like the static option: the form opens and the update is stored", async () => {
    const select = await updateChooser();
    const { body } = await suggest(USERS.poc, select.action_id, "lot 31");
    const chosen = body?.options.find((option) => option.value === "update sprfd0031");
    if (!chosen) throw new Error("sprfd0031 was not suggested");

    const click = blockActionPayload({
      userId: USERS.poc,
      button: { action_id: select.action_id, value: "" },
      responseUrl: fake.responseUrl("choose"),
    });
    (click.actions as Record<string, unknown>[])[0] = {
      type: "external_select",
      action_id: select.action_id,
      block_id: "b1",
      selected_option: chosen,
      action_ts: "1700000001.000300",
    };
    await sendInteraction(app, click);
    await slack.settled();
    const opened = fake.callsTo("views.open")[0]?.args;
    expect(opened?.trigger_id).toBe(click.trigger_id);
    const view = opened?.view as Parameters<typeof viewSubmissionPayload>[0]["view"];
    expect(JSON.stringify(view)).toContain("sprfd0031 · Open contracting lot 31");

    const submission = await sendInteraction(
      app,
      viewSubmissionPayload({
        userId: USERS.poc,
        view,
        values: {
          milestone: "none",
          milestone_status: null,
          completion: "60",
          narrative: "Contracts of lot 31 are online.",
          challenges: [],
          evidence: null,
          delay_reasons: null,
          next_steps: null,
        },
      }),
    );
    expect(await submission.json()).toEqual({ response_action: "clear" });
    await slack.settled();
    const [stored] = await handle.db.select().from(progressUpdates);
    const [lot31] = (await handle.db.select().from(commitments)).filter((row) => row.code === "sprfd0031");
    expect(stored).toMatchObject({
      commitmentId: lot31?.id,
      completionPct: 60,
      narrative: "Contracts of lot 31 are online.",
      authorId: data.persons.poc,
    });
    expect(JSON.stringify(fake.responsesTo("choose").at(-1))).toContain("sprfd0031");
  });
});
