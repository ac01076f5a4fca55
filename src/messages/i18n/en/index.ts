/** English is the reference catalogue: fr and es must define exactly its keys (checked by the type-checker). */
import { applications } from "./applications.js";
import { circles } from "./circles.js";
import { commands } from "./commands.js";
import { comments } from "./comments.js";
import { common } from "./common.js";
import { discord } from "./discord.js";
import { lifecycleCommitments } from "./lifecycle-commitments.js";
import { openData } from "./open-data.js";
import { plans } from "./plans.js";
import { relay } from "./relay.js";
import { rules } from "./rules.js";
import { scheduler } from "./scheduler.js";
import { site } from "./site.js";
import { slack } from "./slack.js";
import { supportUnit } from "./support-unit.js";

export const en = {
  ...common,
  ...rules,
  ...commands,
  ...slack,
  ...discord,
  ...scheduler,
  ...site,
  ...openData,
  ...comments,
  ...lifecycleCommitments,
  ...plans,
  ...supportUnit,
  ...applications,
  ...circles,
  ...relay,
};
