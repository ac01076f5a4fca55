import { and, eq } from "drizzle-orm";
import type { Hono } from "hono";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadEnv } from "../../../src/config/env.js";
import { systemActor } from "../../../src/db/audit.js";
import type { DatabaseHandle } from "../../../src/db/client.js";
import { createLinkCode } from "../../../src/db/repositories/link-codes.js";
import {
  alertsOutbox,
  auditLog,
  channelSubscriptions,
  chatIdentities,
  commitments,
  endorsements,
  evidence,
  formDrafts,
  inboundDeliveries,
  meetings,
  modifications,
  progressUpdates,
} from "../../../src/db/schema/index.js";
import { chatStores } from "../../../src/db/stores.js";
import { createLogger } from "../../../src/logging/logger.js";
import { deliverDue } from "../../../src/outbox/index.js";
import {
  createDiscordEndpoints,
  createDiscordSender,
  type DiscordEndpoints,
  discordSettingsFromEnv,
} from "../../../src/platforms/discord/index.js";
import { createApp } from "../../../src/web/app.js";
import { NOW, type Seeded, seed } from "../../commands/fixtures.js";
import { freshDatabase } from "../../support/database.js";
import { FakeDiscord } from "../../support/fake-discord.js";
import {
  type Actor,
  autocompletePayload,
  CHANNEL,
  commandPayload,
  componentPayload,
  DISCORD_USERS,
  type DiscordKeys,
  GUILD,
  generateDiscordKeys,
  linkDiscordAccounts,
  modalSubmitPayload,
  newToken,
  type SendOptions,
  sendInteraction,
  shownAfterDeferral,
  visibleText,
} from "./discord-requests.js";

const logger = createLogger(process.env.DEBUG_DISCORD ? "debug" : "silent");

const ana: Actor = { userId: DISCORD_USERS.poc, locale: "en-US" };
const carla: Actor = { userId: DISCORD_USERS.civilSociety, locale: "fr" };
const eve: Actor = { userId: DISCORD_USERS.shelbyvillePoc, locale: "en-GB" };

let fake: FakeDiscord;
let keys: DiscordKeys;
let handle: DatabaseHandle;
let data: Seeded;
let discord: DiscordEndpoints;
let app: Hono;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  keys = await generateDiscordKeys();
});
afterAll(() => fake.stop());

function mount(deferAfterMs?: number, retries = 0) {
  discord = createDiscordEndpoints(
    { publicKey: keys.publicKeyHex, apiUrl: fake.apiUrl, retries, deferAfterMs },
    { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) },
  );
  app = createApp({ db: handle.db, logger, discord });
}

beforeEach(async () => {
  fake.reset();
  handle = await freshDatabase();
  data = await seed(handle.db);
  await linkDiscordAccounts(handle.db, data, [
    "poc",
    "official",
    "allowedOfficial",
    "civilSociety",
    "supportUnit",
    "shelbyvillePoc",
  ]);
  mount();
});
afterEach(async () => {
  await discord.settled();
  handle.close();
});

interface InteractionResponse {
  type: number;
  data?: Record<string, unknown> & {
    flags?: number;
    custom_id?: string;
    title?: string;
    components?: {
      type: number;
      component?: {
        custom_id: string;
        type: number;
        value?: string;
        options?: { value: string; default?: boolean }[];
      };
      components?: { custom_id: string; label?: string; options?: { value: string }[] }[];
    }[];
    choices?: { name: string; value: string }[];
  };
}

/** Sends a signed interaction, waits for the follow-ups it started, and reads Discord's answer. */
async function interact(payload: Record<string, unknown>, options?: SendOptions) {
  const response = await sendInteraction(app, keys, payload, options);
  await discord.settled();
  const body = response.status === 200 ? ((await response.json()) as InteractionResponse) : null;
  return { status: response.status, body };
}

/** Discord's answer to the interaction itself, a deferral included. */
async function rawAnswer(payload: Record<string, unknown>): Promise<InteractionResponse> {
  const { status, body } = await interact(payload);
  expect(status).toBe(200);
  return body!;
}

/** What the person sees: the answer, or the message that followed its deferral. */
async function answer(payload: Record<string, unknown>): Promise<InteractionResponse> {
  const raw = await rawAnswer(payload);
  if (raw.type === 5) expect(raw.data).toEqual({ flags: 64 });
  const shown = shownAfterDeferral(fake, payload, raw);
  expect(shown, "a deferred answer is completed through the interaction webhook").not.toBeNull();
  return shown as InteractionResponse;
}

const shown = (response: InteractionResponse) => visibleText(response.data);

