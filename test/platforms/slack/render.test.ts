import { describe, expect, it } from "vitest";
import type { FormDefinition, ReplyBlock } from "../../../src/messages/model.js";
import { unescapeSlashText } from "../../../src/platforms/slack/escape.js";
import { renderBlocks, SLACK_LIMITS } from "../../../src/platforms/slack/render.js";
import { readViewValues, renderModal } from "../../../src/platforms/slack/render-modal.js";

const textOf = (block: unknown) => JSON.stringify(block);

describe("Block Kit rendering of the neutral reply model", () => {
  it("escapes user text so it cannot ping or form links, and turns off Slack's auto-parsing", () => {
    const [section] = renderBlocks([
      {
        kind: "text",
        text: "Hi <!channel> <!here> <!everyone> <!subteam^S01|team> <@U123> & <https://evil.example|click>",
      },
    ]);
    const rendered = textOf(section);
    expect(rendered).not.toMatch(/<!|<@|<https/);
    expect(section).toMatchObject({
      type: "section",
      text: {
        type: "mrkdwn",
        verbatim: true,
        text: "Hi &lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;!subteam^S01|team&gt; &lt;@U123&gt; &amp; &lt;https://evil.example|click&gt;",
      },
    });
  });

  it("keeps links inside their own <url|label>", () => {
    const [section] = renderBlocks([
      { kind: "links", links: [{ label: "a|b> <!here>", url: "https://x.example/a>b|c" }] },
    ]);
    expect(section).toMatchObject({
      text: { text: "<https://x.example/a%3Eb%7Cc|a¦b&gt; &lt;!here&gt;>" },
    });
  });

  it("splits long text into sections of at most 3000 characters", () => {
    const long = `${"word ".repeat(700)}\n${"more ".repeat(700)}`;
    const blocks = renderBlocks([{ kind: "text", text: long }]);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      const text = (block as { text: { text: string } }).text.text;
      expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
  });

  it("keeps at most 50 blocks in a message and says how many were cut", () => {
    const many: ReplyBlock[] = Array.from({ length: 70 }, (_, index) => ({
      kind: "text",
      text: `line ${index}`,
    }));
    const blocks = renderBlocks(many);
    expect(blocks).toHaveLength(SLACK_LIMITS.messageBlocks);
    expect(blocks.at(-1)).toMatchObject({ type: "context", elements: [{ text: "… (+21)" }] });
    expect(renderBlocks(many, SLACK_LIMITS.viewBlocks)).toHaveLength(70);
  });

  it("puts at most 5 buttons in a row and 10 fields in a section, and cuts headers to 150", () => {
    const blocks = renderBlocks([
      {
        kind: "buttons",
        buttons: Array.from({ length: 12 }, (_, index) => ({
          label: `b${index}`,
          invoke: { command: "approve" as const, args: [`m${index}`] },
        })),
      },
      {
        kind: "fields",
        fields: Array.from({ length: 14 }, (_, index) => ({ label: `f${index}`, value: "v" })),
      },
      { kind: "heading", text: "h".repeat(400) },
    ]);
    expect(
      blocks
        .filter((block) => block.type === "actions")
        .map((block) => (block as { elements: unknown[] }).elements.length),
    ).toEqual([5, 5, 2]);
    expect((blocks[3] as { fields: unknown[] }).fields).toHaveLength(10);
    expect((blocks[4] as { text: { text: string } }).text.text.length).toBe(150);
    // Every button has its own action id; the value is the invocation the core runs on click.
    const ids = blocks
      .flatMap((block) =>
        block.type === "actions" ? (block as { elements: { action_id: string }[] }).elements : [],
      )
      .map((e) => e.action_id);
    expect(new Set(ids).size).toBe(12);
    expect(textOf(blocks[0])).toContain('"value":"approve m0"');
  });
});

