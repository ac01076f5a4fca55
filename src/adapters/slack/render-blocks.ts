import type { types } from "@slack/bolt";
import { encodeInvocation, type ReplyBlock, type ReplyButton, type Tone } from "../../commands/index.js";
import { escapeSlackText, slackLinkLabel, slackLinkTarget } from "./escape.js";
import { suggestActionId } from "./external-select.js";

type KnownBlock = types.KnownBlock;

/** Block Kit limits (chat-platforms.md): long content is cut or split, never rejected by Slack. */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  headerText: 150,
  buttonText: 75,
  optionText: 75,
  buttonsPerActions: 5,
  contextText: 3000,
  fallbackText: 3000,
} as const;

/** Action ids the block-action listener answers; the button's or option's value is the invocation. */
export const BUTTON_ACTION_PREFIX = "ogp.button.";
export const SELECT_ACTION_ID = "ogp.select";

const TONE_PREFIX: Record<Tone, string> = {
  info: "",
  success: ":white_check_mark: ",
  warning: ":warning: ",
  error: ":x: ",
};

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * mrkdwn that cannot mention or auto-link: the text is escaped, and `verbatim` stops Slack from
 * turning bare channel names, `@here` or URLs into links and pings.
 */
const mrkdwn = (text: string): types.MrkdwnElement => ({ type: "mrkdwn", text, verbatim: true });
const plain = (text: string, max: number): types.PlainTextElement => ({
  type: "plain_text",
  text: cut(text, max),
  emoji: true,
});

/** Splits escaped text into sections of at most 3000 characters, on line breaks where possible. */
function sections(escaped: string): types.SectionBlock[] {
  const chunks: string[] = [];
  let rest = escaped;
  while (rest.length > SLACK_LIMITS.sectionText) {
    const breakAt = rest.lastIndexOf("\n", SLACK_LIMITS.sectionText);
    let at = breakAt > SLACK_LIMITS.sectionText / 2 ? breakAt : SLACK_LIMITS.sectionText;
    // Never split inside an entity such as `&amp;`.
    const entityStart = rest.lastIndexOf("&", at);
    if (entityStart > at - 5 && rest.indexOf(";", entityStart) >= at) at = entityStart;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, "");
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks.map((chunk) => ({ type: "section", text: mrkdwn(chunk) }));
}

function button(reply: ReplyButton, index: number): types.Button {
  return {
    type: "button",
    action_id: `${BUTTON_ACTION_PREFIX}${index}`,
    text: plain(reply.label, SLACK_LIMITS.buttonText),
    value: encodeInvocation(reply.invoke),
    ...(reply.style ? { style: reply.style } : {}),
    ...(reply.confirm
      ? {
          confirm: {
            title: plain(reply.confirm.title, 100),
            text: plain(reply.confirm.text, 300),
            confirm: plain(reply.confirm.confirm, 30),
            deny: plain(reply.confirm.deny, 30),
          },
        }
      : {}),
  };
}

function renderBlock(block: ReplyBlock, buttonCounter: { next: number }): KnownBlock[] {
  switch (block.kind) {
    case "heading":
      // plain_text never parses mentions or markup, so it is shown as typed.
      return [{ type: "header", text: plain(block.text, SLACK_LIMITS.headerText) }];
    case "text":
      return sections(TONE_PREFIX[block.tone ?? "info"] + escapeSlackText(block.text));
    case "fields":
      return [
        {
          type: "section",
          fields: block.fields
            .slice(0, SLACK_LIMITS.fields)
            .map((field) =>
              mrkdwn(
                cut(
                  `*${escapeSlackText(field.label)}*\n${escapeSlackText(field.value)}`,
                  SLACK_LIMITS.fieldText,
                ),
              ),
            ),
        },
      ];
    case "list":
      return block.items.length === 0
        ? []
        : sections(block.items.map((item) => `• ${escapeSlackText(item)}`).join("\n"));
    case "links":
      return block.links.length === 0
        ? []
        : sections(
            block.links
              .map((link) => `<${slackLinkTarget(link.url)}|${slackLinkLabel(link.label)}>`)
              .join("\n"),
          );
    case "buttons": {
      const rows: KnownBlock[] = [];
      for (let i = 0; i < block.buttons.length; i += SLACK_LIMITS.buttonsPerActions) {
        rows.push({
          type: "actions",
          elements: block.buttons
            .slice(i, i + SLACK_LIMITS.buttonsPerActions)
            .map((reply) => button(reply, buttonCounter.next++)),
        });
      }
      return rows;
    }
    case "select":
      // More choices than the core could list: Slack searches them all as the person types, so the
      // core's "N more not shown" note for adapters that cannot search is left out.
      if (block.select.search)
        return [
          {
            type: "actions",
            elements: [
              {
                type: "external_select",
                action_id: suggestActionId(block.select.search),
                placeholder: plain(block.select.placeholder, 150),
                min_query_length: 0,
              },
            ],
          },
        ];
      return [
        {
          type: "actions",
          elements: [
            {
              type: "static_select",
              action_id: SELECT_ACTION_ID,
              placeholder: plain(block.select.placeholder, 150),
              options: block.select.options.slice(0, 100).map((option) => ({
                text: plain(
                  option.description ? `${option.label} (${option.description})` : option.label,
                  SLACK_LIMITS.optionText,
                ),
                value: encodeInvocation(option.invoke),
              })),
            },
          ],
        },
      ];
    case "context":
      return [
        { type: "context", elements: [mrkdwn(cut(escapeSlackText(block.text), SLACK_LIMITS.contextText))] },
      ];
    case "divider":
      return [{ type: "divider" }];
  }
}

/** The neutral reply model as Block Kit, within `maxBlocks` (50 in a message, 100 in a view). */
export function renderBlocks(
  blocks: ReplyBlock[],
  maxBlocks: number = SLACK_LIMITS.messageBlocks,
): KnownBlock[] {
  const counter = { next: 0 };
  const rendered = blocks.flatMap((block) => renderBlock(block, counter));
  if (rendered.length <= maxBlocks) return rendered;
  const kept = rendered.slice(0, maxBlocks - 1);
  kept.push({ type: "context", elements: [mrkdwn(`… (+${rendered.length - kept.length})`)] });
  return kept;
}

/** The notification text beside the blocks, escaped like the rest. */
export const fallbackText = (summary: string): string =>
  cut(escapeSlackText(summary), SLACK_LIMITS.fallbackText);