/** The custom ids of a message's buttons, in order: from a response's data or a body the fake recorded. */
function messageButtonIds(message: unknown): string[] {
  const rows = ((message ?? {}) as { components?: { components?: { custom_id?: string }[] }[] }).components;
  return (rows ?? []).flatMap((row) =>
    (row.components ?? []).flatMap((component) => component.custom_id ?? []),
  );
}

const buttonIds = (response: InteractionResponse) => messageButtonIds(response.data);

async function everythingWritten() {
  const { db } = handle;
  return {
    deliveries: await db.$count(inboundDeliveries),
    audit: await db.$count(auditLog),
    updates: await db.$count(progressUpdates),
    endorsements: await db.$count(endorsements),
    evidence: await db.$count(evidence),
    modifications: await db.$count(modifications),
    outbox: await db.$count(alertsOutbox),
    identities: await db.$count(chatIdentities),
  };
}

const withoutDeliveries = async () => ({ ...(await everythingWritten()), deliveries: 0 });

describe("request verification (Ed25519, 5-minute window)", () => {
  const evidenceCommand = () =>
    commandPayload(ana, "evidence", { subject: "sprfd0001", url: "https://springfield.example/report.pdf" });

  it.each([
    ["a tampered body", { tamper: (body: string) => body.replace("sprfd0001", "sprfd0002") }],
    ["a stale timestamp", { timestamp: Math.floor(NOW.getTime() / 1000) - 301 }],
    ["a timestamp from the future", { timestamp: Math.floor(NOW.getTime() / 1000) + 301 }],
    ["missing signature headers", { withoutHeaders: true }],
  ] as [string, SendOptions][])("refuses %s with 401, and writes and sends nothing", async (_, options) => {
    const before = await everythingWritten();
    const { status } = await interact(evidenceCommand(), options);
    expect(status).toBe(401);
    expect(await everythingWritten()).toEqual(before);
    expect(fake.requests).toEqual([]);
  });

  it("refuses a request signed with another key", async () => {
    const forger = await generateDiscordKeys();
    const before = await everythingWritten();
    const { status } = await interact(evidenceCommand(), { privateKey: forger.privateKey });
    expect(status).toBe(401);
    expect(await everythingWritten()).toEqual(before);
  });

  it("refuses a PING with a bad signature (Discord checks this when the URL is saved)", async () => {
    const forger = await generateDiscordKeys();
    const { status } = await interact(
      { id: "1", application_id: "2", type: 1, version: 1 },
      { privateKey: forger.privateKey },
    );
    expect(status).toBe(401);
  });

  it("answers a signed PING with PONG", async () => {
    expect(await answer({ id: "1", application_id: "2", type: 1, version: 1 })).toEqual({ type: 1 });
  });

  it("accepts a timestamp within the window", async () => {
    const { status } = await interact(evidenceCommand(), {
      timestamp: Math.floor(NOW.getTime() / 1000) - 290,
    });
    expect(status).toBe(200);
  });

  it("answers a signed body that is not an interaction with 400 and writes nothing", async () => {
    const before = await everythingWritten();
    const { status } = await interact({ hello: "world" });
    expect(status).toBe(400);
    expect(await everythingWritten()).toEqual(before);
  });
});

