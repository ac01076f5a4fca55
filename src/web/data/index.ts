/**
 * What the public site and the open-data API read: the public record of members with the rules
 * engine's verdict on it, loaded once and shaped by each surface (pages, JSON, feeds).
 */

export type {
  PublicCommitment,
  PublicEvidence,
  PublicRecord,
  PublicUpdate,
} from "../../db/repositories/public-record.js";
export {
  type DirectoryPage,
  listMemberCountries,
  loadCountryView,
  loadDirectory,
  type MemberSearch,
  type MemberSummaryView,
} from "./directory.js";
export { type CommitmentView, loadCommitmentView, loadMemberView, type MemberView } from "./member-view.js";
