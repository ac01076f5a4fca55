import {
  ActionRowBuilder,
  ButtonBuilder,
  EmbedBuilder,
  escapeMarkdown,
  StringSelectMenuBuilder,
} from "@discordjs/builders";
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  ButtonStyle,
  MessageFlags,
} from "discord-api-types/v10";
import {
  encodeInvocation,
  type ReplyBlock,
  type ReplyButton,
  type ReplyMessage,
  type ReplySelect,
  type Tone,
} from "../../commands/index.js";
import type { Language } from "../../domain/vocabularies.js";
import { t } from "../../i18n/index.js";

/** Message limits (chat-platforms.md): content is cut or continued, never refused by Discord. */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  selectOptions: 25,
  optionLabel: 100,
  placeholder: 150,
} as const;

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

/**
 * Text we did not write, made inert: every markdown construct is escaped (headings, lists, links,
 * code, spoilers…), and `<` so `<@id>`, `<#channel>` and `<t:…>` show as typed instead of as
 * mentions. `allowed_mentions` already stops pings; this keeps the text from looking like one.
 */
export function escapeDiscordText(text: string): string {
  return escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  }).replaceAll("<", "\\<");
}

/** Cuts text to `max`, marking the cut, without leaving a dangling escape backslash before the mark. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = text.slice(0, max - 1);
  const trailing = /\\+$/.exec(kept)?.[0].length ?? 0;
  if (trailing % 2 === 1) kept = kept.slice(0, -1);
  return `${kept}…`;
}

/** A link that markdown cannot end early: parentheses, angle brackets and spaces are percent-encoded. */
const linkTarget = (url: string): string =>
  url.replace(/[()<>\s]/g, (character) => encodeURIComponent(character));

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
function embedDrafts(blocks: ReplyBlock[]): EmbedDraft[] {
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
        open(cut(block.text, DISCORD_LIMITS.title));
        break;
      case "text":
        addLine(TONE_PREFIX[block.tone ?? "info"] + escapeDiscordText(block.text), block.tone);
        break;
      case "list":
        for (const item of block.items) addLine(`• ${escapeDiscordText(item)}`);
        break;
      case "links":
        for (const link of block.links)
          addLine(`[${escapeDiscordText(link.label)}](${linkTarget(link.url)})`);
        break;
      case "context":
        // `-# ` is Discord's small print, added after escaping so user text cannot produce it.
        addLine(`-# ${escapeDiscordText(block.text)}`);
        break;
      case "fields":
        for (const field of block.fields) {
          let embed: EmbedDraft = current ?? open();
          if (embed.fields.length >= DISCORD_LIMITS.fields) embed = open();
          embed.fields.push({
            name: cut(field.label, DISCORD_LIMITS.fieldName) || "\u200b",
            value: cut(escapeDiscordText(field.value), DISCORD_LIMITS.fieldValue) || "—",
            inline: true,
          });
        }
        break;
      case "divider":
        current = null;
        break;
      case "select":
        // Discord lists 25 options and cannot search more from a message: say how to name the others.
        if (block.select.search) addLine(`-# ${escapeDiscordText(block.select.search.notListed)}`);
        break;
      case "buttons":
        break;
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
 * Buttons (5 per row) and selects as action rows, at most 5 rows. A button's custom id is its
 * encoded invocation, which must be unique in a message: a repeated one is left out.
 */
function componentRows(blocks: ReplyBlock[]): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  const used = new Set<string>();
  let selects = 0;
  const button = (reply: ReplyButton) =>
    new ButtonBuilder()
      .setCustomId(encodeInvocation(reply.invoke))
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
      const fresh = firstOfEach(block.buttons, (reply) => encodeInvocation(reply.invoke)).filter(
        (reply) => !used.has(encodeInvocation(reply.invoke)),
      );
      for (const reply of fresh) used.add(encodeInvocation(reply.invoke));
      for (let i = 0; i < fresh.length; i += DISCORD_LIMITS.buttonsPerRow)
        rows.push(
          new ActionRowBuilder<ButtonBuilder>()
            .addComponents(fresh.slice(i, i + DISCORD_LIMITS.buttonsPerRow).map(button))
            .toJSON(),
        );
    } else if (block.kind === "select" && block.select.options.length > 0) {
      rows.push(new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(select(block.select)).toJSON());
    }
  }
  return rows.slice(0, DISCORD_LIMITS.rows);
}

/**
 * The neutral reply model as a Discord message. A short message of plain text is sent as content;
 * anything with a heading or fields as embeds (a heading opens an embed, fields become inline
 * fields, text, lists, links and small print its description). Ephemeral messages carry flag 64.
 */
export function renderMessage(message: ReplyMessage, language: Language): DiscordMessage {
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
    ...(message.visibility === "ephemeral" ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

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