describe("slash commands, answered within 3 s", () => {
  it("answers help ephemerally, pinging nobody, with the usages of the catalog", async () => {
    const response = await answer(commandPayload(ana, "help"));
    expect(response.type).toBe(4);
    expect(response.data?.flags).toBe(64);
    expect(response.data?.allowed_mentions).toEqual({ parse: [] });
    expect(shown(response)).toContain("/ogp update [COMMITMENT] — post a quarterly progress update");
    expect(shown(response)).toContain("OGP Local commands");
  });

  it("speaks the client's locale, falling back to the person's language for other locales", async () => {
    expect(shown(await answer(commandPayload({ ...ana, locale: "es-419" }, "help")))).toContain(
      "Comandos de OGP Local",
    );
    expect(shown(await answer(commandPayload({ ...ana, locale: "fr" }, "help")))).toContain(
      "Commandes OGP Local",
    );
    // Carla writes in French; a German client has no texts here.
    expect(shown(await answer(commandPayload({ ...carla, locale: "de" }, "help")))).toContain(
      "Commandes OGP Local",
    );
  });

  it("answers an unknown subcommand with the core's hint", async () => {
    expect(shown(await answer(commandPayload(ana, "frobnicate")))).toContain("Unknown command “frobnicate”");
  });

  it("tells an unlinked user how to link", async () => {
    expect(shown(await answer(commandPayload({ userId: DISCORD_USERS.unlinked }, "status")))).toContain(
      "/ogp link",
    );
  });

  it("links a Discord account with a one-time code", async () => {
    const { code } = await createLinkCode(handle.db, "dan@ogp.example", 24, systemActor("cli"), NOW);
    const reply = await answer(commandPayload({ userId: DISCORD_USERS.unlinked }, "link", { code }));
    expect(shown(reply)).toContain("you are Dan Support");
    const [identity] = await handle.db
      .select()
      .from(chatIdentities)
      .where(and(eq(chatIdentities.platform, "discord"), eq(chatIdentities.userId, DISCORD_USERS.unlinked)));
    expect(identity).toMatchObject({ personId: data.persons.supportUnit, workspaceId: "" });
  });

  it("shows a member's status in embeds", async () => {
    const reply = await answer(commandPayload(ana, "status", { member: "springfield" }));
    expect(reply.data?.embeds).not.toEqual([]);
    expect(shown(reply)).toContain("Springfield —");
    expect(shown(reply)).toContain("sprfd0001 · Open budget portal");
  });

  it("lists the caller's due items", async () => {
    const reply = await answer(commandPayload(ana, "due"));
    expect(shown(reply)).toContain("Due for you");
  });

  it("attaches evidence whose title has spaces, as one option", async () => {
    const reply = await answer(
      commandPayload(ana, "evidence", {
        subject: "sprfd0001.1",
        url: "https://springfield.example/data.csv",
        kind: "implementation_document",
        title: "Budget dataset 2026",
      }),
    );
    expect(shown(reply)).toContain("Budget dataset 2026");
    expect(await handle.db.select().from(evidence)).toMatchObject([
      {
        milestoneId: data.publishDataset,
        url: "https://springfield.example/data.csv",
        kind: "implementation_document",
        title: "Budget dataset 2026",
      },
    ]);
  });

  it("subscribes and unsubscribes the channel the command runs in", async () => {
    await answer(commandPayload(ana, "subscribe", { kind: "updates", subject: "springfield" }));
    expect(await handle.db.select().from(channelSubscriptions)).toMatchObject([
      { platform: "discord", workspaceId: GUILD, channelId: CHANNEL, memberId: data.springfield },
    ]);
    const listed = await answer(commandPayload(ana, "subscribe"));
    expect(shown(listed)).toContain("Springfield");
    await answer(commandPayload(ana, "unsubscribe", { kind: "updates", subject: "springfield" }));
    expect(await handle.db.$count(channelSubscriptions)).toBe(0);
  });

  it("works in the bot's DMs, where the user is not a guild member", async () => {
    const reply = await answer(commandPayload({ ...ana, dm: true }, "status", { member: "springfield" }));
    expect(shown(reply)).toContain("Springfield —");
  });

  it("answers bad arguments with the core's usage and writes nothing", async () => {
    const before = await withoutDeliveries();
    const reply = await answer(
      commandPayload(ana, "evidence", { subject: "sprfd0001", url: "javascript:alert(1)" }),
    );
    expect(reply.data?.flags).toBe(64);
    expect(shown(reply)).toMatch(/link/i);
    expect(await withoutDeliveries()).toEqual(before);
  });
});

describe("autocomplete, scoped to what the caller may act on", () => {
  const choices = async (actor: Actor, subcommand: string, option: string, typed = "") => {
    const response = await answer(autocompletePayload(actor, subcommand, option, typed));
    expect(response.type).toBe(8);
    return response.data?.choices ?? [];
  };

  it("offers a PoC only their own member's commitments, and writes nothing", async () => {
    const before = await everythingWritten();
    expect((await choices(ana, "update", "commitment")).map((choice) => choice.value)).toEqual([
      "sprfd0001",
      "sprfd0002",
    ]);
    expect((await choices(eve, "update", "commitment")).map((choice) => choice.value)).toEqual(["shlby0001"]);
    expect(await choices(carla, "update", "commitment")).toEqual([]);
    expect(await choices({ userId: DISCORD_USERS.unlinked }, "update", "commitment")).toEqual([]);
    expect(await everythingWritten()).toEqual(before);
  });

  it("filters by what is typed, and suggests milestones, plans and members", async () => {
    expect((await choices(ana, "update", "commitment", "particip")).map((choice) => choice.value)).toEqual([
      "sprfd0002",
    ]);
    const subjects = (await choices(ana, "evidence", "subject")).map((choice) => choice.value);
    expect(subjects).toContain("sprfd0001.1");
    expect(subjects).not.toContain("shlby0001");
    expect((await choices(carla, "endorse", "plan")).map((choice) => choice.value).sort()).toEqual([
      "shelbyville",
      "springfield",
    ]);
    expect((await choices(eve, "endorse", "plan")).map((choice) => choice.value)).toEqual([]);
    expect((await choices(ana, "status", "member")).map((choice) => choice.value).sort()).toEqual([
      "shelbyville",
      "springfield",
    ]);
  });

  it("never offers more than 25 choices", async () => {
    await handle.db.insert(commitments).values(
      Array.from({ length: 30 }, (_, index) => ({
        planId: data.springfieldPlan,
        code: `sprfd${String(index + 10).padStart(4, "0")}`,
        number: index + 10,
        title: `Extra commitment ${index}`,
        startDate: "2026-02-01",
        endDate: "2027-06-30",
        leadAgency: { office: "City Hall" },
        problem: "p",
        action: "a",
        resourcesSecured: "yes" as const,
        status: "active" as const,
      })),
    );
    const offered = await choices(ana, "update", "commitment");
    expect(offered).toHaveLength(25);
    for (const choice of offered) expect(choice.name.length).toBeLessThanOrEqual(100);
  });
});

