import type { types } from "@slack/bolt";
import type { ReplyBlock } from "../../commands/index.js";
import { renderBlocks, SLACK_LIMITS } from "./render-blocks.js";

/** The App Home tab: the same neutral blocks, within a view's 100-block limit. */
export function renderHomeView(blocks: ReplyBlock[]): types.HomeView {
  return { type: "home", blocks: renderBlocks(blocks, SLACK_LIMITS.viewBlocks) };
}
