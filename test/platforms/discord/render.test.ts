import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../src/db/client.js";
import { formDrafts } from "../../../src/db/schema/index.js";
import { chatStores } from "../../../src/db/stores.js";
import type { FormDefinition, ReplyBlock, ReplyMessage } from "../../../src/messages/model.js";
import { cut, escapeDiscordText } from "../../../src/platforms/discord/escape.js";
import { type FormDraft, FormDrafts } from "../../../src/platforms/discord/inbound/drafts.js";
import { DISCORD_LIMITS, renderMessage } from "../../../src/platforms/discord/render.js";
import { readModalValues, renderModal } from "../../../src/platforms/discord/render-modal.js";
import { freshDatabase } from "../../support/database.js";

const message = (
  blocks: ReplyBlock[],
  visibility: ReplyMessage["visibility"] = "ephemeral",
): ReplyMessage => ({
  visibility,
  target: { kind: "origin" },
  summary: "summary",
  blocks,
});

const embedSize = (embed: {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}) =>
  (embed.title?.length ?? 0) +
  (embed.description?.length ?? 0) +
  (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0) +
  (embed.footer?.text.length ?? 0);

describe("reply model → Discord message", () => {
  it("sends a short notice as content, ephemeral, pinging nobody", () => {
    const rendered = renderMessage(message([{ kind: "text", text: "Done.", tone: "success" }]), "en");
    expect(rendered).toEqual({
      content: "✅ Done.",
      embeds: [],
      components: [],
      allowed_mentions: { parse: [] },
      flags: 64,
    });
    expect(renderMessage(message([{ kind: "text", text: "Done." }], "public"), "en").flags).toBeUndefined();
  });

  it("makes user text inert: no mention, link, heading or emphasis survives", () => {
    const typed = "# Big\n**bold** <@123> <#456> @everyone [click](https://evil.example) `code` ||spoiler||";
    const rendered = renderMessage(message([{ kind: "text", text: typed }]), "en");
    expect(rendered.content).toBe(escapeDiscordText(typed));
    expect(rendered.content).not.toMatch(/(^|[^\\])<@123>/);
    expect(rendered.content).toContain("\\# Big");
    expect(rendered.content).toContain("\\*\\*bold\\*\\*");
    expect(rendered.content).toContain("\\[click](https://evil.example)");
    expect(rendered.allowed_mentions).toEqual({ parse: [] });
  });

  it("never leaves a dangling escape where it cuts", () => {
    expect(cut("abc\\*def", 5)).toBe("abc…");
    expect(cut("ab\\\\cdef", 5)).toBe("ab\\\\…");
    expect(cut("short", 10)).toBe("short");
  });

  it("puts headings and fields in embeds, text after fields in a following embed, and keeps fields within 25 per embed", () => {
    const rendered = renderMessage(
      message([
        { kind: "heading", text: "Springfield — Active" },
        {
          kind: "fields",
          fields: Array.from({ length: 30 }, (_, index) => ({ label: `Field ${index}`, value: `v${index}` })),
        },
        { kind: "text", text: "After the fields." },
      ]),
      "en",
    );
    expect(rendered.content).toBe("");
    const [first, second, third] = rendered.embeds;
    expect(first?.title).toBe("Springfield — Active");
    expect(first?.fields).toHaveLength(25);
    expect(second?.fields).toHaveLength(5);
    expect(third?.description).toBe("After the fields.");
  });

  it("continues and then cuts long content: at most 10 embeds, 4096 per description, 6000 in all, with a note", () => {
    const items = Array.from({ length: 400 }, (_, index) => `Item ${index} ${"x".repeat(90)}`);
    const rendered = renderMessage(
      message([
        { kind: "heading", text: "t".repeat(400) },
        { kind: "list", items },
      ]),
      "fr",
    );
    expect(rendered.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
    expect(rendered.embeds[0]?.title?.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    for (const embed of rendered.embeds)
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(rendered.embeds.reduce((sum, embed) => sum + embedSize(embed), 0)).toBeLessThanOrEqual(
      DISCORD_LIMITS.embedTotal,
    );
    expect(rendered.embeds.at(-1)?.footer?.text).toMatch(/^…et \d+ de plus\.$/);
  });

  it("cuts a field value to 1024 characters and a text beyond 2000 moves to an embed", () => {
    const rendered = renderMessage(
      message([
        { kind: "text", text: "y".repeat(3000) },
        { kind: "fields", fields: [{ label: "Narrative", value: "z".repeat(2000) }] },
      ]),
      "en",
    );
    // Fields after text join its embed: Discord shows them below the description, in order.
    expect(rendered.embeds[0]?.description).toHaveLength(3000);
    expect(rendered.embeds[0]?.fields?.[0]?.value.length).toBe(DISCORD_LIMITS.fieldValue);
    const long = renderMessage(message([{ kind: "text", text: "w".repeat(2500) }]), "en");
    expect(long.content).toBe("");
    expect(long.embeds[0]?.description).toHaveLength(2500);
  });

  it("lays buttons out 5 per row, drops repeated custom ids, and keeps at most 5 rows", () => {
    const buttons = Array.from({ length: 7 }, (_, index) => ({
      label: `Approve ${index}`,
      invoke: { command: "approve" as const, args: [`m${index}`] },
    }));
    const rendered = renderMessage(
      message([
        { kind: "buttons", buttons: [...buttons, buttons[0]!] },
        ...Array.from({ length: 5 }, (_, row) => ({
          kind: "buttons" as const,
          buttons: [{ label: "More", invoke: { command: "status" as const, args: [`s${row}`] } }],
        })),
      ]),
      "en",
    );
    expect(rendered.components).toHaveLength(5);
    expect(rendered.components[0]?.components).toHaveLength(5);
    expect(
      rendered.components[1]?.components.map((button) => ("custom_id" in button ? button.custom_id : "")),
    ).toEqual(["approve m5", "approve m6"]);
  });

  it("offers at most 25 options in a select, each value an invocation", () => {
    const rendered = renderMessage(
      message([
        {
          kind: "select",
          select: {
            placeholder: "Choose",
            options: Array.from({ length: 40 }, (_, index) => ({
              label: `Commitment ${index} ${"l".repeat(120)}`,
              invoke: { command: "update" as const, args: [`c${index}`] },
            })),
          },
        },
      ]),
      "en",
    );
    const select = rendered.components[0]?.components[0] as {
      custom_id: string;
      options: { label: string; value: string }[];
    };
    expect(select.custom_id).toBe("ogp.select.0");
    expect(select.options).toHaveLength(25);
    expect(select.options[0]).toEqual({ label: expect.stringMatching(/^.{99}…$/), value: "update c0" });
  });

  it("says how to name the choices a select could not list, since Discord cannot search them", () => {
    const rendered = renderMessage(
      message([
        {
          kind: "select",
          select: {
            placeholder: "Choose",
            options: [{ label: "Commitment 0", invoke: { command: "update" as const, args: ["c0"] } }],
            search: {
              command: "update",
              argument: "commitment",
              notListed: "15 more not shown: type /ogp update COMMITMENT.",
            },
          },
        },
      ]),
      "en",
    );
    // A short reply is plain content rather than an embed.
    expect(rendered.content).toContain("-# 15 more not shown: type /ogp update COMMITMENT.");
  });
});

const form = (fields: number): FormDefinition => ({
  formId: "meeting",
  title: "Log a meeting",
  submitLabel: "Save",
  context: { memberId: "m1" },
  steps: [
    {
      title: "Springfield",
      fields: [
        { kind: "date", name: "held_on", label: "Date of the meeting", required: true },
        {
          kind: "multi_select",
          name: "challenges",
          label: "A label far longer than the forty-five characters Discord allows",
          required: false,
          hint: "h".repeat(150),
          options: [
            { label: "Funding", value: "funding_change" },
            { label: "Priorities", value: "priority_shift" },
          ],
          initial: ["priority_shift"],
        },
        ...Array.from({ length: fields - 2 }, (_, index) => ({
          kind: "text" as const,
          name: `note${index}`,
          label: `Note ${index}`,
          required: false,
          multiline: true,
          maxLength: 6000,
        })),
      ],
    },
  ],
});

/** A draft as the adapter holds it between steps; rendering needs no database. */
const draftOf = (definition: FormDefinition): FormDraft => ({
  id: "d1",
  userId: "u1",
  form: definition,
  values: {},
  completedSteps: new Set(),
  expiresAt: Date.parse("2026-03-10T15:15:00Z"),
});

describe("form step → modal", () => {
  it("keeps labels, hints and lengths within Discord's limits, shows the step title when there is room", () => {
    const modal = renderModal(draftOf(form(4)), 0, "en") as unknown as {
      title: string;
      components: {
        type: number;
        label?: string;
        description?: string;
        content?: string;
        component?: { max_length?: number; max_values?: number; options?: { default?: boolean }[] };
      }[];
    };
    expect(modal.title).toBe("Log a meeting");
    expect(modal.components).toHaveLength(5);
    expect(modal.components[0]).toEqual({ type: 10, content: "**Springfield**" });
    const select = modal.components[2];
    expect(select?.label?.length).toBeLessThanOrEqual(45);
    expect(select?.description?.length).toBeLessThanOrEqual(100);
    expect(select?.component?.max_values).toBe(2);
    expect(select?.component?.options?.map((option) => option.default)).toEqual([false, true]);
    expect(modal.components[3]?.component?.max_length).toBe(4000);
  });

  it("leaves the step title out when five fields fill the modal", () => {
    const modal = renderModal(draftOf(form(5)), 0, "en") as unknown as {
      components: { type: number }[];
    };
    expect(modal.components.map((component) => component.type)).toEqual([18, 18, 18, 18, 18]);
  });

  it("reads labelled inputs and, from older clients, action rows", () => {
    const fields = form(3).steps[0]!.fields;
    expect(
      readModalValues(
        [
          { type: 10, id: 1 },
          { type: 18, id: 2, component: { type: 4, custom_id: "held_on", value: "2026-03-05" } },
          { type: 18, id: 3, component: { type: 3, custom_id: "challenges", values: ["funding_change"] } },
          { type: 1, components: [{ type: 4, custom_id: "note0", value: "" }] },
        ],
        fields,
      ),
    ).toEqual({ held_on: "2026-03-05", challenges: ["funding_change"], note0: undefined });
  });
});

describe("form drafts", () => {
  let now = new Date("2026-03-10T15:00:00Z");
  const clock = () => now;
  let handle: DatabaseHandle;
  beforeEach(async () => {
    now = new Date("2026-03-10T15:00:00Z");
    handle = await freshDatabase();
  });
  afterEach(() => handle.close());

  it("belong to the person who opened them and expire after 15 minutes", async () => {
    const drafts = new FormDrafts(chatStores(handle.db).drafts, clock);
    const draft = await drafts.open("u1", form(3));
    expect(await drafts.find(draft.id, "u2")).toBeNull();
    expect(await drafts.find(draft.id, "u1")).toEqual(draft);
    now = new Date(now.getTime() + 15 * 60 * 1000);
    expect(await drafts.find(draft.id, "u1")).toBeNull();
  });

  it("keep the answers and steps done across a restart or another instance", async () => {
    const draft = await new FormDrafts(chatStores(handle.db).drafts, clock).open("u1", form(7));
    draft.values.held_on = "2026-03-05";
    draft.values.challenges = ["funding_change"];
    draft.completedSteps.add(0);
    await new FormDrafts(chatStores(handle.db).drafts, clock).save(draft);
    const elsewhere = await new FormDrafts(chatStores(handle.db).drafts, clock).find(draft.id, "u1");
    expect(elsewhere?.values).toEqual({ held_on: "2026-03-05", challenges: ["funding_change"] });
    expect([...(elsewhere?.completedSteps ?? [])]).toEqual([0]);
    expect(elsewhere?.form).toEqual(draft.form);
    await new FormDrafts(chatStores(handle.db).drafts, clock).discard(draft.id);
    expect(await new FormDrafts(chatStores(handle.db).drafts, clock).find(draft.id, "u1")).toBeNull();
  });

  it("keep at most ten open forms per person and drop the expired ones", async () => {
    const drafts = new FormDrafts(chatStores(handle.db).drafts, clock);
    const opened = [];
    for (let index = 0; index < 11; index++) {
      opened.push(await drafts.open("u1", form(3)));
      now = new Date(now.getTime() + 1000);
    }
    const other = await drafts.open("u2", form(3));
    expect(await drafts.find(opened[0]!.id, "u1")).toBeNull();
    expect(await drafts.find(opened[1]!.id, "u1")).not.toBeNull();
    expect(await drafts.find(other.id, "u2")).not.toBeNull();
    now = new Date(now.getTime() + 15 * 60 * 1000);
    await drafts.open("u3", form(3));
    expect(await handle.db.$count(formDrafts)).toBe(1);
  });
});
