import type { Database } from "../../db/client.js";
import { instantCell, yesNo } from "../../db/repositories/open-data/cells.js";
import {
  type CommitmentExportRow,
  listCommitmentExportBatch,
} from "../../db/repositories/open-data/commitments.js";
import {
  completionLevel,
  labelOf,
  OGP_VALUE_LABELS,
  OGP_VALUES,
  POLICY_AREA_LABELS,
} from "../../domain/vocabularies.js";
import { civilDateIn, countryName } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";

/**
 * `commitments.csv`: OGP's commitment-data columns first, named and filled as OGP's data does
 * (spec §2b), so the Support Unit can read both side by side; then ours. OGP's columns are in
 * English, as OGP publishes them.
 */
const OGP_COLUMNS = [
  "Commitment Unique Identifier",
  "Country/Locality",
  "National Or Local",
  "Action Plan Number",
  "Commitment Number",
  "Theme",
  "Commitment Title",
  "Short Title",
  "Full Text",
  "Start Date",
  "End Date",
  "Lead Institution",
  "Supporting Institution(s)",
  // One flag column per OGP value (Annex 2 §13), named by the value.
  ...OGP_VALUES.map((value) => labelOf(OGP_VALUE_LABELS, value, "en")),
  "Completion",
] as const;

const OUR_COLUMNS = [
  "Member Slug",
  "Member Code",
  "Country Code",
  "Member Status",
  "Commitment Status",
  "Completion %",
  "Last Update Date",
  "Last Update At",
  "Policy Areas",
  "Primary Sectors",
  "OGP Values",
  "National Alignment",
  "Milestones Complete",
  "Milestones Total",
  "Page",
] as const;

export const COMMITMENT_CSV_HEADER: readonly string[] = [...OGP_COLUMNS, ...OUR_COLUMNS];

/** Commitments read per query: bounded memory however many members there are. */
const BATCH_SIZE = 500;

function commitmentRecord(row: CommitmentExportRow, publicBaseUrl: string): string[] {
  const { owners } = row;
  const commitment = row;
  const first = owners[0];
  const locality = owners.map((owner) => owner.name).join(" / ");
  const supporting = [commitment.nonGovernmentImplementer?.office, ...commitment.otherStakeholders].filter(
    (name): name is string => Boolean(name),
  );
  const lastUpdateDay =
    row.lastUpdateAt && first ? civilDateIn(row.lastUpdateAt, first.timeZone) : instantCell(row.lastUpdateAt);
  return [
    commitment.code,
    first ? `${locality}, ${countryName(first.country, "en")}` : "",
    "Local",
    String(row.planNumber),
    String(commitment.number),
    row.policyAreas.map((code) => labelOf(POLICY_AREA_LABELS, code, "en")).join("; "),
    commitment.title,
    commitment.shortTitle ?? "",
    // Annex 2's statement of the commitment: the problem it addresses, then what it will do.
    [commitment.problem, commitment.action].join("\n\n"),
    commitment.startDate,
    commitment.endDate,
    commitment.leadAgency.office,
    supporting.join("; "),
    ...OGP_VALUES.map((value) => yesNo(row.ogpValues.includes(value))),
    t("en", `cmd.completion.${completionLevel(row.completionPct)}`),
    owners.map((owner) => owner.slug).join("; "),
    owners.map((owner) => owner.code).join("; "),
    [...new Set(owners.map((owner) => owner.country))].join("; "),
    owners.map((owner) => owner.status).join("; "),
    commitment.status,
    row.completionPct === null ? "" : String(row.completionPct),
    row.lastUpdateAt ? lastUpdateDay : "",
    instantCell(row.lastUpdateAt),
    row.policyAreas.join("; "),
    row.sectors.join("; "),
    row.ogpValues.join("; "),
    commitment.nationalAlignment ?? "",
    String(row.milestonesComplete),
    String(row.milestonesTotal),
    first ? `${publicBaseUrl}/commitments/${encodeURIComponent(commitment.code)}` : "",
  ];
}

/** Every commitment, in code order, a batch at a time. */
export async function* commitmentRecords(db: Database, publicBaseUrl: string): AsyncGenerator<string[][]> {
  let after: string | null = null;
  for (;;) {
    const batch = await listCommitmentExportBatch(db, after, BATCH_SIZE);
    if (batch.length === 0) return;
    yield batch.map((row) => commitmentRecord(row, publicBaseUrl));
    if (batch.length < BATCH_SIZE) return;
    after = batch[batch.length - 1]!.code;
  }
}