/** Opens `/ogp update commitment:CODE` and returns the first modal. */
async function openUpdateForm(actor: Actor = ana, code = "sprfd0001") {
  const opened = await answer(commandPayload(actor, "update", { commitment: code }));
  expect(opened.type).toBe(9);
  return opened.data as unknown as Parameters<typeof modalSubmitPayload>[1] & { title: string };
}

const fieldNames = (modal: { components: { component?: { custom_id: string } }[] }) =>
  modal.components.flatMap((top) => (top.component ? [top.component.custom_id] : []));

const stepOne = {
  milestone: "", // filled in each test with the seeded milestone id
  milestone_status: "complete",
  completion: "55",
  narrative: "Dataset published. @everyone please look <@100000000000000004> **now**",
};
const stepTwo = { next_steps: "Portal tender.", evidence: "https://data.springfield.example/budget" };

describe("the update form, in two modals", () => {
  it("keeps step 1 in a draft, opens step 2 from a button, then stores the update and posts it to the member's channel", async () => {
    await handle.db.insert(channelSubscriptions).values({
      platform: "discord",
      workspaceId: GUILD,
      channelId: CHANNEL,
      kind: "member_updates",
      memberId: data.springfield,
      subjectKey: data.springfield,
    });
    const first = await openUpdateForm();
    expect(first.title).toContain("(1/2)");
    expect(fieldNames(first)).toEqual(["milestone", "milestone_status", "completion", "narrative"]);

    const saved = await answer(
      modalSubmitPayload(ana, first, { ...stepOne, milestone: data.publishDataset }),
    );
    expect(saved.type).toBe(4);
    expect(saved.data?.flags).toBe(64);
    expect(shown(saved)).toContain("Step 1 of 2 saved");
    expect(await handle.db.$count(progressUpdates)).toBe(0);
    const [continueId] = buttonIds(saved);
    expect(continueId).toMatch(/^ogp\.step:[0-9a-f]+:1$/);

    const second = await answer(componentPayload(ana, { customId: continueId! }));
    expect(second.type).toBe(9);
    const secondModal = second.data as unknown as Parameters<typeof modalSubmitPayload>[1];
    expect(fieldNames(secondModal)).toEqual(["delay_reasons", "next_steps", "challenges", "evidence"]);

    const posted = await answer(modalSubmitPayload(ana, secondModal, stepTwo, { flags: 64 }));
    // The step message (ephemeral, ours) is replaced by the confirmation.
    expect(posted.type).toBe(7);
    expect(posted.data?.allowed_mentions).toEqual({ parse: [] });
    const [update] = await handle.db.select().from(progressUpdates);
    expect(update).toMatchObject({
      milestoneId: data.publishDataset,
      completionPct: 55,
      authorId: data.persons.poc,
      source: "discord",
      nextSteps: "Portal tender.",
    });
    const confirmation = shown(posted);
    expect(confirmation).toContain("Your update on sprfd0001 is posted");
    // User text is inert: no mention syntax, no markdown.
    expect(confirmation).toContain("\\<@100000000000000004>");
    expect(confirmation).toContain("\\*\\*now\\*\\*");
    expect(buttonIds(posted)).toContain(`update edit ${update!.id}`);

    const report = await deliverDue(
      handle.db,
      { discord: createDiscordSender({ token: "bot-token", apiUrl: fake.apiUrl }) },
      { workerId: "test", now: () => NOW, sleep: async () => {} },
    );
    expect(report.sent).toBe(1);
    const [channelPost] = fake.channelMessages(CHANNEL);
    expect(channelPost?.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(channelPost)).toContain("Dataset published.");
  });

  it("finishes a form on a restarted server: the step done before the restart is kept", async () => {
    const first = await openUpdateForm();
    const saved = await answer(
      modalSubmitPayload(ana, first, { ...stepOne, milestone: data.publishDataset }),
    );
    const [continueId] = buttonIds(saved);
    // A new process (or another instance behind the same URL) answers the next step.
    mount();
    const second = await answer(componentPayload(ana, { customId: continueId! }));
    expect(second.type).toBe(9);
    const posted = await answer(
      modalSubmitPayload(ana, second.data as unknown as Parameters<typeof modalSubmitPayload>[1], stepTwo),
    );
    expect(shown(posted)).toContain("Your update on sprfd0001 is posted");
    const [update] = await handle.db.select().from(progressUpdates);
    expect(update).toMatchObject({
      milestoneId: data.publishDataset,
      completionPct: 55,
      nextSteps: "Portal tender.",
    });
    // The finished form's draft is gone.
    expect(await handle.db.$count(formDrafts)).toBe(0);
  });

  it("lists a step's field errors and reopens that step with the answers kept", async () => {
    const first = await openUpdateForm();
    const refused = await answer(
      modalSubmitPayload(ana, first, { ...stepOne, milestone: data.publishDataset, completion: "150" }),
    );
    expect(shown(refused)).toContain("Completion of the commitment (%): A whole number from 0 to 100.");
    const [fixId] = buttonIds(refused);
    expect(fixId).toMatch(/:0$/);
    const reopened = await answer(componentPayload(ana, { customId: fixId! }));
    const narrative = reopened.data?.components?.find((label) => label.component?.custom_id === "narrative");
    expect(narrative?.component?.value).toBe(stepOne.narrative);
    const milestone = reopened.data?.components?.find((label) => label.component?.custom_id === "milestone");
    expect(milestone?.component?.options?.find((option) => option.default)?.value).toBe(data.publishDataset);
    expect(await handle.db.$count(progressUpdates)).toBe(0);
  });

  it("returns the core's errors on the whole form to the step they belong to, storing nothing", async () => {
    const first = await openUpdateForm();
    const saved = await answer(
      modalSubmitPayload(ana, first, { ...stepOne, milestone: data.publishDataset }),
    );
    const second = await answer(componentPayload(ana, { customId: buttonIds(saved)[0]! }));
    const secondModal = second.data as unknown as Parameters<typeof modalSubmitPayload>[1];
    const refused = await answer(
      modalSubmitPayload(ana, secondModal, { evidence: "javascript:alert(1)" }, { flags: 64 }),
    );
    expect(shown(refused)).toContain("Not web links: javascript:alert(1)");
    expect(buttonIds(refused)[0]).toMatch(/:1$/);
    expect(await handle.db.$count(progressUpdates)).toBe(0);

    // Corrected, the form completes without going through step 1 again.
    const again = await answer(componentPayload(ana, { customId: buttonIds(refused)[0]! }));
    const fixed = await answer(
      modalSubmitPayload(ana, again.data as unknown as Parameters<typeof modalSubmitPayload>[1], stepTwo, {
        flags: 64,
      }),
    );
    expect(shown(fixed)).toContain("Your update on sprfd0001 is posted");
    expect(await handle.db.$count(progressUpdates)).toBe(1);
  });

  it("does not let anyone else continue a person's form", async () => {
    const first = await openUpdateForm();
    const reply = await answer(
      modalSubmitPayload(eve, first, { ...stepOne, milestone: data.publishDataset }),
    );
    expect(shown(reply)).toContain("no longer available");
    expect(await handle.db.$count(progressUpdates)).toBe(0);
  });

  it("chooses a commitment from a select, then opens its form", async () => {
    const choose = await answer(commandPayload(ana, "update"));
    const select = choose.data?.components?.[0]?.components?.[0];
    expect(select?.custom_id).toBe("ogp.select.0");
    expect(select?.options?.map((option) => option.value)).toEqual(["update sprfd0001", "update sprfd0002"]);
    const opened = await answer(
      componentPayload(ana, { customId: "ogp.select.0", select: "update sprfd0002" }),
    );
    expect(opened.type).toBe(9);
    expect(JSON.stringify(opened.data)).toContain("sprfd0002 · Participatory budgeting");
  });
});

