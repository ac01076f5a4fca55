import type { App } from "@slack/bolt";
import { runCommand } from "../../../commands/index.js";
import { deliverResult } from "../outbound/reply.js";
import { FORM_CALLBACK_PREFIX, formIdOf, readFormMetadata, readViewValues } from "../render-modal.js";
import type { SlackListenerDeps } from "./listener-deps.js";

const OUR_FORMS = new RegExp(`^${FORM_CALLBACK_PREFIX.replaceAll(".", "\\.")}`);

/**
 * Modal submissions. Unlike commands, the core runs before the ack: Slack shows field errors only in
 * the ack (`response_action: errors`), and validation plus one local transaction fit well within 3 s.
 * Posts to channels and the confirmation follow the ack.
 */
export function registerViewSubmissions(app: App, deps: SlackListenerDeps): void {
  app.view({ callback_id: OUR_FORMS, type: "view_submission" }, async ({ ack, body, view, client }) => {
    const formId = formIdOf(view.callback_id);
    const metadata = readFormMetadata(view.private_metadata);
    if (!formId || !metadata) {
      deps.commands.logger.warn("slack view submission we cannot read", { callback: view.callback_id });
      await ack();
      return;
    }
    const teamId = body.team?.id ?? body.user.team_id ?? view.team_id;
    const userId = body.user.id;
    const result = await runCommand(deps.commands, {
      platform: "slack",
      workspaceId: teamId,
      userId,
      ...(metadata.channelId ? { channelId: metadata.channelId } : {}),
      input: { kind: "form", formId, context: metadata.context, values: readViewValues(view.state.values) },
    });
    if (result.kind === "form_errors") {
      await ack({ response_action: "errors", errors: result.errors });
      return;
    }
    if (result.kind === "messages" && result.status !== "ok") {
      // A refusal (a role withdrawn meanwhile, a window closed) is shown in the modal, next to its first field.
      const firstField = view.blocks.find((block) => block.type === "input")?.block_id;
      const refusal = result.messages[0]?.summary ?? "";
      if (firstField) {
        await ack({ response_action: "errors", errors: { [firstField]: refusal.slice(0, 1000) } });
        return;
      }
    }
    await ack({ response_action: "clear" });
    await deliverResult(
      result,
      { client, teamId, userId, channelId: metadata.channelId, responseUrl: metadata.responseUrl },
      deps.delivery,
    );
  });
}
