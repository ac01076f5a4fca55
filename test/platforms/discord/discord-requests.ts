import type { webcrypto } from "node:crypto";
import { randomUUID } from "node:crypto";
import type { Database } from "../../../src/db/client.js";
import { chatIdentities } from "../../../src/db/schema/index.js";
import { isCommandName, slashCommandFor } from "../../../src/messages/invocation.js";
import { NOW, type Seeded } from "../../commands/fixtures.js";
import type { FakeDiscord } from "../../support/fake-discord.js";

/** The application the interactions are addressed to, and the guild and channel they come from. */
import type { RequestTarget } from "../slack/slack-requests.js";

export const APPLICATION_ID = "900000000000000001";
export const GUILD = "800000000000000001";
export const CHANNEL = "700000000000000001";

/** Discord user ids of the seeded people (Discord ids are global: no workspace); `unlinked` has no person. */
export const DISCORD_USERS = {
  poc: "100000000000000001",
  official: "100000000000000002",
  allowedOfficial: "100000000000000003",
  civilSociety: "100000000000000004",
  supportUnit: "100000000000000005",
  shelbyvillePoc: "100000000000000006",
  unlinked: "100000000000000099",
} as const;

/** Links the seeded people's Discord accounts (the fixture links their Slack accounts only). */
export async function linkDiscordAccounts(db: Database, data: Seeded, who = Object.keys(DISCORD_USERS)) {
  const rows = Object.entries(data.persons).flatMap(([key, personId]) =>
    personId && who.includes(key)
      ? [
          {
            personId,
            platform: "discord",
            workspaceId: "",
            userId: DISCORD_USERS[key as keyof typeof DISCORD_USERS],
          },
        ]
      : [],
  );
  if (rows.length > 0) await db.insert(chatIdentities).values(rows);
}

export interface DiscordKeys {
  privateKey: webcrypto.CryptoKey;
  /** What the server is configured with: the raw public key, hex. */
  publicKeyHex: string;
}

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, "0")).join("");

/** A fresh Ed25519 key pair, as Discord holds for an application; the server sees only the public half. */
export async function generateDiscordKeys(): Promise<DiscordKeys> {
  const pair = (await crypto.subtle.generateKey("Ed25519", true, [
    "sign",
    "verify",
  ])) as webcrypto.CryptoKeyPair;
  return {
    privateKey: pair.privateKey,
    publicKeyHex: hex(await crypto.subtle.exportKey("raw", pair.publicKey)),
  };
}

export async function signDiscordRequest(privateKey: webcrypto.CryptoKey, timestamp: string, body: string) {
  return hex(await crypto.subtle.sign("Ed25519", privateKey, new TextEncoder().encode(timestamp + body)));
}

/** The headers Discord sends with an interaction: its JSON type and the signature over timestamp + body. */
export async function signedDiscordHeaders(privateKey: webcrypto.CryptoKey, timestamp: string, body: string) {
  return {
    "content-type": "application/json",
    "x-signature-ed25519": await signDiscordRequest(privateKey, timestamp, body),
    "x-signature-timestamp": timestamp,
  };
}

export interface SendOptions {
  /** Signs with another key (a forger's). */
  privateKey?: webcrypto.CryptoKey;
  /** Seconds since the epoch; by default the test's `NOW`. */
  timestamp?: number;
  /** Changes the body after signing, as a tampering proxy would. */
  tamper?: (body: string) => string;
  withoutHeaders?: boolean;
}

/** Posts an interaction to `/discord/interactions` the way Discord does: signed over timestamp + raw body. */
export async function sendInteraction(
  app: RequestTarget,
  keys: DiscordKeys,
  payload: Record<string, unknown>,
  options: SendOptions = {},
): Promise<Response> {
  const body = JSON.stringify(payload);
  const timestamp = String(options.timestamp ?? Math.floor(NOW.getTime() / 1000));
  return app.request("/discord/interactions", {
    method: "POST",
    headers: options.withoutHeaders
      ? { "content-type": "application/json" }
      : await signedDiscordHeaders(options.privateKey ?? keys.privateKey, timestamp, body),
    body: options.tamper ? options.tamper(body) : body,
  });
}

let sequence = 0;
const snowflake = () => String(1_200_000_000_000_000_000n + BigInt(++sequence));

export interface Actor {
  userId: string;
  /** Discord's client locale, e.g. `en-US`, `fr`, `es-419`, `de`. */
  locale?: string;
  /** In the bot's DMs there is no guild and the user is not a member. */
  dm?: boolean;
}

/** The envelope every interaction shares; `token` identifies its webhook for follow-ups. */
function envelope(actor: Actor, type: number, data: Record<string, unknown>, token: string) {
  const user = {
    id: actor.userId,
    username: `user${actor.userId.slice(-2)}`,
    discriminator: "0",
    global_name: null,
    avatar: null,
  };
  return {
    id: snowflake(),
    application_id: APPLICATION_ID,
    type,
    data,
    token,
    version: 1,
    locale: actor.locale ?? "en-US",
    app_permissions: "0",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD },
    attachment_size_limit: 10_485_760,
    ...(actor.dm
      ? { user, channel: { id: CHANNEL, type: 1 }, channel_id: CHANNEL, context: 1 }
      : {
          guild_id: GUILD,
          guild: { id: GUILD, locale: "en-US", features: [] },
          guild_locale: "en-US",
          member: {
            user,
            roles: [],
            joined_at: "2026-01-01T00:00:00.000Z",
            deaf: false,
            mute: false,
            flags: 0,
            permissions: "0",
          },
          channel: { id: CHANNEL, type: 0, name: "open-gov" },
          channel_id: CHANNEL,
          context: 0,
        }),
  };
}

