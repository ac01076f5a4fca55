import type { types } from "@slack/bolt";
import { encodeInvocation } from "../../messages/invocation.js";
import { truncate } from "../../messages/limits.js";
import {
  isActionButton,
  type Message,
  type ReplyBlock,
  type ReplyButton,
  type ReplySelectSearch,
  type Tone,
} from "../../messages/model.js";
import { escapeSlackText, slackLinkLabel, slackLinkTarget } from "./escape.js";
import { SLACK_LIMITS } from "./limits.js";

export { SLACK_LIMITS } from "./limits.js";

/**
 * The message model as Block Kit: the one renderer for replies, the App Home tab and the posts the
 * outbox delivers. Text we did not write is escaped and shown `verbatim`, so it can neither ping nor
 * link; long content is cut or split within Block Kit's limits, never refused by Slack.
 */

type KnownBlock = types.KnownBlock;

/** Action ids the block-action listener answers; a button's or option's value is its invocation. */
export const BUTTON_ACTION_PREFIX = "ogp.button.";
export const SELECT_ACTION_ID = "ogp.select";
/** Link buttons open a page; Slack still tells the app about the click, which is acknowledged and ignored. */
export const LINK_ACTION_PREFIX = "ogp.link.";
/**
 * External selects, for selects with more choices than the message lists: the action id names what
 * to search (`ogp.suggest.<command>.<argument>`), and Slack asks for options as the person types.
 */
export const SUGGEST_ACTION_PREFIX = "ogp.suggest.";

export const suggestActionId = (search: ReplySelectSearch): string =>
  `${SUGGEST_ACTION_PREFIX}${search.command}.${search.argument}`;

const TONE_PREFIX: Record<Tone, string> = {
  info: "",
  success: ":white_check_mark: ",
  warning: ":warning: ",
  error: ":x: ",
};

/** Never cut inside an entity such as `&amp;`: the half left would show as text. */
const dropPartialEntity = (kept: string): string => kept.replace(/&[a-z]{0,4}$/, "");

/**
 * Escapes, then fits `max` characters counted after escaping (Slack's limits apply to the escaped
 * text). The raw text is cut first, so a huge input costs no more than the part that is shown.
 */
export function escapedWithin(raw: string, max: number): string {
  return truncate(escapeSlackText(truncate(raw, max)), max, dropPartialEntity);
}

/**
 * mrkdwn that cannot mention or auto-link: the text is escaped, and `verbatim` stops Slack from
 * turning bare channel names, `@here` or URLs into links and pings.
 */
const mrkdwn = (text: string): types.MrkdwnElement => ({ type: "mrkdwn", text, verbatim: true });
/** plain_text is never parsed for mentions or markup, so it is shown as typed. */
export const plain = (text: string, max: number): types.PlainTextElement => ({
  type: "plain_text",
  text: truncate(text, max),
  emoji: true,
});

/** Splits escaped text into sections of at most 3000 characters, on line breaks where possible. */
function sections(escaped: string): types.SectionBlock[] {
  const chunks: string[] = [];
  let rest = escaped;
  while (rest.length > SLACK_LIMITS.sectionText) {
    const breakAt = rest.lastIndexOf("\n", SLACK_LIMITS.sectionText);
    let at = breakAt > SLACK_LIMITS.sectionText / 2 ? breakAt : SLACK_LIMITS.sectionText;
    const entityStart = rest.lastIndexOf("&", at);
    if (entityStart > at - 5 && rest.indexOf(";", entityStart) >= at) at = entityStart;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, "");
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks.map((chunk) => ({ type: "section", text: mrkdwn(chunk) }));
}

