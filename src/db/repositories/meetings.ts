import type { MeetingPhase, Source } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import { meetings } from "../schema/index.js";

export type MeetingRow = typeof meetings.$inferSelect;

/** Records a co-creation or implementation meeting (§3.3.1) with its participant counts. */
export async function recordMeeting(
  writer: AuditedWriter,
  input: {
    memberId: string;
    planId: string | null;
    heldOn: string;
    phase: MeetingPhase;
    title: string;
    governmentParticipants: number;
    nonGovernmentParticipants: number;
    organizations: string[];
    minutesUrl: string | null;
    source: Source;
    recordedBy: string;
  },
): Promise<MeetingRow> {
  return writer.insert(meetings, input);
}
