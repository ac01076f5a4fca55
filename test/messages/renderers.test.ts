import { describe, expect, it } from "vitest";
import { messageSchema, type Post, postSchema, type ReplyBlock } from "../../src/messages/model.js";
import {
  renderPost as renderDiscordPost,
  renderMessage as renderDiscordReply,
} from "../../src/platforms/discord/render.js";
import { renderMessage as renderSlackMessage } from "../../src/platforms/slack/render.js";

/** One block of every kind the model has: a kind added to the model must be added here, and rendered. */
const SAMPLES: { [K in ReplyBlock["kind"]]: Extract<ReplyBlock, { kind: K }> } = {
  heading: { kind: "heading", text: "Springfield · sprfd0001" },
  text: { kind: "text", text: "Budget portal launched.", tone: "success" },
  fields: { kind: "fields", fields: [{ label: "Completion", value: "Substantial (60 %)" }] },
  list: { kind: "list", items: ["First", "Second"] },
  links: { kind: "links", links: [{ label: "Report", url: "https://example.org/report" }] },
  buttons: {
    kind: "buttons",
    buttons: [
      { label: "Post the update", invoke: { command: "update", args: ["sprfd0001"] }, style: "primary" },
      { label: "Public page", url: "https://ogp.example.org/members/springfield" },
    ],
  },
  select: {
    kind: "select",
    select: {
      placeholder: "Choose",
      options: [{ label: "sprfd0001", invoke: { command: "update", args: ["sprfd0001"] } }],
    },
  },
  context: { kind: "context", text: "Rule DUE-UPDATE (§3.5)" },
  divider: { kind: "divider" },
};

const post = (blocks: ReplyBlock[]): Post => ({ language: "en", summary: "Summary", blocks });

describe("one message model, one renderer per platform", () => {
  it("accepts every block kind in a stored post, and refuses an unknown kind or an invocation too long to click", () => {
    expect(postSchema.safeParse(post(Object.values(SAMPLES))).success).toBe(true);
    expect(messageSchema.safeParse({ summary: "x", blocks: [{ kind: "marquee", text: "x" }] }).success).toBe(
      false,
    );
    const tooLong = {
      kind: "buttons",
      buttons: [{ label: "x", invoke: { command: "update", args: ["x".repeat(200)] } }],
    };
    expect(messageSchema.safeParse({ summary: "x", blocks: [tooLong] }).success).toBe(false);
  });

  it.each(Object.values(SAMPLES))("renders a $kind block on Slack and on Discord", (block) => {
    const slack = renderSlackMessage(post([block]));
    expect(slack.text).toBe("Summary");
    expect(slack.blocks.length).toBeGreaterThan(0);
    const discord = renderDiscordPost(post([block]));
    const shown = discord.content.length + discord.embeds.length + discord.components.length;
    // A divider only separates other content: alone it leaves nothing to show on Discord.
    if (block.kind === "divider") expect(shown).toBe(0);
    else expect(shown).toBeGreaterThan(0);
    expect(discord.allowed_mentions).toEqual({ parse: [] });
  });

  it("renders a reply and the same content as a post identically, but for the reply's visibility", () => {
    const blocks = Object.values(SAMPLES);
    const reply = renderDiscordReply(
      { visibility: "ephemeral", target: { kind: "origin" }, summary: "Summary", blocks },
      "en",
    );
    const { flags, ...rest } = reply;
    expect(flags).toBe(64);
    expect(rest).toEqual(renderDiscordPost(post(blocks)));
  });
});
