import { ActionRowBuilder, ButtonBuilder, EmbedBuilder, StringSelectMenuBuilder } from "@discordjs/builders";
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonStyle,
  MessageFlags,
} from "discord-api-types/v10";
import type { Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { encodeInvocation } from "../../messages/invocation.js";
import {
  type ActionButton,
  isActionButton,
  type Message,
  type Post,
  type ReplyBlock,
  type ReplyMessage,
  type ReplySelect,
  type Tone,
} from "../../messages/model.js";
import { cut, escapedWithin, linkTarget } from "./escape.js";
import { DISCORD_LIMITS } from "./limits.js";

export { DISCORD_LIMITS } from "./limits.js";

/**
 * The message model as a Discord message: the one renderer for interaction replies, follow-ups and
 * the posts the outbox delivers. Text we did not write is escaped and nothing pings
 * (`allowed_mentions` is empty); long content continues in further embeds, then is cut with a note.
 */

/** Custom ids of our selects: `ogp.select.N`; the chosen option's value is the invocation. */
export const SELECT_PREFIX = "ogp.select.";

/** What a message sends: pings nobody whatever it contains, since its text may come from users. */
export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: { parse: [] };
  /** 64 (ephemeral) for a message only the caller sees. */
  flags?: number;
}

const TONE_PREFIX: Record<Tone, string> = { info: "", success: "✅ ", warning: "⚠️ ", error: "❌ " };
const TONE_COLOR: Record<Tone, number | undefined> = {
  info: undefined,
  success: 0x2e7d32,
  warning: 0xf9a825,
  error: 0xc62828,
};

interface EmbedDraft {
  title?: string;
  lines: string[];
  fields: { name: string; value: string; inline: boolean }[];
  color?: number;
  /** Set on the last embed when some content did not fit. */
  footer?: string;
}

const descriptionLength = (lines: string[]): number =>
  lines.reduce((sum, line) => sum + line.length, 0) + Math.max(0, lines.length - 1);

/** The embeds of a message, in block order: a heading opens an embed, overflow continues in the next. */
function embedDrafts(blocks: readonly ReplyBlock[]): EmbedDraft[] {
  const drafts: EmbedDraft[] = [];
  let current: EmbedDraft | null = null;
  const open = (title?: string): EmbedDraft => {
    current = { lines: [], fields: [], ...(title !== undefined ? { title } : {}) };
    drafts.push(current);
    return current;
  };
  // Text after fields would be shown above them: it starts a new embed to keep the order.
  const forText = (): EmbedDraft => (current && current.fields.length === 0 ? current : open());
  const addLine = (line: string, tone?: Tone) => {
    let embed = forText();
    const text = cut(line, DISCORD_LIMITS.description);
    if (descriptionLength([...embed.lines, text]) > DISCORD_LIMITS.description) embed = open();
    embed.lines.push(text);
    if (tone && embed.color === undefined) {
      const color = TONE_COLOR[tone];
      if (color !== undefined) embed.color = color;
    }
  };
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        open(escapedWithin(block.text, DISCORD_LIMITS.title));
        break;
      case "text":
        addLine(
          TONE_PREFIX[block.tone ?? "info"] + escapedWithin(block.text, DISCORD_LIMITS.description),
          block.tone,
        );
        break;
      case "list":
        for (const item of block.items) addLine(`• ${escapedWithin(item, DISCORD_LIMITS.description)}`);
        break;
      case "links":
        for (const link of block.links)
          addLine(`[${escapedWithin(link.label, DISCORD_LIMITS.optionLabel)}](${linkTarget(link.url)})`);
        break;
      case "context":
        // `-# ` is Discord's small print, added after escaping so user text cannot produce it.
        addLine(`-# ${escapedWithin(block.text, DISCORD_LIMITS.description)}`);
        break;
      case "fields":
        for (const field of block.fields) {
          let embed: EmbedDraft = current ?? open();
          if (embed.fields.length >= DISCORD_LIMITS.fields) embed = open();
          embed.fields.push({
            name: escapedWithin(field.label, DISCORD_LIMITS.fieldName) || "\u200b",
            value: escapedWithin(field.value, DISCORD_LIMITS.fieldValue) || "—",
            inline: true,
          });
        }
        break;
      case "divider":
        current = null;
        break;
      case "select":
        // Discord lists 25 options and cannot search more from a message: say how to name the others.
        if (block.select.search)
          addLine(`-# ${escapedWithin(block.select.search.notListed, DISCORD_LIMITS.description)}`);
        break;
      case "buttons":
        // Components, not embed content: `componentRows` lays them out.
        break;
      default:
        // A block kind added to the model must be given its rendering here (and in Slack's renderer).
        return block satisfies never;
    }
  }
  return drafts.filter((draft) => draft.title || draft.lines.length > 0 || draft.fields.length > 0);
}

