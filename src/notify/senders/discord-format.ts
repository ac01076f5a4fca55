import type { OutboxMessage } from "../message.js";
import { truncate } from "./http.js";

/** Discord message limits (chat-platforms.md). */
const LIMIT = {
  content: 2000,
  title: 256,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rows: 5,
};

const BUTTON_STYLE = { primary: 1, secondary: 2, danger: 4, link: 5 } as const;

export interface DiscordMessageBody {
  content: string;
  embeds?: Record<string, unknown>[];
  components?: Record<string, unknown>[];
  /** Empty: nothing in the message pings anyone, whatever a user wrote into it. */
  allowed_mentions: { parse: [] };
}

/** One embed for the title, fields and footer, kept within Discord's 6000-character total. */
function embedOf(message: OutboxMessage): Record<string, unknown> | undefined {
  if (!message.title && !message.fields?.length && !message.footer) return undefined;
  const title = message.title ? truncate(message.title, LIMIT.title) : undefined;
  const footer = message.footer ? truncate(message.footer, LIMIT.footer) : undefined;
  let budget = LIMIT.embedTotal - (title?.length ?? 0) - (footer?.length ?? 0);
  const fields: { name: string; value: string; inline: boolean }[] = [];
  for (const field of (message.fields ?? []).slice(0, LIMIT.fields)) {
    const name = truncate(field.label, LIMIT.fieldName);
    const value = truncate(field.value, LIMIT.fieldValue);
    budget -= name.length + value.length;
    if (budget < 0) break;
    fields.push({ name, value, inline: true });
  }
  return {
    ...(title ? { title } : {}),
    ...(fields.length ? { fields } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
  };
}

function componentsOf(message: OutboxMessage): Record<string, unknown>[] | undefined {
  const buttons = (message.buttons ?? []).slice(0, LIMIT.buttonsPerRow * LIMIT.rows).map((button) => {
    const label = truncate(button.label, LIMIT.buttonLabel);
    return "url" in button
      ? { type: 2, style: BUTTON_STYLE.link, label, url: button.url }
      : { type: 2, style: BUTTON_STYLE[button.style ?? "secondary"], label, custom_id: button.action };
  });
  if (buttons.length === 0) return undefined;
  const rows: Record<string, unknown>[] = [];
  for (let start = 0; start < buttons.length; start += LIMIT.buttonsPerRow) {
    rows.push({ type: 1, components: buttons.slice(start, start + LIMIT.buttonsPerRow) });
  }
  return rows;
}

export function renderDiscordMessage(message: OutboxMessage): DiscordMessageBody {
  const embed = embedOf(message);
  const components = componentsOf(message);
  return {
    content: truncate(message.text, LIMIT.content),
    ...(embed ? { embeds: [embed] } : {}),
    ...(components ? { components } : {}),
    allowed_mentions: { parse: [] },
  };
}
