import type { Platform } from "../domain/vocabularies.js";
import { truncate } from "../messages/limits.js";

/**
 * A relayed message's text in neutral terms: the source platform's markup (mentions, channel links,
 * labelled links, entities) read into plain words that no platform turns into a ping. Each target
 * sender still escapes the result for its own platform; this only makes sure the words themselves
 * (`@everyone`, `@here`, `@channel`) cannot ping where the sender's escaping would not catch them.
 */

/** Discord's content limit (2000) less room for the attachment links a sender appends. */
export const RELAY_TEXT_LIMIT = 1800;
export const RELAY_ATTACHMENT_LIMIT = 10;

/** Breaks `@word` so that neither Slack nor Discord reads it as a mention, while it still reads as one. */
const ZERO_WIDTH_SPACE = "\u200B";
export const inertMention = (name: string): string => `@${ZERO_WIDTH_SPACE}${name}`;

/** Platform user ids mentioned in a text, so their names can be looked up before neutralising. */
export function mentionedUserIds(platform: Platform, text: string): string[] {
  const pattern = platform === "slack" ? /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g : /<@!?(\d+)>/g;
  return [...new Set([...text.matchAll(pattern)].map((match) => match[1] ?? ""))].filter(Boolean);
}

export interface NeutraliseOptions {
  /** The names of mentioned users (by platform user id) the relay could resolve. */
  names: ReadonlyMap<string, string>;
  /** Someone, in the target's words: what an unresolved user mention becomes. */
  someone: string;
}

/** The bare words that ping a whole channel on one platform or the other, wherever they stand. */
const BROADCAST_WORDS = /@(everyone|here|channel)\b/gi;

function neutraliseSlack(text: string, options: NeutraliseOptions): string {
  const read = text.replace(/<([^<>]*)>/g, (_, inner: string) => {
    const [target = "", label] = inner.split("|", 2) as [string, string | undefined];
    if (target.startsWith("@")) {
      const name = options.names.get(target.slice(1)) ?? label;
      return inertMention(name || options.someone);
    }
    if (target.startsWith("#")) return `#${label || "channel"}`;
    if (target.startsWith("!")) {
      // `<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^S…|@team>`, `<!date^…|fallback>`.
      const special = target.slice(1);
      if (special.startsWith("subteam^")) return inertMention((label ?? "team").replace(/^@/, ""));
      if (special.startsWith("date^")) return label ?? "";
      return inertMention(special.split("^")[0] ?? special);
    }
    const url = target.startsWith("mailto:") ? target.slice("mailto:".length) : target;
    return label && label !== url ? `${label} (${url})` : url;
  });
  // Slack escapes these three in message text; the neutral text is what the person typed.
  return read.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}

function neutraliseDiscord(text: string, options: NeutraliseOptions): string {
  return text
    .replace(/<@!?(\d+)>/g, (_, id: string) => inertMention(options.names.get(id) ?? options.someone))
    .replace(/<@&\d+>/g, () => inertMention("role"))
    .replace(/<#\d+>/g, "#channel")
    .replace(/<a?:(\w+):\d+>/g, ":$1:")
    .replace(/<t:(-?\d+)(?::[tTdDfFR])?>/g, (_, seconds: string) =>
      new Date(Number(seconds) * 1000).toISOString().replace(/\.000Z$/, "Z"),
    )
    .replace(/<\/([\w -]+):\d+>/g, "/$1");
}

/** The source text in neutral terms, cut to what every target can hold. */
export function neutraliseText(platform: Platform, text: string, options: NeutraliseOptions): string {
  const read = platform === "slack" ? neutraliseSlack(text, options) : neutraliseDiscord(text, options);
  const inert = read.replace(BROADCAST_WORDS, (_, word: string) => inertMention(word));
  return truncate(inert, RELAY_TEXT_LIMIT);
}