const itemsOf = (draft: EmbedDraft): number => draft.lines.length + draft.fields.length;

/**
 * Keeps the embeds within 10 per message and 6000 characters across them: what does not fit is
 * dropped and counted in a footer note, so a long status shortens instead of failing.
 */
function withinBudget(drafts: EmbedDraft[], language: Language): EmbedDraft[] {
  const noteReserve = 100;
  let budget = DISCORD_LIMITS.embedTotal - noteReserve;
  const kept: EmbedDraft[] = [];
  let dropped = 0;
  for (const draft of drafts) {
    if (kept.length === DISCORD_LIMITS.embeds || budget <= 0) {
      dropped += itemsOf(draft);
      continue;
    }
    const shrunk: EmbedDraft = { lines: [], fields: [] };
    if (draft.color !== undefined) shrunk.color = draft.color;
    if (draft.title) {
      shrunk.title = cut(draft.title, Math.max(1, Math.min(DISCORD_LIMITS.title, budget)));
      budget -= shrunk.title.length;
    }
    for (const line of draft.lines) {
      if (line.length + 1 <= budget) {
        shrunk.lines.push(line);
        budget -= line.length + 1;
      } else {
        dropped++;
        budget = 0;
      }
    }
    for (const field of draft.fields) {
      const size = field.name.length + field.value.length;
      if (size <= budget) {
        shrunk.fields.push(field);
        budget -= size;
      } else {
        dropped++;
        budget = 0;
      }
    }
    kept.push(shrunk);
  }
  const last = kept.at(-1);
  if (dropped > 0 && last) last.footer = t(language, "discord.more", { count: dropped });
  return kept;
}

function toEmbed(draft: EmbedDraft): APIEmbed {
  const embed = new EmbedBuilder();
  if (draft.title) embed.setTitle(draft.title);
  if (draft.lines.length > 0) embed.setDescription(draft.lines.join("\n"));
  if (draft.fields.length > 0) embed.addFields(draft.fields);
  if (draft.color !== undefined) embed.setColor(draft.color);
  if (draft.footer) embed.setFooter({ text: draft.footer });
  return embed.toJSON();
}

/** Discord refuses a message whose custom ids (or a select's values) repeat: keep the first of each. */
function firstOfEach<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

const BUTTON_STYLE = { primary: ButtonStyle.Primary, danger: ButtonStyle.Danger } as const;

/**
 * Buttons (5 per row) and selects as action rows, at most 5 rows. An action button's custom id is
 * its encoded invocation, which must be unique in a message: a repeated one is left out. A link
 * button opens its page and sends nothing back.
 */
