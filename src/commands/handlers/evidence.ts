import { EVIDENCE_KINDS, type EvidenceKind } from "../../domain/vocabularies.js";
import { truncate } from "../../messages/limits.js";
import { attachEvidence, resolveEvidenceSubject } from "../../services/attach-evidence.js";
import { invalid } from "../../services/errors.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { parseWebUrl } from "../forms.js";
import { notice } from "../messages.js";
import type { CommandResult } from "../reply.js";

const TITLE_MAX = 300;

/** `evidence SUBJECT URL [KIND] [TITLE…]`: attach a link (Annex 5) to a plan, commitment, milestone or meeting. */
export async function evidence(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [subjectRef, urlText, ...rest] = args;
  if (!subjectRef || !urlText) throw invalid("cmd.evidence.usage");
  const url = parseWebUrl(urlText);
  if (!url) throw invalid("cmd.evidence.bad_url");
  const kind: EvidenceKind =
    rest[0] && (EVIDENCE_KINDS as readonly string[]).includes(rest[0].toLowerCase())
      ? (rest.shift()?.toLowerCase() as EvidenceKind)
      : "other";
  const title = truncate(rest.join(" ").trim() || url, TITLE_MAX);
  const resolved = await resolveEvidenceSubject(context, subjectRef);
  await attachEvidence(context, actingOf(context), resolved, { url, title, kind });
  return notice(
    "ok",
    context.text("cmd.evidence.attached", {
      title,
      subject: resolved.label,
      kind: context.text(`cmd.evidence_kind.${kind}`),
    }),
    "success",
  );
}
