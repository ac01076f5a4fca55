import type { CommandInput, CommandResult } from "../../src/commands/index.js";
import { runCommand } from "../../src/commands/index.js";
import type { Database } from "../../src/db/client.js";
import { createLogger } from "../../src/logging/logger.js";
import type { ReplyBlock } from "../../src/messages/model.js";
import { NOW, TEAM } from "./fixtures.js";

export const CHANNEL = "C0SPRING";

/** Runs one command as a Slack user of the seeded workspace, in `CHANNEL`, at `NOW`. */
export function commandRunner(db: Database, now: () => Date = () => NOW) {
  return (
    userId: string,
    input: CommandInput | string,
    channelId: string | null = CHANNEL,
  ): Promise<CommandResult> =>
    runCommand(
      { db, logger: process.env.DEBUG_COMMANDS ? createLogger("debug") : createLogger("silent"), now },
      {
        platform: "slack",
        workspaceId: TEAM,
        userId,
        ...(channelId ? { channelId } : {}),
        input: typeof input === "string" ? { kind: "text", text: input } : input,
      },
    );
}

export const control = (command: string, ...args: string[]): CommandInput => ({
  kind: "control",
  invocation: { command: command as never, args },
});

function blockText(block: ReplyBlock): string[] {
  switch (block.kind) {
    case "heading":
    case "text":
    case "context":
      return [block.text];
    case "fields":
      return block.fields.flatMap((field) => [field.label, field.value]);
    case "list":
      return block.items;
    case "links":
      return block.links.map((link) => `${link.label} ${link.url}`);
    case "buttons":
      return block.buttons.map((button) => button.label);
    case "select":
      return block.select.options.map((option) => option.label);
    case "divider":
      return [];
  }
}

/** Everything a result says to the caller, as one string to search. */
export function said(result: CommandResult): string {
  if (result.kind === "form")
    return result.form.steps.flatMap((step) => step.fields.map((field) => field.label)).join("\n");
  if (result.kind === "form_errors") return Object.values(result.errors).join("\n");
  return result.messages.flatMap((message) => message.blocks.flatMap(blockText)).join("\n");
}
