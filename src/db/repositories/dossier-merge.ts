import { eq, getTableColumns, getTableName, is, SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { type DossierProblem, jsonPath, type Path, ProblemList } from "../../domain/dossier/problems.js";
import type { Dossier } from "../../domain/dossier/schema.js";
import { readDossier } from "../../domain/dossier/validate.js";
import { t } from "../../messages/i18n/index.js";
import { type AuditedWriter, writeAudited } from "../audit.js";
import type { Database, Executor } from "../client.js";
import { progressUpdateRevisions } from "../schema/index.js";
import { insertAuditedBatch, insertBatch, selectWhereIn } from "./bulk.js";
import {
  buildImportRows,
  IMPORT_TABLES,
  type ImportActor,
  type ImportRows,
  type ImportTables,
} from "./dossier-import.js";

/**
 * `import --merge` (docs/import-format.md, "Merging into a database"): the document is validated
 * exactly as an import validates it, then each of its records is matched with the database's by the
 * record's identity below. A matched record takes the file's values (one audited update with the
 * columns that changed, nothing when none did); an unmatched one is inserted as an import inserts it;
 * a record the database has and the file does not is left alone — a merge, not a sync. All of it in
 * one transaction: any problem and nothing is written.
 */

type TableKey = keyof ImportTables;
/** Tables without an id: their rows are a list field of their owner record, replaced as a whole. */
type LinkTableKey =
  | "coalitionMembers"
  | "circleMembers"
  | "circleChannels"
  | "commitmentOwners"
  | "commitmentPolicyAreas"
  | "commitmentSectors"
  | "commitmentOgpValues"
  | "milestoneStatusChanges"
  | "updateChallenges";
type RecordTableKey = Exclude<TableKey, LinkTableKey>;

type Row = Record<string, unknown>;
type RecordRow = Row & { id: string };
type RecordTable = SQLiteTable & { id: SQLiteColumn };

/** How a merge recognises a record of the file in the database. */
interface Identity {
  /** The record's name in problems. */
  what: string;
  /** The fields that identify it, as the file names them (docs/import-format.md lists the same). */
  identifiedBy: string;
  /** The identifying values of a row whose references already point to the database's ids. */
  key(row: Row): unknown[];
  /** Columns to look the database's candidates up by: every match shares one of them with the row. */
  lookups: string[];
}

/**
 * Codes and natural keys where the format has them; for the records it gives no key (meetings,
 * updates, evidence…), the fields a correction is least likely to touch: a changed identity reads
 * as a new record, which the merge adds beside the old one.
 */
const IDENTITIES: Record<RecordTableKey, Identity> = {
  organizations: { what: "organization", identifiedBy: "name", key: (r) => [r.name], lookups: ["name"] },
  persons: { what: "person", identifiedBy: "email", key: (r) => [r.email], lookups: ["email"] },
  members: { what: "member", identifiedBy: "slug", key: (r) => [r.slug], lookups: ["slug"] },
  roleAssignments: {
    what: "role",
    identifiedBy: "person, role and member or country",
    key: (r) => [r.personId, r.role, r.memberId, r.country],
    lookups: ["personId"],
  },
  chatIdentities: {
    what: "chat identity",
    identifiedBy: "platform, workspaceId and userId",
    key: (r) => [r.platform, r.workspaceId, r.userId],
    lookups: ["userId"],
  },
  coalitions: { what: "coalition", identifiedBy: "slug", key: (r) => [r.slug], lookups: ["slug"] },
  circles: { what: "circle", identifiedBy: "slug", key: (r) => [r.slug], lookups: ["slug"] },
  actionPlans: {
    what: "plan",
    identifiedBy: "owner (member or coalition) and number",
    key: (r) => [r.memberId, r.coalitionId, r.number],
    lookups: ["memberId", "coalitionId"],
  },
  endorsements: {
    what: "endorsement",
    identifiedBy: "plan, organization and endorsedAt",
    key: (r) => [r.planId, r.organizationId, r.endorsedAt],
    lookups: ["planId"],
  },
  meetings: {
    what: "meeting",
    identifiedBy: "member, heldOn and title",
    key: (r) => [r.memberId, r.heldOn, r.title],
    lookups: ["memberId"],
  },
  commitments: { what: "commitment", identifiedBy: "code", key: (r) => [r.code], lookups: ["code"] },
  milestones: {
    what: "milestone",
    identifiedBy: "commitment and position",
    key: (r) => [r.commitmentId, r.position],
    lookups: ["commitmentId"],
  },
  modifications: {
    what: "modification",
    identifiedBy: "commitment, kind and proposedOn",
    key: (r) => [r.commitmentId, r.kind, r.proposedOn],
    lookups: ["commitmentId"],
  },
  modificationApprovals: {
    what: "approval",
    identifiedBy: "modification and person",
    key: (r) => [r.modificationId, r.personId],
    lookups: ["modificationId"],
  },
  progressUpdates: {
    what: "progress update",
    identifiedBy: "commitment and postedAt",
    key: (r) => [r.commitmentId, r.postedAt],
    lookups: ["commitmentId"],
  },
  assessments: {
    what: "assessment",
    identifiedBy: "plan, kind and commitment",
    key: (r) => [r.planId, r.kind, r.commitmentId],
    lookups: ["planId"],
  },
  evidence: {
    what: "evidence item",
    identifiedBy: "subject, addedAt and title",
    key: (r) => [r.planId, r.commitmentId, r.milestoneId, r.meetingId, r.updateId, r.addedAt, r.title],
    lookups: ["planId", "commitmentId", "milestoneId", "meetingId", "updateId"],
  },
  memberStatusHistory: {
    what: "status history entry",
    identifiedBy: "member, effectiveOn and status",
    key: (r) => [r.memberId, r.effectiveOn, r.status],
    lookups: ["memberId"],
  },
  statusDecisions: {
    what: "status decision",
    identifiedBy: "member, kind and startsOn",
    key: (r) => [r.memberId, r.kind, r.startsOn],
    lookups: ["memberId"],
  },
};

/** A list field of a record, stored as rows of a link table. */
interface LinkField {
  table: LinkTableKey;
  owner: RecordTableKey;
  ownerColumn: string;
  /** The field's name in the file, which the audit row uses too. */
  field: string;
}

const LINK_FIELDS: readonly LinkField[] = [
  { table: "coalitionMembers", owner: "coalitions", ownerColumn: "coalitionId", field: "members" },
  { table: "circleMembers", owner: "circles", ownerColumn: "circleId", field: "members" },
  { table: "circleChannels", owner: "circles", ownerColumn: "circleId", field: "channels" },
  { table: "commitmentOwners", owner: "commitments", ownerColumn: "commitmentId", field: "owners" },
  { table: "commitmentPolicyAreas", owner: "commitments", ownerColumn: "commitmentId", field: "policyAreas" },
  { table: "commitmentSectors", owner: "commitments", ownerColumn: "commitmentId", field: "sectors" },
  { table: "commitmentOgpValues", owner: "commitments", ownerColumn: "commitmentId", field: "ogpValues" },
  {
    table: "milestoneStatusChanges",
    owner: "progressUpdates",
    ownerColumn: "updateId",
    field: "milestoneChanges",
  },
  { table: "updateChallenges", owner: "progressUpdates", ownerColumn: "updateId", field: "challenges" },
];

const isLinkTable = (key: TableKey): key is LinkTableKey => LINK_FIELDS.some((link) => link.table === key);

/**
 * The database's own bookkeeping, which the format does not carry and a merge never overwrites. Every
 * other column of the tables above is compared and overwritten, a field left out of the file clearing
 * it: a column the format does not carry must be listed here, or a merge would erase it (a test checks).
 */
export const BOOKKEEPING_COLUMNS: ReadonlySet<string> = new Set([
  "id",
  "createdAt",
  "recordedAt",
  "linkedAt",
  "revision",
  "editedAt",
]);

/** On success, the rows inserted and the records updated, by table name; otherwise every problem. */
export type DossierMergeResult =
  | { ok: true; inserted: Record<string, number>; updated: Record<string, number> }
  | { ok: false; problems: DossierProblem[] };

export async function mergeDossier(
  db: Database,
  document: unknown,
  actor: ImportActor,
): Promise<DossierMergeResult> {
  // The same reading as `importDossier`: structure, references and the handbook rules of the file.
  const reading = readDossier(document, (violation) => t("en", violation.messageKey, violation.params));
  if (!reading.dossier || reading.problems.length > 0) return { ok: false, problems: reading.problems };
  const { dossier } = reading;
  const entryPaths = pathsOfEntries(dossier);
  const pathOfRow = new Map<string, Path>();
  const { rows, auditChanges } = buildImportRows(dossier, (entry) => {
    const id = crypto.randomUUID();
    const path = entryPaths.get(entry);
    if (path) pathOfRow.set(id, path);
    return id;
  });
  return writeAudited(db, { ...actor, source: "import" }, async (writer): Promise<DossierMergeResult> => {
    // Planned inside the write transaction, so what is matched is what gets updated.
    const merge = new MergePlan(writer, rows, auditChanges, pathOfRow);
    await merge.plan();
    if (merge.problems.problems.length > 0) return { ok: false, problems: merge.problems.problems };
    return { ok: true, ...(await merge.apply()) };
  });
}

/** Where each list entry of the parsed document stands, for problems about the rows built from it. */
function pathsOfEntries(dossier: Dossier): WeakMap<object, Path> {
  const paths = new WeakMap<object, Path>();
  const walk = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === "object" && item !== null) paths.set(item, [...path, index]);
        walk(item, [...path, index]);
      });
    } else if (typeof value === "object" && value !== null && !(value instanceof Date)) {
      for (const [key, field] of Object.entries(value)) walk(field, [...path, key]);
    }
  };
  walk(dossier, []);
  return paths;
}

