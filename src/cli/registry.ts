import type { CliCommand } from "./command.js";
import { linkCodeCreateCommand } from "./commands/link-code.js";
import { migrateCommand } from "./commands/migrate.js";
import { outboxListCommand } from "./commands/outbox-list.js";
import { outboxRetryCommand } from "./commands/outbox-retry.js";

/** Every CLI verb; `--help` lists them in this order. */
export const commands: CliCommand[] = [
  migrateCommand,
  linkCodeCreateCommand,
  outboxListCommand,
  outboxRetryCommand,
];