function button(reply: ReplyButton, index: number): types.Button {
  if (!isActionButton(reply))
    return {
      type: "button",
      action_id: `${LINK_ACTION_PREFIX}${index}`,
      text: plain(reply.label, SLACK_LIMITS.buttonText),
      url: reply.url,
    };
  return {
    type: "button",
    action_id: `${BUTTON_ACTION_PREFIX}${index}`,
    text: plain(reply.label, SLACK_LIMITS.buttonText),
    value: encodeInvocation(reply.invoke),
    ...(reply.style ? { style: reply.style } : {}),
    ...(reply.confirm
      ? {
          confirm: {
            title: plain(reply.confirm.title, SLACK_LIMITS.confirmTitle),
            text: plain(reply.confirm.text, SLACK_LIMITS.confirmText),
            confirm: plain(reply.confirm.confirm, SLACK_LIMITS.confirmButton),
            deny: plain(reply.confirm.deny, SLACK_LIMITS.confirmButton),
          },
        }
      : {}),
  };
}

function renderBlock(block: ReplyBlock, buttonCounter: { next: number }): KnownBlock[] {
  switch (block.kind) {
    case "heading":
      return block.text === "" ? [] : [{ type: "header", text: plain(block.text, SLACK_LIMITS.headerText) }];
    case "text":
      return sections(TONE_PREFIX[block.tone ?? "info"] + escapeSlackText(block.text));
    case "fields": {
      const fields = block.fields
        .filter((field) => field.label !== "" || field.value !== "")
        .slice(0, SLACK_LIMITS.fields);
      if (fields.length === 0) return [];
      const labelMax = 200;
      return [
        {
          type: "section",
          fields: fields.map((field) =>
            mrkdwn(
              `*${escapedWithin(field.label, labelMax)}*\n${escapedWithin(field.value, SLACK_LIMITS.fieldText - labelMax - 3)}`,
            ),
          ),
        },
      ];
    }
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
      // More choices than the message lists: Slack searches them all as the person types, so the
      // "N more not shown" note for platforms that cannot search is left out.
      if (block.select.search)
        return [
          {
            type: "actions",
            elements: [
              {
                type: "external_select",
                action_id: suggestActionId(block.select.search),
                placeholder: plain(block.select.placeholder, SLACK_LIMITS.placeholder),
                min_query_length: 0,
              },
            ],
          },
        ];
      if (block.select.options.length === 0) return [];
      return [
        {
          type: "actions",
          elements: [
            {
              type: "static_select",
              action_id: SELECT_ACTION_ID,
              placeholder: plain(block.select.placeholder, SLACK_LIMITS.placeholder),
              options: block.select.options.slice(0, SLACK_LIMITS.staticOptions).map((option) => ({
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
      return block.text === ""
        ? []
        : [{ type: "context", elements: [mrkdwn(escapedWithin(block.text, SLACK_LIMITS.contextText))] }];
    case "divider":
      return [{ type: "divider" }];
  }
}

/** The model's blocks as Block Kit, within `maxBlocks` (50 in a message, 100 in a view). */
export function renderBlocks(
  blocks: readonly ReplyBlock[],
  maxBlocks: number = SLACK_LIMITS.messageBlocks,
): KnownBlock[] {
  const counter = { next: 0 };
  const rendered = blocks.flatMap((block) => renderBlock(block, counter));
  if (rendered.length <= maxBlocks) return rendered;
  const kept = rendered.slice(0, maxBlocks - 1);
  kept.push({ type: "context", elements: [mrkdwn(`… (+${rendered.length - kept.length})`)] });
  return kept;
}

/** The notification text beside the blocks (and the whole message where blocks do not show), escaped like the rest. */
export const fallbackText = (summary: string): string => escapedWithin(summary, SLACK_LIMITS.fallbackText);

/** A message as `chat.postMessage` and `response_url` take it: notification text and blocks. */
export function renderMessage(message: Message): { text: string; blocks: KnownBlock[] } {
  return { text: fallbackText(message.summary), blocks: renderBlocks(message.blocks) };
}

/** The App Home tab: the same blocks, within a view's 100-block limit. */
export function renderHomeView(blocks: readonly ReplyBlock[]): types.HomeView {
  return { type: "home", blocks: renderBlocks(blocks, SLACK_LIMITS.viewBlocks) };
}