describe("single-modal forms and decisions", () => {
  it("proposes a modification in one modal, and civil society rejects it by reference", async () => {
    const opened = await answer(commandPayload(ana, "modify", { commitment: "sprfd0001" }));
    const modal = opened.data as unknown as Parameters<typeof modalSubmitPayload>[1] & { title: string };
    expect(modal.title).not.toContain("(1/");
    const proposed = await answer(
      modalSubmitPayload(ana, modal, { kind: "delete", rationale: "Merged into sprfd0002." }),
    );
    expect(proposed.type).toBe(4);
    const [modification] = await handle.db.select().from(modifications);
    expect(shown(proposed)).toContain(
      `Modification ${modification!.id.slice(0, 8)} of sprfd0001 is proposed`,
    );

    const rejected = await answer(
      commandPayload(carla, "reject", { modification: modification!.id.slice(0, 8) }),
    );
    expect(shown(rejected)).toContain("est rejetée par Carla Civic");
    expect((await handle.db.select().from(modifications))[0]?.decision).toBe("rejected");
  });

  it("logs a meeting over two modals", async () => {
    const opened = await answer(commandPayload(ana, "meeting"));
    const first = opened.data as unknown as Parameters<typeof modalSubmitPayload>[1];
    const saved = await answer(
      modalSubmitPayload(ana, first, {
        held_on: "2026-03-05",
        phase: "implementation",
        title: "Budget forum",
        government: "2",
        non_government: "3",
      }),
    );
    const second = await answer(componentPayload(ana, { customId: buttonIds(saved)[0]! }));
    const logged = await answer(
      modalSubmitPayload(
        ana,
        second.data as unknown as Parameters<typeof modalSubmitPayload>[1],
        {},
        { flags: 64 },
      ),
    );
    expect(logged.type).toBe(7);
    expect(await handle.db.select().from(meetings)).toMatchObject([
      {
        title: "Budget forum",
        heldOn: "2026-03-05",
        governmentParticipants: 2,
        nonGovernmentParticipants: 3,
      },
    ]);
  });
});

