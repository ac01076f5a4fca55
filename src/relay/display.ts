import type { Language, Platform } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import { truncate } from "../messages/limits.js";
import type { Post } from "../messages/model.js";
import type { RelayPost } from "./model.js";

/** Platform names are brands: the same in every language. */
export const PLATFORM_NAMES: Record<Platform, string> = { slack: "Slack", discord: "Discord" };

/** Slack's `username` and Discord's webhook name both stop at 80 characters. */
export const AUTHOR_LABEL_LIMIT = 80;

/**
 * Who wrote a relayed copy, as the target shows it in place of the bot's name: the author, the member
 * they speak for, and where they wrote (`Ana Pérez (Springfield) via Slack`), in the target's language.
 */
export function relayAuthorLabel(author: RelayPost["author"], language: Language): string {
  const platform = PLATFORM_NAMES[author.platform];
  const label = author.memberName
    ? t(language, "relay.author_member", { name: author.name, member: author.memberName, platform })
    : t(language, "relay.author", { name: author.name, platform });
  return truncate(label, AUTHOR_LABEL_LIMIT);
}

/**
 * The copy as an ordinary outbox post, for a sender that cannot post as the author: the author's
 * label as small print, the text, the attachments as links.
 */
export function relayCopyPost(relay: RelayPost, language: Language): Post {
  const author = relayAuthorLabel(relay.author, language);
  if (relay.op === "delete") {
    const deleted = t(language, "relay.deleted");
    return { language, summary: deleted, blocks: [{ kind: "context", text: deleted }] };
  }
  const links = relay.attachments.map((attachment) => ({ label: attachment.name, url: attachment.url }));
  return {
    language,
    summary: truncate(relay.text ? `${author}: ${relay.text}` : author, 150),
    blocks: [
      { kind: "context", text: author },
      ...(relay.text ? [{ kind: "text" as const, text: relay.text }] : []),
      ...(links.length > 0 ? [{ kind: "links" as const, links }] : []),
    ],
  };
}
