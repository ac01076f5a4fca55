import type { CommandDeps } from "../../../commands/index.js";
import type { DeliveryTools } from "../outbound/reply.js";

/** What every Slack listener needs: the command core's dependencies and the delivery tools. */
export interface SlackListenerDeps {
  commands: CommandDeps;
  delivery: DeliveryTools;
}