describe("buttons on channel posts and confirmations", () => {
  it("lets civil society approve a modification from the Approve button the outbox posted to the channel", async () => {
    await handle.db.insert(channelSubscriptions).values({
      platform: "discord",
      workspaceId: GUILD,
      channelId: CHANNEL,
      kind: "member_updates",
      memberId: data.springfield,
      subjectKey: data.springfield,
    });
    const opened = await answer(commandPayload(ana, "modify", { commitment: "sprfd0001" }));
    await answer(
      modalSubmitPayload(ana, opened.data as unknown as Parameters<typeof modalSubmitPayload>[1], {
        kind: "timeline",
        new_end_date: "2027-09-30",
        rationale: "Procurement took longer.",
      }),
    );
    await deliverDue(
      handle.db,
      { discord: createDiscordSender({ token: "bot-token", apiUrl: fake.apiUrl }) },
      { workerId: "test", now: () => NOW, sleep: async () => {} },
    );
    const [modification] = await handle.db.select().from(modifications);
    const [post] = fake.channelMessages(CHANNEL);
    const approveId = messageButtonIds(post).find((id) => id.startsWith("approve "));
    expect(approveId).toBe(`approve ${modification!.id}`);

    // The post is public: the outcome replaces it for everyone, with who and when.
    const outcome = await answer(componentPayload(carla, { customId: approveId! }, { flags: 0 }));
    expect(outcome.type).toBe(7);
    expect(shown(outcome)).toContain("approuvée par Carla Civic");
    expect((await handle.db.select().from(modifications))[0]?.decision).toBe("approved");
  });

  it("corrects an update from the Edit button, keeping the previous version", async () => {
    const first = await openUpdateForm();
    const saved = await answer(
      modalSubmitPayload(ana, first, { ...stepOne, milestone: data.publishDataset }),
    );
    const second = await answer(componentPayload(ana, { customId: buttonIds(saved)[0]! }));
    const posted = await answer(
      modalSubmitPayload(ana, second.data as unknown as Parameters<typeof modalSubmitPayload>[1], stepTwo, {
        flags: 64,
      }),
    );
    const editId = buttonIds(posted).find((id) => id.startsWith("update edit "));
    const editing = await answer(componentPayload(ana, { customId: editId! }));
    expect(editing.type).toBe(9);
    const narrative = editing.data?.components?.find((label) => label.component?.custom_id === "narrative");
    expect(narrative?.component?.value).toBe(stepOne.narrative);

    const editStep = await answer(
      modalSubmitPayload(ana, editing.data as unknown as Parameters<typeof modalSubmitPayload>[1], {
        milestone: data.publishDataset,
        milestone_status: "complete",
        completion: "60",
        narrative: "Dataset published, with the 2025 figures.",
      }),
    );
    const editSecond = await answer(componentPayload(ana, { customId: buttonIds(editStep)[0]! }));
    const corrected = await answer(
      modalSubmitPayload(
        ana,
        editSecond.data as unknown as Parameters<typeof modalSubmitPayload>[1],
        stepTwo,
        {
          flags: 64,
        },
      ),
    );
    expect(shown(corrected)).toContain("on sprfd0001 is corrected (revision 2)");
    expect(await handle.db.select().from(progressUpdates)).toMatchObject([
      { revision: 2, completionPct: 60, narrative: "Dataset published, with the 2025 figures." },
    ]);
  });

  it("withdraws an endorsement with the action option", async () => {
    const asked = await answer(commandPayload(carla, "endorse", { plan: "shelbyville" }));
    await answer(componentPayload(carla, { customId: buttonIds(asked)[0]! }));
    const withdrawn = await answer(
      commandPayload(carla, "endorse", { plan: "shelbyville", action: "withdraw" }),
    );
    expect(shown(withdrawn)).toContain("Civic Lab a retiré son approbation");
    expect((await handle.db.select().from(endorsements))[0]?.withdrawnAt).not.toBeNull();
  });
});

