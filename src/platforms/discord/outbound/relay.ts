import type { Language } from "../../../domain/vocabularies.js";
import { truncate } from "../../../messages/limits.js";
import type { SendResult } from "../../../outbox/sender.js";
import { type RelayDelivery, relayAuthorLabel } from "../../../relay/index.js";
import { escapeDiscordText, escapedWithin, linkTarget } from "../escape.js";
import { DISCORD_LIMITS } from "../limits.js";
import type { DiscordApi, DiscordCall } from "./api.js";
import { pauseAfter } from "./api.js";

/** The name of the webhook the bot creates in each channel linked to a circle, and finds there again. */
export const RELAY_WEBHOOK_NAME = "OGP Local circles";

const THREAD_NAME_MAX = 100;
/** The attachment links keep at most this much of a copy's 2000 characters; the text gets the rest. */
const ATTACHMENT_LINKS_MAX = 1000;

/** Discord error codes the relay answers rather than reports. */
const UNKNOWN_WEBHOOK = 10015;
const UNKNOWN_MESSAGE = 10008;
const THREAD_ALREADY_CREATED = 160004;

/**
 * Discord refuses a webhook name containing "discord" or "clyde" (any case), and "```". Each
 * forbidden word gets one Cyrillic look-alike letter (с U+0441, е U+0435), so "via Discord" and a
 * person named "Clyde" still read as written and the name keeps its length.
 */
