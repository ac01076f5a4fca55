import type { OutboxMessage } from "../message.js";
import { truncate } from "./http.js";

/**
 * Slack's three control characters. With them escaped no text can form `<!channel>`, `<!here>`,
 * `<!everyone>`, `<!subteam^…>` or `<@U…>`: a user's words never ping anyone.
 */
export function escapeSlackText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Escapes, then fits `max` characters counted after escaping (Slack's limits apply to the escaped text). */
function escapedWithin(text: string, max: number): string {
  let cut = truncate(text, max);
  let escaped = escapeSlackText(cut);
  while (escaped.length > max) {
    cut = truncate(cut, cut.length - (escaped.length - max));
    escaped = escapeSlackText(cut);
  }
  return escaped;
}

/** Block Kit limits (chat-platforms.md): section text 3000, 10 fields of 2000, header 150, button 75. */
const LIMIT = { section: 3000, field: 2000, header: 150, button: 75, buttonValue: 2000, actions: 25 };

/** `verbatim` stops Slack from turning bare words like `@here` or `#general` into mentions and links. */
const mrkdwn = (text: string) => ({ type: "mrkdwn", text, verbatim: true });

export interface SlackMessageBody {
  /** The notification text and the fallback where blocks do not show. */
  text: string;
  blocks: Record<string, unknown>[];
}

export function renderSlackMessage(message: OutboxMessage): SlackMessageBody {
  const blocks: Record<string, unknown>[] = [];
  if (message.title) {
    // plain_text is never parsed for mentions, so the title needs no escaping.
    blocks.push({
      type: "header",
      text: { type: "plain_text", text: truncate(message.title, LIMIT.header) },
    });
  }
  blocks.push({ type: "section", text: mrkdwn(escapedWithin(message.text, LIMIT.section)) });
  if (message.fields?.length) {
    blocks.push({
      type: "section",
      fields: message.fields
        .slice(0, 10)
        .map((field) =>
          mrkdwn(`*${escapedWithin(field.label, 200)}*\n${escapedWithin(field.value, LIMIT.field - 210)}`),
        ),
    });
  }
  if (message.buttons?.length) {
    blocks.push({
      type: "actions",
      elements: message.buttons.slice(0, LIMIT.actions).map((button, index) => ({
        type: "button",
        // The Slack adapter's block-action listener answers `ogp.button.N` and runs the value as an invocation.
        action_id: `ogp.button.${index}`,
        text: { type: "plain_text", text: truncate(button.label, LIMIT.button) },
        ...("url" in button
          ? { url: button.url }
          : { value: button.action, ...(button.style ? { style: button.style } : {}) }),
      })),
    });
  }
  if (message.footer)
    blocks.push({ type: "context", elements: [mrkdwn(escapedWithin(message.footer, 2000))] });
  return { text: escapedWithin(message.text, LIMIT.section), blocks };
}