describe("endorse button (PLAN-5)", () => {
  it("records the endorsement once however often it is clicked, replacing the message with who and when", async () => {
    const asked = await answer(commandPayload(carla, "endorse", { plan: "shelbyville" }));
    const [confirm] = buttonIds(asked);
    expect(confirm).toBe(`endorse confirm ${data.shelbyvillePlan}`);
    for (let click = 0; click < 2; click++) {
      const outcome = await answer(componentPayload(carla, { customId: confirm! }));
      expect(outcome.type).toBe(7);
      expect(outcome.data?.flags).toBeUndefined();
      expect(shown(outcome)).toContain(
        "Civic Lab a approuvé « Shelbyville Action Plan 2026–2028 » — par Carla Civic",
      );
    }
    expect(await handle.db.select().from(endorsements)).toMatchObject([
      {
        planId: data.shelbyvillePlan,
        organizationId: data.civicLab,
        personId: data.persons.civilSociety,
        source: "discord",
      },
    ]);
  });

  it("checks the clicker's role on the server: a forged click by a PoC writes nothing", async () => {
    const before = await withoutDeliveries();
    const outcome = await answer(
      componentPayload(eve, { customId: `endorse confirm ${data.shelbyvillePlan}` }, { flags: 0 }),
    );
    expect(outcome.type).toBe(4);
    expect(outcome.data?.flags).toBe(64);
    expect(shown(outcome)).toContain("Government roles cannot endorse");
    expect(await withoutDeliveries()).toEqual(before);
  });
});

describe("refusals by role and scope (§1)", () => {
  it("refuses a PoC's endorsement, civil society's update and another member's PoC, writing nothing", async () => {
    const before = await withoutDeliveries();
    expect(shown(await answer(commandPayload(ana, "endorse", { plan: "springfield" })))).toContain(
      "Government roles cannot endorse: rule PLAN-5",
    );
    const update = await answer(commandPayload(carla, "update", { commitment: "sprfd0001" }));
    expect(update.type).toBe(4);
    expect(shown(update)).toContain("Seul le point de contact de Springfield");
    const modify = await answer(commandPayload(eve, "modify", { commitment: "sprfd0001" }));
    expect(shown(modify)).toContain("Only the point of contact proposes modifications of sprfd0001");
    expect(await withoutDeliveries()).toEqual(before);
  });
});

describe("replayed interactions", () => {
  it("processes an interaction id once", async () => {
    const payload = commandPayload(ana, "evidence", {
      subject: "sprfd0001",
      url: "https://springfield.example/report.pdf",
    });
    const first = await answer(payload);
    expect(shown(first)).toContain("attached");
    const replay = await answer(payload);
    expect(shown(replay)).toContain("already handled");
    expect(await handle.db.$count(evidence)).toBe(1);
    expect(await handle.db.$count(inboundDeliveries)).toBe(1);
  });

  it("does not claim autocomplete requests, which write nothing", async () => {
    await answer(autocompletePayload(ana, "update", "commitment", ""));
    expect(await handle.db.$count(inboundDeliveries)).toBe(0);
  });
});