/** A value as compared: instants by their time, JSON by its content whatever the key order. */
function comparable(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return `instant ${value.getTime()}`;
  if (typeof value === "object") return JSON.stringify(sortedKeys(value));
  return value;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => [key, sortedKeys(field)]),
  );
}

const keyText = (parts: readonly unknown[]) => JSON.stringify(parts.map(comparable));

/** What a column holds when the file leaves its field out: its default (`noProgress` false), else null. */
function absentValue(column: SQLiteColumn): unknown {
  return column.default !== undefined && !is(column.default, SQL) ? column.default : null;
}

/** The columns whose file value differs from the database's, with the file's values. */
function changedColumns(table: SQLiteTable, fileRow: Row, databaseRow: Row): Row {
  const changes: Row = {};
  for (const [name, column] of Object.entries(getTableColumns(table))) {
    if (BOOKKEEPING_COLUMNS.has(name)) continue;
    const value = fileRow[name] === undefined ? absentValue(column) : fileRow[name];
    if (comparable(value) !== comparable(databaseRow[name])) changes[name] = value;
  }
  return changes;
}

/** A link table's rows without their owner, comparable as a set. */
function linkContent(table: SQLiteTable, ownerColumn: string, rows: readonly Row[]): string {
  const columns = Object.keys(getTableColumns(table)).filter((name) => name !== ownerColumn);
  return JSON.stringify(rows.map((row) => keyText(columns.map((name) => row[name]))).sort());
}