function componentRows(
  blocks: readonly ReplyBlock[],
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  const used = new Set<string>();
  let selects = 0;
  const actionButton = (reply: ActionButton, customId: string) =>
    new ButtonBuilder()
      .setCustomId(customId)
      .setLabel(cut(reply.label, DISCORD_LIMITS.buttonLabel))
      .setStyle(reply.style ? BUTTON_STYLE[reply.style] : ButtonStyle.Secondary);
  const select = (reply: ReplySelect) => {
    const options = firstOfEach(
      reply.options.map((option) => ({ option, value: encodeInvocation(option.invoke) })),
      ({ value }) => value,
    )
      .slice(0, DISCORD_LIMITS.selectOptions)
      .map(({ option, value }) => ({
        label: cut(option.label, DISCORD_LIMITS.optionLabel),
        value,
        ...(option.description ? { description: cut(option.description, DISCORD_LIMITS.optionLabel) } : {}),
      }));
    return new StringSelectMenuBuilder()
      .setCustomId(`${SELECT_PREFIX}${selects++}`)
      .setPlaceholder(cut(reply.placeholder, DISCORD_LIMITS.placeholder))
      .addOptions(options);
  };
  for (const block of blocks) {
    if (block.kind === "buttons") {
      const built: ButtonBuilder[] = [];
      for (const reply of block.buttons) {
        if (!isActionButton(reply)) {
          built.push(
            new ButtonBuilder()
              .setURL(reply.url)
              .setLabel(cut(reply.label, DISCORD_LIMITS.buttonLabel))
              .setStyle(ButtonStyle.Link),
          );
          continue;
        }
        const customId = encodeInvocation(reply.invoke);
        if (used.has(customId)) continue;
        used.add(customId);
        built.push(actionButton(reply, customId));
      }
      for (let i = 0; i < built.length; i += DISCORD_LIMITS.buttonsPerRow)
        rows.push(
          new ActionRowBuilder<ButtonBuilder>()
            .addComponents(built.slice(i, i + DISCORD_LIMITS.buttonsPerRow))
            .toJSON(),
        );
    } else if (block.kind === "select" && block.select.options.length > 0) {
      rows.push(new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(select(block.select)).toJSON());
    }
  }
  return rows.slice(0, DISCORD_LIMITS.rows);
}

/**
 * A message as Discord shows it. A short message of plain text is sent as content; anything with a
 * heading or fields as embeds (a heading opens an embed, fields become inline fields, text, lists,
 * links and small print its description). `language` is the reader's, for the overflow note.
 */
function render(message: Message, language: Language): DiscordMessage {
  const drafts = withinBudget(embedDrafts(message.blocks), language);
  const [only] = drafts;
  const plain =
    drafts.length === 1 &&
    only &&
    !only.title &&
    only.fields.length === 0 &&
    descriptionLength(only.lines) <= DISCORD_LIMITS.content;
  return {
    content: plain ? only.lines.join("\n") : "",
    embeds: plain ? [] : drafts.map(toEmbed),
    components: componentRows(message.blocks),
    allowed_mentions: { parse: [] },
  };
}

/** An answer to the person who acted: ephemeral ones (flag 64) only they see. */
export function renderMessage(message: ReplyMessage, language: Language): DiscordMessage {
  const rendered = render(message, language);
  return message.visibility === "ephemeral" ? { ...rendered, flags: MessageFlags.Ephemeral } : rendered;
}

/** A post the outbox delivers to a channel or a person. */
export const renderPost = (post: Post): DiscordMessage => render(post, post.language);

/** A message of our own (form steps), with one button whose custom id the adapter handles itself. */
export function adapterMessage(
  blocks: ReplyBlock[],
  language: Language,
  button?: { customId: string; label: string },
): DiscordMessage {
  const rendered = renderMessage(
    { visibility: "ephemeral", target: { kind: "origin" }, summary: "", blocks },
    language,
  );
  if (button)
    rendered.components.push(
      new ActionRowBuilder<ButtonBuilder>()
        .addComponents(
          new ButtonBuilder()
            .setCustomId(button.customId)
            .setLabel(cut(button.label, DISCORD_LIMITS.buttonLabel))
            .setStyle(ButtonStyle.Primary),
        )
        .toJSON(),
    );
  return rendered;
}