function allowedWebhookName(name: string): string {
  return name
    .replace(/discord/gi, (word) => word.replace(/c/, "\u0441").replace(/C/, "\u0421"))
    .replace(/clyde/gi, (word) => word.replace(/e/, "\u0435").replace(/E/, "\u0415"))
    .replace(/```/g, "'''")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The copy's display name, in the channel's language: the author, the member they speak for, and
 * the platform they wrote on ("Ana Pérez (Springfield) via Slack"), within Discord's 80 characters.
 */
export const relayUsername = (author: RelayDelivery["author"], language: Language): string =>
  allowedWebhookName(relayAuthorLabel(author, language));

/** An attachment as a masked link: its name escaped (brackets too, which would end the label). */
const attachmentLink = (attachment: { name: string; url: string }): string =>
  `📎 [${escapeDiscordText(attachment.name).replace(/[[\]]/g, "\\$&")}](${linkTarget(attachment.url)})`;

/**
 * The copy's content: the (already neutral) text with Discord markdown made inert, then one link per
 * attachment, within Discord's 2000 characters (the text is cut first, the links as a last resort).
 */
export function relayContent(relay: Pick<RelayDelivery, "text" | "attachments">): string {
  const links: string[] = [];
  let linksLength = 0;
  for (const attachment of relay.attachments) {
    const link = attachmentLink(attachment);
    if (linksLength + link.length + 1 > ATTACHMENT_LINKS_MAX) break;
    links.push(link);
    linksLength += link.length + 1;
  }
  const room = DISCORD_LIMITS.content - linksLength;
  const text = relay.text.trim() ? escapedWithin(relay.text, room) : "";
  return [text, ...links].filter((part) => part !== "").join("\n");
}

/** `channelId/messageId` as the outbox stores a sent copy. */
function messageRef(platformMessageId: string | null): { channel: string; message: string } | null {
  const [channel, message] = platformMessageId?.split("/") ?? [];
  return channel && message ? { channel, message } : null;
}

interface ChannelWebhook {
  id: string;
  token: string;
}

type Found<T> = { ok: true; value: T } | { ok: false; result: SendResult };

/**
 * Relayed copies through one webhook per channel, created by the bot (Manage Webhooks) and found
 * again by name and creator after a restart, so each copy shows its author's name and avatar. A copy
 * replying in a thread goes into a thread on the root's copy (started by the bot when there is none
 * yet; its id is the root copy's). A copy's `platformMessageId` is `channelId/messageId` with the
 * thread as the channel for a reply, which is what an edit or a deletion then names. Pings are off
 * (`allowed_mentions`), and the content's markdown inert.
 */
export function createRelaySender(call: DiscordApi) {
  /** Per channel, the webhook (or its lookup under way, so concurrent copies create only one). */
  const webhooks = new Map<string, Promise<Found<ChannelWebhook>>>();
  /** Threads known to exist: starting one again would cost a request and a 400. */
  const threads = new Set<string>();
  let botUserId: Promise<Found<string>> | undefined;

  async function lookUpBotUser(): Promise<Found<string>> {
    const me = await call("GET", "/users/@me");
    if (!me.ok) return me;
    return typeof me.body.id === "string"
      ? { ok: true, value: me.body.id }
      : { ok: false, result: { kind: "transient", error: "/users/@me: no id in the reply" } };
  }

  /** The first failure is not kept: the next copy asks again. */
  function remembered<T>(lookup: Promise<Found<T>>, forget: () => void): Promise<Found<T>> {
    void lookup.then((found) => {
      if (!found.ok) forget();
    });
    return lookup;
  }

  function botUser(): Promise<Found<string>> {
    botUserId ??= remembered(lookUpBotUser(), () => {
      botUserId = undefined;
    });
    return botUserId;
  }

  async function findOrCreateWebhook(channel: string): Promise<Found<ChannelWebhook>> {
    const me = await botUser();
    if (!me.ok) return me;
    const listed = await call("GET", `/channels/${channel}/webhooks`);
    if (!listed.ok) return listed;
    const list = Array.isArray(listed.body) ? (listed.body as Record<string, unknown>[]) : [];
    const ours = list.find(
      (webhook) =>
        webhook.type === 1 &&
        webhook.name === RELAY_WEBHOOK_NAME &&
        typeof webhook.token === "string" &&
        (webhook.user as { id?: unknown } | undefined)?.id === me.value,
    );
    let webhook = ours;
    if (!webhook) {
      const created = await call("POST", `/channels/${channel}/webhooks`, { name: RELAY_WEBHOOK_NAME });
      if (!created.ok) return created;
      webhook = created.body;
    }
    return typeof webhook.id === "string" && typeof webhook.token === "string"
      ? { ok: true, value: { id: webhook.id, token: webhook.token } }
      : { ok: false, result: { kind: "transient", error: `/channels/${channel}/webhooks: no id or token` } };
  }

  function webhookFor(channel: string): Promise<Found<ChannelWebhook>> {
    let found = webhooks.get(channel);
    if (!found) {
      found = remembered(findOrCreateWebhook(channel), () => webhooks.delete(channel));
      webhooks.set(channel, found);
    }
    return found;
  }

  /** Runs a webhook call; when someone deleted the webhook (10015), once more with a new one. */
  async function throughWebhook(
    channel: string,
    run: (webhook: ChannelWebhook) => Promise<DiscordCall>,
  ): Promise<DiscordCall> {
    for (let attempt = 0; ; attempt++) {
      const webhook = await webhookFor(channel);
      if (!webhook.ok) return { ...webhook, code: null };
      const answer = await run(webhook.value);
      if (answer.ok || answer.code !== UNKNOWN_WEBHOOK || attempt > 0) return answer;
      webhooks.delete(channel);
    }
  }

  /** A thread's name: the root copy's first line, read back as typed (escapes dropped), else its author. */
  async function threadNameFor(channel: string, message: string): Promise<Found<string> | "gone"> {
    const root = await call("GET", `/channels/${channel}/messages/${message}`);
    if (!root.ok) return root.code === UNKNOWN_MESSAGE ? "gone" : root;
    const firstLine = String(root.body.content ?? "")
      .split("\n")[0]!
      .replace(/\\(.)/g, "$1")
      .trim();
    const author = (root.body.author as { username?: unknown } | undefined)?.username;
    const name = firstLine || (typeof author === "string" && author) || "…";
    return { ok: true, value: truncate(name, THREAD_NAME_MAX) };
  }

  /** The thread under the root's copy, started when there is none; "gone" when the root copy was deleted. */
  async function threadOn(channel: string, message: string): Promise<Found<string> | "gone"> {
    if (threads.has(message)) return { ok: true, value: message };
    const name = await threadNameFor(channel, message);
    if (name === "gone" || !name.ok) return name;
    const started = await call("POST", `/channels/${channel}/messages/${message}/threads`, {
      name: name.value,
    });
    if (!started.ok && started.code === UNKNOWN_MESSAGE) return "gone";
    if (!started.ok && started.code !== THREAD_ALREADY_CREATED) return started;
    threads.add(message);
    // A thread started from a message has that message's id.
    return { ok: true, value: message };
  }

  async function post(target: string, relay: RelayDelivery, language: Language): Promise<SendResult> {
    const content = relayContent(relay);
    if (!content) return { kind: "permanent", reason: "relay: nothing to show (no text, no attachment)" };
    let thread: string | null = null;
    const root = messageRef(relay.threadRootCopyMessageId);
    if (root && root.channel === target) {
      const found = await threadOn(root.channel, root.message);
      // The root's copy was deleted here: the reply still arrives, in the channel itself.
      if (found !== "gone") {
        if (!found.ok) return found.result;
        thread = found.value;
      }
    }
    const query = `?wait=true${thread ? `&thread_id=${thread}` : ""}`;
    const executed = await throughWebhook(target, (webhook) =>
      call(
        "POST",
        `/webhooks/${webhook.id}/${webhook.token}${query}`,
        {
          content,
          username: relayUsername(relay.author, language),
          ...(relay.author.avatarUrl ? { avatar_url: relay.author.avatarUrl } : {}),
          allowed_mentions: { parse: [] },
        },
        false,
      ),
    );
    if (!executed.ok) return executed.result;
    return {
      kind: "sent",
      platformMessageId: `${thread ?? target}/${String(executed.body.id ?? "")}`,
      ...pauseAfter(executed.headers),
    };
  }

  /** An edit or a deletion of the copy in `target` (or in a thread of it). */
  async function change(target: string, relay: RelayDelivery): Promise<SendResult> {
    const copy = messageRef(relay.copyMessageId);
    if (!copy) return { kind: "permanent", reason: `relay: no copy in ${target} to ${relay.op}` };
    const query = copy.channel === target ? "" : `?thread_id=${copy.channel}`;
    const changed = await throughWebhook(target, (webhook) => {
      const route = `/webhooks/${webhook.id}/${webhook.token}/messages/${copy.message}${query}`;
      return relay.op === "edit"
        ? call("PATCH", route, { content: relayContent(relay), allowed_mentions: { parse: [] } }, false)
        : call("DELETE", route, undefined, false);
    });
    if (!changed.ok) return changed.result;
    return {
      kind: "sent",
      platformMessageId: `${copy.channel}/${copy.message}`,
      ...pauseAfter(changed.headers),
    };
  }

  return {
    /** Posts, edits or deletes one copy in the channel `target`, its author named in `language`. */
    send(target: string, relay: RelayDelivery, language: Language): Promise<SendResult> {
      return relay.op === "post" ? post(target, relay, language) : change(target, relay);
    },
  };
}
