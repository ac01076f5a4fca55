import type { CliCommand } from "./command.js";
import { applicationAddCommand, applicationListCommand } from "./commands/application.js";
import {
  circleCreateCommand,
  circleJoinCommand,
  circleLeaveCommand,
  circleLinkCommand,
  circleListCommand,
  circleUnlinkCommand,
} from "./commands/circle.js";
import {
  decisionExtensionCommand,
  decisionOverrideCommand,
  decisionVoluntaryInactivityCommand,
} from "./commands/decision.js";
import { discordRegisterCommand } from "./commands/discord-register.js";
import { exportCommand } from "./commands/export.js";
import { importCommand } from "./commands/import.js";
import { linkCodeCreateCommand } from "./commands/link-code.js";
import { migrateCommand } from "./commands/migrate.js";
import { organizationAddCommand } from "./commands/organization-add.js";
import { outboxListCommand } from "./commands/outbox-list.js";
import { outboxRetryCommand } from "./commands/outbox-retry.js";
import { personAddCommand } from "./commands/person-add.js";
import { roleGrantCommand } from "./commands/role-grant.js";
import { rulesEvaluateCommand } from "./commands/rules-evaluate.js";
import { rulesTimelineCommand } from "./commands/rules-timeline.js";
import { schedulerTickCommand } from "./commands/scheduler-tick.js";
import { schemaCommand } from "./commands/schema.js";
import { seedDemoCommand } from "./commands/seed-demo.js";
import { updatesImportCommand } from "./commands/updates-import.js";

/** Every CLI verb; `--help` lists them in this order. */
export const commands: CliCommand[] = [
  migrateCommand,
  schemaCommand,
  importCommand,
  exportCommand,
  updatesImportCommand,
  seedDemoCommand,
  linkCodeCreateCommand,
  organizationAddCommand,
  personAddCommand,
  roleGrantCommand,
  applicationAddCommand,
  applicationListCommand,
  decisionVoluntaryInactivityCommand,
  decisionExtensionCommand,
  decisionOverrideCommand,
  circleCreateCommand,
  circleListCommand,
  circleJoinCommand,
  circleLeaveCommand,
  circleLinkCommand,
  circleUnlinkCommand,
  rulesEvaluateCommand,
  rulesTimelineCommand,
  schedulerTickCommand,
  outboxListCommand,
  outboxRetryCommand,
  discordRegisterCommand,
];
