import type { CommandDeps } from "../../../commands/index.js";
import type { DeliveryTools } from "../outbound/reply.js";
import type { SlackInstallationStore } from "../stores.js";

/** What every Slack listener needs: the command core's dependencies, the delivery tools, the installations. */
export interface SlackListenerDeps {
  commands: CommandDeps;
  delivery: DeliveryTools;
  installations: SlackInstallationStore;
}
