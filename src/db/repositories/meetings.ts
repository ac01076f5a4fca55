import type { MeetingPhase, Source } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import { meetings } from "../schema/index.js";

export type MeetingRow = typeof meetings.$inferSelect;

/** What a meeting is, as whoever logs it describes it. */
export interface MeetingDescription {
  heldOn: string;
  phase: MeetingPhase;
  title: string;
  governmentParticipants: number;
  nonGovernmentParticipants: number;
  organizations: string[];
  minutesUrl: string | null;
}

/** Records a co-creation or implementation meeting (§3.3.1) with its participant counts. */
export async function recordMeeting(
  writer: AuditedWriter,
  input: MeetingDescription & { memberId: string; planId: string | null; source: Source; recordedBy: string },
): Promise<MeetingRow> {
  return writer.insert(meetings, input);
}