function columnOf(table: SQLiteTable, name: string): SQLiteColumn {
  const column = (getTableColumns(table) as Record<string, SQLiteColumn>)[name];
  if (!column) throw new Error(`${getTableName(table)} has no column ${name}`);
  return column;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

interface LinkReplacement {
  link: LinkField;
  ownerId: string;
  rows: Row[];
  /** The field as the file states it, for the owner's audit row. */
  value: unknown;
}

/** Matches the file's rows with the database's, table by table, then writes the difference. */
class MergePlan {
  readonly problems = new ProblemList();
  /** The database id of each file row the database already holds, by the id the row was built with. */
  private readonly existingIds = new Map<string, string>();
  private readonly inserts = new Map<TableKey, Row[]>();
  private readonly updates: { table: RecordTableKey; id: string; changes: Row }[] = [];
  private readonly linkReplacements: LinkReplacement[] = [];
  private readonly revisions: (typeof progressUpdateRevisions.$inferInsert)[] = [];
  private readonly tx: Executor;

  constructor(
    private readonly writer: AuditedWriter,
    private readonly rows: ImportRows,
    private readonly auditChanges: ReadonlyMap<string, Record<string, unknown>>,
    private readonly pathOfRow: ReadonlyMap<string, Path>,
  ) {
    this.tx = writer.tx;
  }

  async plan(): Promise<void> {
    // Owners come before the rows that point to them, so each row's references are resolved first.
    for (const key of Object.keys(IMPORT_TABLES) as TableKey[]) {
      if (!isLinkTable(key)) await this.planTable(key);
    }
  }

  async apply(): Promise<{ inserted: Record<string, number>; updated: Record<string, number> }> {
    const { writer, tx } = this;
    const inserted: Record<string, number> = {};
    const updated: Record<string, Set<string>> = {};
    const count = (table: SQLiteTable, rows: number) => {
      if (rows > 0) inserted[getTableName(table)] = (inserted[getTableName(table)] ?? 0) + rows;
    };
    const markUpdated = (table: SQLiteTable, id: string) => {
      const name = getTableName(table);
      updated[name] ??= new Set();
      updated[name].add(id);
    };
    // Replaced lists are cleared before anything is written: a member moving between two coalitions
    // of the file never belongs to both (a member is in one coalition at most).
    for (const { link, ownerId } of this.linkReplacements) {
      const table = IMPORT_TABLES[link.table];
      await tx.delete(table).where(eq(columnOf(table, link.ownerColumn), ownerId));
    }
    for (const key of Object.keys(IMPORT_TABLES) as TableKey[]) {
      const table = IMPORT_TABLES[key];
      for (const { id, changes } of this.updates.filter((update) => update.table === key)) {
        await writer.update(table as RecordTable, id, changes as never);
        markUpdated(table, id);
      }
      const rows = this.inserts.get(key) ?? [];
      if (isLinkTable(key)) {
        await insertBatch(tx, table, rows as never[]);
        for (const replacement of this.linkReplacements.filter(({ link }) => link.table === key)) {
          await insertBatch(tx, table, replacement.rows as never[]);
          const owner = IMPORT_TABLES[replacement.link.owner];
          writer.record(getTableName(owner), replacement.ownerId, "update", {
            [replacement.link.field]: replacement.value,
          });
          markUpdated(owner, replacement.ownerId);
          count(table, replacement.rows.length);
        }
      } else {
        await insertAuditedBatch(writer, table, rows as RecordRow[] as never[], (row: RecordRow) => ({
          ...row,
          ...this.auditChanges.get(row.id),
        }));
      }
      count(table, rows.length);
    }
    for (const revision of this.revisions) await writer.insert(progressUpdateRevisions, revision);
    count(progressUpdateRevisions, this.revisions.length);
    return {
      inserted,
      updated: Object.fromEntries(Object.entries(updated).map(([name, ids]) => [name, ids.size])),
    };
  }

  private pathOf(row: RecordRow): Path {
    return this.pathOfRow.get(row.id) ?? [];
  }

  /** The row with every reference to a record the database holds pointing to that record's id. */
  private remapped<T extends Row>(row: T): T {
    return Object.fromEntries(
      Object.entries(row).map(([name, value]) => [
        name,
        typeof value === "string" ? (this.existingIds.get(value) ?? value) : value,
      ]),
    ) as T;
  }

  private resolvedId(row: RecordRow): string {
    return this.existingIds.get(row.id) ?? row.id;
  }

  private async planTable(key: RecordTableKey): Promise<void> {
    const table = IMPORT_TABLES[key];
    const identity = IDENTITIES[key];
    const fileRows = (this.rows[key] as RecordRow[]).map((row) => this.remapped(row));
    const candidates = groupBy(await this.candidates(table, identity, fileRows), (row) =>
      keyText(identity.key(row)),
    );
    const matched: { fileRow: RecordRow; databaseRow: RecordRow }[] = [];
    const added: RecordRow[] = [];
    const firstWithKey = new Map<string, RecordRow>();
    for (const row of fileRows) {
      const key = keyText(identity.key(row));
      const first = firstWithKey.get(key);
      if (first) {
        this.problems.add(
          this.pathOf(row),
          `same ${identity.identifiedBy} as the ${identity.what} at ${jsonPath(this.pathOf(first))}: a merge identifies a ${identity.what} by its ${identity.identifiedBy}`,
        );
        continue;
      }
      firstWithKey.set(key, row);
      const existing = candidates.get(key) ?? [];
      if (existing.length > 1) {
        this.problems.add(
          this.pathOf(row),
          `${existing.length} records in the database have this ${identity.what}'s ${identity.identifiedBy}: a merge cannot tell which one to update`,
        );
      } else if (existing[0]) {
        this.existingIds.set(row.id, existing[0].id);
        matched.push({ fileRow: row, databaseRow: existing[0] });
      } else {
        added.push(row);
      }
    }
    await this.checkConflicts(key, fileRows, [...candidates.values()].flat());

    const links = LINK_FIELDS.filter((link) => link.owner === key);
    const fileLinks = new Map(
      links.map((link) => [
        link,
        groupBy(this.rows[link.table] as Row[], (row) => String(row[link.ownerColumn])),
      ]),
    );
    const databaseLinks = new Map<LinkField, Map<string, Row[]>>();
    for (const link of links) {
      const linkTable = IMPORT_TABLES[link.table];
      const stored = await selectWhereIn(
        this.tx,
        linkTable,
        columnOf(linkTable, link.ownerColumn),
        matched.map(({ databaseRow }) => databaseRow.id),
      );
      databaseLinks.set(
        link,
        groupBy(stored as Row[], (row) => String(row[link.ownerColumn])),
      );
    }

    for (const { fileRow, databaseRow } of matched) {
      const changes = changedColumns(table, fileRow, databaseRow);
      let listsChanged = false;
      for (const link of links) {
        const linkTable = IMPORT_TABLES[link.table];
        const wanted = (fileLinks.get(link)?.get(fileRow.id) ?? []).map((row) => this.remapped(row));
        const stored = databaseLinks.get(link)?.get(databaseRow.id) ?? [];
        if (
          linkContent(linkTable, link.ownerColumn, wanted) ===
          linkContent(linkTable, link.ownerColumn, stored)
        )
          continue;
        listsChanged = true;
        this.linkReplacements.push({
          link,
          ownerId: databaseRow.id,
          rows: wanted,
          value: this.auditChanges.get(fileRow.id)?.[link.field],
        });
      }
      if (key === "progressUpdates" && (listsChanged || Object.keys(changes).length > 0)) {
        this.keepRevision(databaseRow, databaseLinks);
        changes.revision = (databaseRow.revision as number) + 1;
        changes.editedAt = this.writer.at;
      }
      if (Object.keys(changes).length > 0) this.updates.push({ table: key, id: databaseRow.id, changes });
    }

    this.inserts.set(key, added);
    for (const link of links) {
      const rowsOfAdded = added.flatMap((row) => fileLinks.get(link)?.get(row.id) ?? []);
      this.inserts.set(
        link.table,
        rowsOfAdded.map((row) => this.remapped(row)),
      );
    }
  }

  /** The database's rows that share a lookup column with one of the file's rows. */
  private async candidates(table: SQLiteTable, identity: Identity, fileRows: readonly Row[]) {
    const found = new Map<string, RecordRow>();
    for (const name of identity.lookups) {
      const values = [...new Set(fileRows.map((row) => row[name]).filter((v) => typeof v === "string"))];
      for (const row of await selectWhereIn(this.tx, table, columnOf(table, name), values)) {
        found.set((row as RecordRow).id, row as RecordRow);
      }
    }
    return [...found.values()];
  }

  /** Nothing once published is lost: the version a merge replaces is kept, as a correction keeps it. */
  private keepRevision(update: Row, databaseLinks: ReadonlyMap<LinkField, Map<string, Row[]>>): void {
    const storedList = (field: string) =>
      [...databaseLinks].find(([link]) => link.field === field)?.[1].get(update.id as string) ?? [];
    this.revisions.push({
      updateId: update.id as string,
      revision: update.revision as number,
      snapshot: {
        authorId: update.authorId,
        milestoneId: update.milestoneId,
        narrative: update.narrative,
        completionPct: update.completionPct,
        delayReasons: update.delayReasons,
        nextSteps: update.nextSteps,
        noProgress: update.noProgress,
        milestoneChanges: storedList("milestoneChanges").map(({ milestoneId, fromStatus, toStatus }) => ({
          milestoneId,
          fromStatus,
          toStatus,
        })),
        challenges: storedList("challenges").map(({ code, detail }) => ({ code, detail })),
        editedAt: update.editedAt instanceof Date ? update.editedAt.toISOString() : null,
      },
      replacedAt: this.writer.at,
      replacedBy: this.writer.actor.personId,
    });
  }

  /**
   * The database's unique keys a merged record could collide with although its own identity matched
   * nothing or something else: reported here, with their path, instead of failing the transaction.
   */
  private async checkConflicts(
    key: RecordTableKey,
    fileRows: readonly RecordRow[],
    candidates: readonly RecordRow[],
  ): Promise<void> {
    const inFile = new Set(fileRows.map((row) => this.resolvedId(row)));
    /** A record of the database the file does not mention keeps its key after the merge. */
    const heldElsewhere = (holder: RecordRow | undefined, row: RecordRow) =>
      holder !== undefined && holder.id !== this.resolvedId(row) && !inFile.has(holder.id);
    if (key === "members") {
      const columns = IMPORT_TABLES.members;
      const holders = await selectWhereIn(
        this.tx,
        columns,
        columns.code,
        fileRows.map((row) => row.code as string),
      );
      const holderOf = new Map(holders.map((holder) => [holder.code, holder]));
      for (const row of fileRows) {
        const holder = holderOf.get(row.code as string);
        if (holder && heldElsewhere(holder, row))
          this.problems.add(
            [...this.pathOf(row), "code"],
            `member code '${String(row.code)}' belongs to member '${holder.slug}' in the database`,
          );
      }
    }
    if (key === "chatIdentities") {
      // Who a chat user is decides what they may do: a merge links new identities, it never moves one.
      const linkedTo = new Map(
        candidates.map((candidate) => [
          keyText(IDENTITIES.chatIdentities.key(candidate)),
          candidate.personId,
        ]),
      );
      for (const row of fileRows) {
        const personId = linkedTo.get(keyText(IDENTITIES.chatIdentities.key(row)));
        if (personId !== undefined && personId !== row.personId)
          this.problems.add(
            this.pathOf(row),
            `chat identity '${String(row.platform)} ${String(row.workspaceId)}/${String(row.userId)}' is linked to another person in the database: a merge does not move a chat identity`,
          );
      }
    }
    if (key === "coalitions") await this.checkCoalitionMembers(fileRows);
    if (key === "endorsements") {
      const organizationName = new Map(
        (this.rows.organizations as RecordRow[]).map((row) => [this.resolvedId(row), String(row.name)]),
      );
      for (const row of fileRows) {
        if (row.withdrawnAt !== undefined && row.withdrawnAt !== null) continue;
        const standing = candidates.find(
          (candidate) =>
            candidate.planId === row.planId &&
            candidate.organizationId === row.organizationId &&
            candidate.withdrawnAt === null,
        );
        if (standing && heldElsewhere(standing, row))
          this.problems.add(
            this.pathOf(row),
            `'${organizationName.get(String(row.organizationId))}' already has a standing endorsement of this plan in the database (endorsed at ${(standing.endorsedAt as Date).toISOString()}): withdraw one of them`,
          );
      }
    }
    if (key === "commitments") {
      const commitmentsTable = IMPORT_TABLES.commitments;
      const holders = await selectWhereIn(
        this.tx,
        commitmentsTable,
        commitmentsTable.planId,
        fileRows.map((row) => row.planId as string),
      );
      const holderAt = new Map(holders.map((holder) => [`${holder.planId} ${holder.number}`, holder]));
      for (const row of fileRows) {
        const holder = holderAt.get(`${String(row.planId)} ${String(row.number)}`);
        if (holder && heldElsewhere(holder, row))
          this.problems.add(
            [...this.pathOf(row), "number"],
            `number ${String(row.number)} of this plan belongs to commitment '${holder.code}' in the database`,
          );
      }
    }
  }

  /** A member is in one coalition at most: joining one of the file's needs leaving any other. */
  private async checkCoalitionMembers(coalitionRows: readonly RecordRow[]): Promise<void> {
    const links = (this.rows.coalitionMembers as Row[]).map((row) => this.remapped(row));
    const membersOf = new Map<string, Set<string>>();
    for (const link of links) {
      const coalitionId = String(link.coalitionId);
      membersOf.set(coalitionId, (membersOf.get(coalitionId) ?? new Set()).add(String(link.memberId)));
    }
    const slugOf = new Map(
      (this.rows.members as RecordRow[]).map((row) => [this.resolvedId(row), String(row.slug)]),
    );
    const coalitionMembers = IMPORT_TABLES.coalitionMembers;
    const memberships = await selectWhereIn(
      this.tx,
      coalitionMembers,
      coalitionMembers.memberId,
      links.map((link) => String(link.memberId)),
    );
    const storedCoalitionOf = new Map(memberships.map((row) => [row.memberId, row.coalitionId]));
    for (const coalition of coalitionRows) {
      const coalitionId = this.resolvedId(coalition);
      const slugs = (this.auditChanges.get(coalition.id)?.members ?? []) as string[];
      for (const memberId of membersOf.get(coalitionId) ?? []) {
        const stored = storedCoalitionOf.get(memberId);
        const leavesStored = membersOf.has(stored ?? "") && !membersOf.get(stored ?? "")?.has(memberId);
        if (stored === undefined || stored === coalitionId || leavesStored) continue;
        const slug = slugOf.get(memberId) ?? memberId;
        this.problems.add(
          [...this.pathOf(coalition), "members", slugs.indexOf(slug)],
          `member '${slug}' belongs to another coalition in the database: a member is in one coalition at most`,
        );
      }
    }
  }
}