describe("deferred answers, completed through the interaction webhook", () => {
  beforeEach(() => mount(0));

  it("defers a command (type 5, ephemeral) and fills the placeholder with PATCH @original", async () => {
    const token = newToken();
    const deferred = await rawAnswer(commandPayload(ana, "status", { member: "springfield" }, token));
    expect(deferred).toEqual({ type: 5, data: { flags: 64 } });
    const [edit] = fake.originalEdits(token);
    expect(visibleText(edit)).toContain("Springfield —");
    expect(edit?.allowed_mentions).toEqual({ parse: [] });
    expect(edit?.flags).toBeUndefined();
    const patch = fake.requests.find((request) => request.method === "PATCH");
    expect(decodeURIComponent(patch?.path ?? "")).toBe(
      `/api/v10/webhooks/900000000000000001/${token}/messages/@original`,
    );
  });

  it("defers a click without a loading state (type 6) and edits the clicked message", async () => {
    const token = newToken();
    const deferred = await rawAnswer(
      componentPayload(carla, { customId: `endorse confirm ${data.shelbyvillePlan}` }, { flags: 64 }, token),
    );
    expect(deferred).toEqual({ type: 6 });
    expect(visibleText(fake.originalEdits(token)[0])).toContain("Civic Lab a approuvé");
    expect(await handle.db.$count(endorsements)).toBe(1);
  });

  it("sends a refusal after a deferred click as a new ephemeral follow-up, leaving the clicked message alone", async () => {
    const token = newToken();
    await rawAnswer(
      componentPayload(eve, { customId: `endorse confirm ${data.shelbyvillePlan}` }, { flags: 0 }, token),
    );
    expect(fake.originalEdits(token)).toEqual([]);
    const [followUp] = fake.followUps(token);
    expect(followUp?.flags).toBe(64);
    expect(visibleText(followUp)).toContain("Government roles cannot endorse");
  });

  it("offers a button to open a form that was ready too late for a modal, which opens at once", async () => {
    const token = newToken();
    await rawAnswer(commandPayload(ana, "update", { commitment: "sprfd0001" }, token));
    const [ready] = fake.originalEdits(token);
    expect(visibleText(ready)).toContain("Your form is ready.");
    const [openId] = messageButtonIds(ready);
    expect(openId).toMatch(/^ogp\.step:[0-9a-f]+:0$/);
    const opened = await answer(componentPayload(ana, { customId: openId! }));
    expect(opened.type).toBe(9);
    expect(opened.data?.title).toContain("(1/2)");
  });

  it("waits out a 429 for its retry_after, then delivers", async () => {
    fake.rateLimitNext("PATCH", /@original$/, 0.05);
    const token = newToken();
    await rawAnswer(commandPayload(ana, "due", {}, token));
    const patches = fake.requests.filter((request) => request.method === "PATCH");
    expect(patches).toHaveLength(2);
    expect(visibleText(fake.originalEdits(token).at(-1))).toContain("Due for you");
  });
});

describe("a follow-up Discord refuses", () => {
  it("is not retried: an expired interaction token stays expired", async () => {
    mount(0, 3);
    fake.refuseNext("PATCH", /@original$/, 404, 10015, "Unknown Webhook");
    await rawAnswer(commandPayload(ana, "due"));
    expect(fake.requests.filter((request) => request.method === "PATCH")).toHaveLength(1);
  });
});

describe("configuration", () => {
  it("is on with a public key, answering through DISCORD_API_URL", () => {
    expect(discordSettingsFromEnv(loadEnv({}))).toBeNull();
    expect(discordSettingsFromEnv(loadEnv({ DISCORD_PUBLIC_KEY: keys.publicKeyHex }))).toEqual({
      publicKey: keys.publicKeyHex,
      apiUrl: "https://discord.com/api/v10",
    });
    expect(() => loadEnv({ DISCORD_PUBLIC_KEY: "not-a-key" })).toThrow(/DISCORD_PUBLIC_KEY/);
  });

  it("refuses to build the endpoint with a malformed key, rather than failing every request", () => {
    expect(() =>
      createDiscordEndpoints(
        { publicKey: "abcd", apiUrl: fake.apiUrl },
        { commands: { db: handle.db, logger }, ...chatStores(handle.db) },
      ),
    ).toThrow(/64 hexadecimal/);
  });
});

describe("without Discord configured", () => {
  it("answers /discord/* with 503 and a clear message", async () => {
    const bare = createApp({ db: handle.db, logger });
    const response = await bare.request("/discord/interactions", { method: "POST", body: "{}" });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { message: string }).message).toContain("DISCORD_PUBLIC_KEY");
  });
});