describe("modals", () => {
  const form: FormDefinition = {
    formId: "meeting",
    title: "Log a meeting",
    submitLabel: "Log meeting",
    context: { memberId: "m-1" },
    steps: [
      {
        title: "Springfield",
        fields: [
          { kind: "date", name: "held_on", label: "Date", required: true },
          { kind: "number", name: "government", label: "Government", required: true, min: 0, max: 100 },
          {
            kind: "select",
            name: "phase",
            label: "Phase",
            required: true,
            options: [{ label: "Co-creation", value: "co_creation" }],
            initial: "co_creation",
          },
        ],
      },
      {
        title: "Records",
        fields: [
          {
            kind: "multi_select",
            name: "tags",
            label: "Tags",
            required: false,
            options: [
              { label: "A", value: "a" },
              { label: "B", value: "b" },
            ],
          },
          {
            kind: "text",
            name: "minutes",
            label: "Minutes",
            required: false,
            multiline: false,
            maxLength: 5000,
          },
        ],
      },
    ],
  };

  it("renders every step in one modal, carrying the form context and where the command came from", () => {
    const view = renderModal(form, {
      context: form.context,
      channelId: "C1",
      responseUrl: "https://hooks.slack.com/x",
    });
    expect(view.callback_id).toBe("ogp.form.meeting");
    expect(JSON.parse(view.private_metadata ?? "")).toEqual({
      context: { memberId: "m-1" },
      channelId: "C1",
      responseUrl: "https://hooks.slack.com/x",
    });
    expect(view.blocks.map((block) => block.type)).toEqual([
      "header",
      "input",
      "input",
      "input",
      "header",
      "input",
      "input",
    ]);
    expect(textOf(view.blocks)).toContain('"max_length":3000');
    expect(textOf(view.blocks)).toContain('"initial_option"');
  });

  it("reads submitted values back by field name", () => {
    expect(
      readViewValues({
        held_on: { held_on: { type: "datepicker", selected_date: "2026-03-02" } },
        government: { government: { type: "number_input", value: "3" } },
        phase: { phase: { type: "static_select", selected_option: { value: "co_creation" } } },
        tags: { tags: { type: "multi_static_select", selected_options: [{ value: "a" }, { value: "b" }] } },
        minutes: { minutes: { type: "plain_text_input", value: null } },
      }),
    ).toEqual({
      held_on: "2026-03-02",
      government: "3",
      phase: "co_creation",
      tags: ["a", "b"],
      minutes: undefined,
    });
  });
});

describe("slash command text", () => {
  it("gets back what the person typed from Slack's escaping and link wrapping", () => {
    expect(
      unescapeSlashText("evidence x <https://a.example/b?c=1&amp;d=2|a.example> Q&amp;A &lt;draft&gt;"),
    ).toBe("evidence x https://a.example/b?c=1&d=2 Q&A <draft>");
  });
});

describe("selects: static when the options fit, external when the core has more", () => {
  const options = [
    { label: "sprfd0001 · Open budget portal", invoke: { command: "update" as const, args: ["sprfd0001"] } },
  ];

  it("renders a listed select as a static select carrying each option's invocation", () => {
    const [actions] = renderBlocks([{ kind: "select", select: { placeholder: "Choose", options } }]);
    expect(actions).toMatchObject({
      type: "actions",
      elements: [
        { type: "static_select", action_id: "ogp.select", options: [{ value: "update sprfd0001" }] },
      ],
    });
  });

  it("renders a select with a search as an external select whose action id names the search", () => {
    const blocks = renderBlocks([
      {
        kind: "select",
        select: {
          placeholder: "Choose",
          options,
          search: { command: "update", argument: "commitment", notListed: "12 more not shown" },
        },
      },
    ]);
    // The search covers every choice: the note for adapters that cannot search is left out.
    expect(blocks).toHaveLength(1);
    expect(JSON.stringify(blocks)).not.toContain("not shown");
    const [actions] = blocks;
    expect(actions).toEqual({
      type: "actions",
      elements: [
        {
          type: "external_select",
          action_id: "ogp.suggest.update.commitment",
          placeholder: { type: "plain_text", text: "Choose", emoji: true },
          min_query_length: 0,
        },
      ],
    });
  });
});
