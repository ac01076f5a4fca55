import { labelOf, POLICY_AREA_LABELS } from "../../domain/vocabularies.js";
import type { ReplyBlock } from "../../messages/model.js";
import { invalid } from "../../services/errors.js";
import { findPeers } from "../../services/peers.js";
import { type CommandContext, requireLinked } from "../context.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";

/**
 * `peers [POLICY_AREA]`: the handbook's peer exchange (§2.4), the members working on the same policy
 * area as the caller's (or the one named), with their circles. Anyone linked.
 */
export async function peers(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  if (args.length > 1) throw invalid("peers.area_needed");
  const found = await findPeers(context.db, context.caller, args[0]);
  const blocks: ReplyBlock[] = found.flatMap(({ area, peers: list }): ReplyBlock[] => {
    const areaLabel = labelOf(POLICY_AREA_LABELS, area, context.language);
    if (list.length === 0)
      return [{ kind: "text", text: context.text("cmd.peers.none", { area: areaLabel }) }];
    return [
      { kind: "heading", text: context.text("cmd.peers.title", { area: areaLabel }) },
      {
        kind: "list",
        items: list.map((peer) => {
          const line = context.text("cmd.peers.line", {
            member: peer.name,
            country: peer.country,
            commitments: peer.commitmentCodes.join(", "),
          });
          return peer.circles.length > 0
            ? `${line} · ${context.text("cmd.peers.circles", { circles: peer.circles.map((c) => c.name).join(", ") })}`
            : line;
        }),
      },
    ];
  });
  const summary = blocks.find((block) => block.kind === "heading" || block.kind === "text");
  return messages(
    "ok",
    toCaller(summary && "text" in summary ? summary.text : context.text("cmd.peers.hint"), [
      ...blocks,
      { kind: "context", text: context.text("cmd.peers.hint") },
    ]),
  );
}