export const newToken = () => `itoken-${randomUUID()}`;

/** The slash command Discord shows `subcommand` under: `/ogp`, or `/ogp-support-unit` for its decisions. */
const slashNameOf = (subcommand: string) =>
  isCommandName(subcommand) ? slashCommandFor("discord", subcommand) : "ogp";

/** `/ogp <subcommand> option:value …` as Discord sends a chat-input command. */
export function commandPayload(
  actor: Actor,
  subcommand: string,
  options: Record<string, string> = {},
  token = newToken(),
) {
  return envelope(
    actor,
    2,
    {
      id: "600000000000000001",
      name: slashNameOf(subcommand),
      type: 1,
      options: [
        {
          type: 1,
          name: subcommand,
          options: Object.entries(options).map(([name, value]) => ({ type: 3, name, value })),
        },
      ],
    },
    token,
  );
}

/** Autocomplete while typing `focused` in `/ogp <subcommand>`. */
export function autocompletePayload(actor: Actor, subcommand: string, focused: string, typed: string) {
  return envelope(
    actor,
    4,
    {
      id: "600000000000000001",
      name: slashNameOf(subcommand),
      type: 1,
      options: [
        { type: 1, name: subcommand, options: [{ type: 3, name: focused, value: typed, focused: true }] },
      ],
    },
    newToken(),
  );
}

/** A click on a button (or a choice in a select) of a message the app sent. */
export function componentPayload(
  actor: Actor,
  component: { customId: string; select?: string },
  message: { flags?: number } = { flags: 64 },
  token = newToken(),
) {
  return {
    ...envelope(
      actor,
      3,
      component.select === undefined
        ? { custom_id: component.customId, component_type: 2 }
        : { custom_id: component.customId, component_type: 3, values: [component.select] },
      token,
    ),
    message: {
      id: snowflake(),
      channel_id: CHANNEL,
      content: "",
      embeds: [],
      components: [],
      flags: message.flags ?? 0,
    },
  };
}

interface RenderedModal {
  custom_id: string;
  components: { type: number; component: { type: number; custom_id: string } }[];
}

/**
 * The submission of a modal the app opened: each label's input with what the person typed (a select
 * answers a list). `fromMessage` is the message whose button opened it, if any.
 */
export function modalSubmitPayload(
  actor: Actor,
  modal: RenderedModal,
  values: Record<string, string | string[]>,
  fromMessage?: { flags?: number },
  token = newToken(),
) {
  const components = modal.components.map((top, index) => {
    const input = top.component;
    // A text display comes back as itself, with no value.
    if (!input) return { type: top.type, id: index + 1 };
    const typed = values[input.custom_id];
    return {
      type: 18,
      id: index + 1,
      component:
        input.type === 3
          ? {
              type: 3,
              id: index + 100,
              custom_id: input.custom_id,
              values: typed === undefined ? [] : [typed].flat(),
            }
          : {
              type: 4,
              id: index + 100,
              custom_id: input.custom_id,
              value: typeof typed === "string" ? typed : "",
            },
    };
  });
  return {
    ...envelope(actor, 5, { custom_id: modal.custom_id, components }, token),
    ...(fromMessage
      ? {
          message: {
            id: snowflake(),
            channel_id: CHANNEL,
            content: "",
            embeds: [],
            components: [],
            flags: fromMessage.flags ?? 0,
          },
        }
      : {}),
  };
}

/** Everything a person sees in a message: content, embed titles, descriptions, fields, footers and controls. */
export function visibleText(message: unknown): string {
  const data = (message ?? {}) as {
    content?: string;
    embeds?: {
      title?: string;
      description?: string;
      fields?: { name: string; value: string }[];
      footer?: { text: string };
    }[];
    components?: { components?: { label?: string; options?: { label: string }[] }[] }[];
  };
  return [
    data.content ?? "",
    ...(data.embeds ?? []).flatMap((embed) => [
      embed.title ?? "",
      embed.description ?? "",
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
      embed.footer?.text ?? "",
    ]),
    ...(data.components ?? []).flatMap((row) =>
      (row.components ?? []).flatMap((component) => [
        component.label ?? "",
        ...(component.options ?? []).map((option) => option.label),
      ]),
    ),
  ]
    .filter((part) => part !== "")
    .join("\n");
}

/** An interaction response as Discord receives it: the type and, for messages and modals, the data. */
export interface InteractionAnswer {
  type: number;
  data?: Record<string, unknown> & { flags?: number };
}

/**
 * What the person sees after answering `payload` with `answer`: the answer itself, or, when the work
 * followed a deferral (type 5 "thinking…", type 6 silent), the message that filled the placeholder
 * or edited the clicked message, as the response it stands for (type 4 or 7). Null when nothing
 * followed the deferral.
 */
export function shownAfterDeferral(
  fake: FakeDiscord,
  payload: Record<string, unknown>,
  answer: InteractionAnswer,
): InteractionAnswer | null {
  if (answer.type !== 5 && answer.type !== 6) return answer;
  const token = String(payload.token);
  const [edit] = fake.originalEdits(token);
  // A type 5 placeholder is created ephemeral and keeps that visibility when filled.
  if (answer.type === 5) return edit ? { type: 4, data: { ...edit, flags: answer.data?.flags ?? 0 } } : null;
  if (edit) return { type: 7, data: edit };
  const [followUp] = fake.followUps(token);
  return followUp ? { type: 4, data: followUp } : null;
}
