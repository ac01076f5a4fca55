/**
 * The public site benchmark's data (`npm run bench:web`): synthetic members with everything their
 * public pages show, inserted through the Drizzle schema in multi-row statements and one
 * transaction. Seeded: the same count and seed give the same rows, ids included.
 *
 * Shape per member: one plan in implementation (a country's monitoring body, an initial assessment,
 * 1–3 endorsements, 2 co-creation and 2–5 implementation meetings, a point of contact), 3–5
 * commitments (1–2 policy areas, sectors and OGP values each) of 3–4 milestones, 2–5 quarterly
 * updates per commitment that move the milestones along (some with delay reasons, next steps,
 * challenges, evidence or an approved public comment), and a status history matching its status.
 *
 * Column names and value mappings (JSON, timestamps, booleans) come from the Drizzle schema, but the
 * multi-row statements are assembled here: Drizzle's query builder spent about as long composing
 * the SQL of 800k rows as SQLite spent inserting them.
 */
import type { Client, InValue, Transaction } from "@libsql/client";
import { type Column, getTableColumns, getTableName, type InferInsertModel } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import {
  actionPlans,
  assessments,
  commitmentOgpValues,
  commitmentPolicyAreas,
  commitmentSectors,
  commitments,
  endorsements,
  evidence,
  meetings,
  memberStatusHistory,
  members,
  milestoneStatusChanges,
  milestones,
  organizations,
  persons,
  progressUpdates,
  publicComments,
  roleAssignments,
  statusDecisions,
  updateChallenges,
} from "../src/db/schema/index.js";
import {
  CHALLENGES,
  JURISDICTION_TYPES,
  type Language,
  type MemberStatus,
  type MilestoneStatus,
  OGP_VALUES,
  POLICY_AREAS,
  SECTORS,
} from "../src/domain/vocabularies.js";

/** Where the members are, with the zone and language a member there would have. */
const COUNTRIES: readonly { code: string; zone: string; language: Language }[] = [
  { code: "MX", zone: "America/Mexico_City", language: "es" },
  { code: "CO", zone: "America/Bogota", language: "es" },
  { code: "FR", zone: "Europe/Paris", language: "fr" },
  { code: "US", zone: "America/New_York", language: "en" },
  { code: "PH", zone: "Asia/Manila", language: "en" },
  { code: "NG", zone: "Africa/Lagos", language: "en" },
  { code: "AR", zone: "America/Argentina/Buenos_Aires", language: "es" },
  { code: "KE", zone: "Africa/Nairobi", language: "en" },
  { code: "ES", zone: "Europe/Madrid", language: "es" },
  { code: "ID", zone: "Asia/Jakarta", language: "en" },
  { code: "BR", zone: "America/Sao_Paulo", language: "en" },
  { code: "CA", zone: "America/Toronto", language: "en" },
  { code: "NZ", zone: "Pacific/Auckland", language: "en" },
  { code: "SN", zone: "Africa/Dakar", language: "fr" },
  { code: "CL", zone: "America/Santiago", language: "es" },
  { code: "PE", zone: "America/Lima", language: "es" },
  { code: "GB", zone: "Europe/London", language: "en" },
  { code: "CI", zone: "Africa/Abidjan", language: "fr" },
  { code: "UA", zone: "Europe/Kyiv", language: "en" },
  { code: "GE", zone: "Asia/Tbilisi", language: "en" },
  { code: "EC", zone: "America/Guayaquil", language: "es" },
  { code: "MA", zone: "Africa/Casablanca", language: "fr" },
  { code: "GH", zone: "Africa/Accra", language: "en" },
  { code: "KR", zone: "Asia/Seoul", language: "en" },
  { code: "GT", zone: "America/Guatemala", language: "es" },
  { code: "BE", zone: "Europe/Brussels", language: "fr" },
  { code: "ZA", zone: "Africa/Johannesburg", language: "en" },
  { code: "IE", zone: "Europe/Dublin", language: "en" },
  { code: "CR", zone: "America/Costa_Rica", language: "es" },
  { code: "TN", zone: "Africa/Tunis", language: "fr" },
  { code: "AM", zone: "Asia/Yerevan", language: "en" },
  { code: "IT", zone: "Europe/Rome", language: "en" },
  { code: "DO", zone: "America/Santo_Domingo", language: "es" },
  { code: "CM", zone: "Africa/Douala", language: "fr" },
  { code: "HN", zone: "America/Tegucigalpa", language: "es" },
  { code: "NL", zone: "Europe/Amsterdam", language: "en" },
  { code: "UY", zone: "America/Montevideo", language: "es" },
  { code: "AU", zone: "Australia/Sydney", language: "en" },
  { code: "PY", zone: "America/Asuncion", language: "es" },
  { code: "DE", zone: "Europe/Berlin", language: "en" },
];

const SYLLABLES = [
  "val",
  "mor",
  "ena",
  "lis",
  "ta",
  "ko",
  "ri",
  "san",
  "bel",
  "do",
  "mar",
  "quin",
  "ora",
  "tel",
  "vi",
  "na",
  "ro",
  "lu",
  "gan",
  "pe",
  "sol",
  "cas",
  "tu",
  "ar",
];
const PLACE_FORMS = ["City of {}", "{} District", "Municipality of {}", "{} County", "{} Region", "{}"];
const FIRST_NAMES = [
  "Ana",
  "Kofi",
  "Mere",
  "Lucía",
  "Jean",
  "Amina",
  "Tomás",
  "Priya",
  "Olga",
  "Sione",
  "Claire",
  "Diego",
  "Wanjiru",
  "Hana",
  "Marco",
  "Fatou",
];
const LAST_NAMES = [
  "García",
  "Mensah",
  "Tipene",
  "Dubois",
  "Okafor",
  "Silva",
  "Nguyen",
  "Kowalski",
  "Fifita",
  "Moreau",
  "Ochieng",
  "Rossi",
  "Diallo",
  "Kim",
  "Ibáñez",
  "Santos",
];
const TOPICS = [
  "public works contracts",
  "the municipal budget",
  "council meetings",
  "procurement",
  "land-use permits",
  "water services",
  "school funding",
  "local lobbying",
  "beneficial owners of suppliers",
  "air-quality data",
  "public transport",
  "social housing allocation",
];
const ACTIONS = [
  "Publish",
  "Open up",
  "Co-design a portal for",
  "Hold public hearings on",
  "Create a citizen monitor of",
  "Audit",
];
const EVIDENCE_KINDS_OF_UPDATES = [
  "implementation_document",
  "media",
  "monitoring_report",
  "usage_statistics",
] as const;
const CSO_FORMS = [
  "Civic Network",
  "Transparency Forum",
  "Community Trust",
  "Open Data Collective",
  "Youth Council",
  "Citizens' Observatory",
  "Residents' Association",
  "Budget Watch",
  "Women's Forum",
  "Press Club",
];

/** Mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row<T extends SQLiteTable> = InferInsertModel<T> & Record<string, unknown>;

/** Rows of one block of members, in the order foreign keys need them written. */
function emptyBlock() {
  return {
    members: [] as Row<typeof members>[],
    persons: [] as Row<typeof persons>[],
    roleAssignments: [] as Row<typeof roleAssignments>[],
    actionPlans: [] as Row<typeof actionPlans>[],
    assessments: [] as Row<typeof assessments>[],
    endorsements: [] as Row<typeof endorsements>[],
    meetings: [] as Row<typeof meetings>[],
    commitments: [] as Row<typeof commitments>[],
    commitmentPolicyAreas: [] as Row<typeof commitmentPolicyAreas>[],
    commitmentSectors: [] as Row<typeof commitmentSectors>[],
    commitmentOgpValues: [] as Row<typeof commitmentOgpValues>[],
    milestones: [] as Row<typeof milestones>[],
    progressUpdates: [] as Row<typeof progressUpdates>[],
    milestoneStatusChanges: [] as Row<typeof milestoneStatusChanges>[],
    updateChallenges: [] as Row<typeof updateChallenges>[],
    publicComments: [] as Row<typeof publicComments>[],
    evidence: [] as Row<typeof evidence>[],
    memberStatusHistory: [] as Row<typeof memberStatusHistory>[],
    statusDecisions: [] as Row<typeof statusDecisions>[],
  };
}
type Block = ReturnType<typeof emptyBlock>;

const TABLE_OF: { [K in keyof Block]: SQLiteTable } = {
  members,
  persons,
  roleAssignments,
  actionPlans,
  assessments,
  endorsements,
  meetings,
  commitments,
  commitmentPolicyAreas,
  commitmentSectors,
  commitmentOgpValues,
  milestones,
  progressUpdates,
  milestoneStatusChanges,
  updateChallenges,
  publicComments,
  evidence,
  memberStatusHistory,
  statusDecisions,
};

/** Bound parameters per statement, well under SQLite's limit of 32,766. */
const PARAMETERS_PER_STATEMENT = 10_000;

/** A row's value as the driver takes it; what the row leaves out gets the column's plain default, or null. */
function driverValue(tableName: string, key: string, column: Column, value: unknown): InValue {
  if (value === undefined) {
    const fallback = column.default;
    if (fallback === undefined || typeof fallback === "object") {
      // A generated default (random ids, the current time) would make the data differ run to run.
      if (column.notNull) throw new Error(`${tableName}.${key}: the generator must give a value`);
      return null;
    }
    return fallback as InValue;
  }
  return value === null ? null : (column.mapToDriverValue(value) as InValue);
}

async function insertRows(tx: Transaction, table: SQLiteTable, rows: readonly Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const tableName = getTableName(table);
  const columns = Object.entries(getTableColumns(table));
  const head = `insert into "${tableName}" (${columns.map(([, column]) => `"${column.name}"`).join(", ")}) values `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const perStatement = Math.floor(PARAMETERS_PER_STATEMENT / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const args: InValue[] = [];
    for (const row of chunk)
      for (const [key, column] of columns) args.push(driverValue(tableName, key, column, row[key]));
    await tx.execute({ sql: head + Array(chunk.length).fill(tuple).join(", "), args });
  }
}

/** One transaction: all of `work`'s rows or none. */
async function inTransaction(client: Client, work: (tx: Transaction) => Promise<void>): Promise<void> {
  const tx = await client.transaction("write");
  try {
    await work(tx);
    await tx.commit();
  } catch (error) {
    await tx.rollback();
    throw error;
  } finally {
    tx.close();
  }
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
function addMonths(iso: string, months: number): string {
  const date = new Date(dayMs(iso));
  date.setUTCMonth(date.getUTCMonth() + months);
  return isoDay(date.getTime());
}
const monthOf = (iso: string) => iso.slice(0, 7);
const slugify = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export interface SyntheticSite {
  /** Rows written per table. */
  counts: Record<string, number>;
  /** Every 100th member's slug (the first when fewer), in generation order: the member pages to request. */
  sampleSlugs: string[];
  /** Countries that have members, most members first. */
  countries: string[];
}

/**
 * Writes `count` synthetic members into a migrated, empty database. Everything is as of `today`
 * (an ISO date): plans run across it, updates stop before it.
 */
export async function generateSyntheticSite(
  client: Client,
  count: number,
  options: { seed?: number; today?: string; blockSize?: number } = {},
): Promise<SyntheticSite> {
  const random = seededRandom(options.seed ?? 20261206);
  const today = options.today ?? "2026-12-01";
  const blockSize = options.blockSize ?? 1_000;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const chance = (share: number) => random() < share;
  /** `n` distinct items, in their list's order. */
  const distinct = <T>(items: readonly T[], n: number): T[] => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(n, items.length)) chosen.add(Math.floor(random() * items.length));
    return [...chosen].sort((a, b) => a - b).map((index) => items[index]!);
  };
  const hex = (digits: number) =>
    Math.floor(random() * 16 ** digits)
      .toString(16)
      .padStart(digits, "0");
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(6)}${hex(6)}`;
  const instantOn = (iso: string) => new Date(dayMs(iso) + between(7, 20) * 3_600_000);

  // Settings of this connection only, for a throwaway file: random ids land all over the indexes, so
  // a page cache that holds the whole file saves re-reading pages; no syncs. Foreign keys are not
  // checked (a third of the insert time): every row names parents written before it, which a run
  // with them on confirmed.
  for (const pragma of ["cache_size = -1048576", "synchronous = OFF", "foreign_keys = OFF"])
    await client.execute(`PRAGMA ${pragma}`);
  const counts: Record<string, number> = {};
  const write = async <T extends SQLiteTable>(tx: Transaction, table: T, name: string, rows: Row<T>[]) => {
    await insertRows(tx, table, rows);
    counts[name] = (counts[name] ?? 0) + rows.length;
  };

  // Members per country fall off like city counts do: the largest country has ~8× the smallest.
  const weights = COUNTRIES.map((_, index) => 1 / (index + 1) ** 0.6);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const countryOf = (): (typeof COUNTRIES)[number] => {
    let left = random() * totalWeight;
    for (const [index, weight] of weights.entries()) {
      left -= weight;
      if (left <= 0) return COUNTRIES[index]!;
    }
    return COUNTRIES.at(-1)!;
  };

  // Shared by all members: the Support Unit, and per country a monitoring body and civil society.
  const supportUnitId = uuid();
  const monitoringBodyOf = new Map<string, { id: string; name: string }>();
  const civilSocietyOf = new Map<string, { id: string; name: string }[]>();
  const organizationRows: Row<typeof organizations>[] = [];
  const kindOf = (name: string): "youth_council" | "media" | "civil_society_org" =>
    name.endsWith("Youth Council")
      ? "youth_council"
      : name.endsWith("Press Club")
        ? "media"
        : "civil_society_org";

  for (const country of COUNTRIES) {
    const body = { id: uuid(), name: `${country.code} Institute for Local Governance` };
    monitoringBodyOf.set(country.code, body);
    organizationRows.push({
      ...body,
      kind: "monitoring_body",
      country: country.code,
      createdAt: new Date(0),
    });
    const groups = CSO_FORMS.map((form) => ({ id: uuid(), name: `${country.code} ${form}` }));
    civilSocietyOf.set(country.code, groups);
    for (const group of groups)
      organizationRows.push({
        ...group,
        kind: kindOf(group.name),
        country: country.code,
        createdAt: new Date(0),
      });
  }
  await inTransaction(client, async (tx) => {
    await write(tx, organizations, "organizations", organizationRows);
    await write(tx, persons, "persons", [
      {
        id: supportUnitId,
        name: "Support Unit (synthetic)",
        email: "support@ogp-local.example",
        language: "en",
        createdAt: new Date(0),
      },
    ]);
    await write(tx, roleAssignments, "roleAssignments", [
      { id: uuid(), personId: supportUnitId, role: "support_unit", scope: "global", createdAt: new Date(0) },
    ]);
  });

  const slugs = new Set<string>();
  const codeCounter = new Map<string, number>();
  const sampleSlugs: string[] = [];
  const membersPerCountry = new Map<string, number>();

  function addMember(block: Block, n: number): void {
    const country = countryOf();
    membersPerCountry.set(country.code, (membersPerCountry.get(country.code) ?? 0) + 1);
    const base = Array.from({ length: between(2, 3) }, () => pick(SYLLABLES)).join("");
    const place = base[0]!.toUpperCase() + base.slice(1);
    const name = pick(PLACE_FORMS).replace("{}", place);
    let slug = `${slugify(place)}-${country.code.toLowerCase()}`;
    for (let suffix = 2; slugs.has(slug); suffix++)
      slug = `${slugify(place)}-${country.code.toLowerCase()}-${suffix}`;
    slugs.add(slug);
    if (n % 100 === 0) sampleSlugs.push(slug);
    const sequence = codeCounter.get(country.code) ?? 0;
    codeCounter.set(country.code, sequence + 1);
    const code =
      country.code.toLowerCase() +
      [2, 1, 0].map((power) => String.fromCharCode(97 + (Math.floor(sequence / 26 ** power) % 26))).join("");

    const memberId = uuid();
    const joinedOn = isoDay(dayMs("2021-01-10") + between(0, 1_200) * DAY_MS);
    const periodStart = pick(["2024-07-01", "2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01"]);
    const periodEnd = isoDay(dayMs(addMonths(periodStart, 24)) - DAY_MS);
    const roll = random();
    const status: MemberStatus =
      roll < 0.78
        ? "active"
        : roll < 0.86
          ? "inactive"
          : roll < 0.91
            ? "probation"
            : roll < 0.97
              ? "voluntarily_inactive"
              : "revoked";
    // Members that stopped reporting stopped some quarters ago; the others report up to now.
    const lastReport =
      status === "active"
        ? today
        : status === "inactive"
          ? "2026-03-31"
          : status === "probation"
            ? "2025-12-31"
            : "2025-09-30";

    const pocId = uuid();
    const pocName = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    block.persons.push({
      id: pocId,
      name: pocName,
      email: `poc@${slug}.example`,
      language: country.language,
      timeZone: country.zone,
      createdAt: instantOn(joinedOn),
    });
    block.roleAssignments.push({
      id: uuid(),
      personId: pocId,
      role: "point_of_contact",
      scope: "member",
      memberId,
      canPostUpdates: true,
      createdAt: instantOn(joinedOn),
    });

    const history: {
      status: MemberStatus;
      on: string;
      ruleId: string | null;
      reason: string;
      byPerson: boolean;
    }[] = [{ status: "active", on: joinedOn, ruleId: null, reason: "Joined OGP Local", byPerson: true }];
    if (status === "inactive" || status === "probation" || status === "revoked")
      history.push({
        status: "inactive",
        on: addMonths(lastReport, 6),
        ruleId: "INACT-4",
        reason: "No progress update in two consecutive monitored quarters.",
        byPerson: false,
      });
    if (status === "probation" || status === "revoked")
      history.push({
        status: "probation",
        on: addMonths(lastReport, 12),
        ruleId: "PROB-1",
        reason: "Six consecutive months inactive.",
        byPerson: false,
      });
    if (status === "revoked")
      history.push({
        status: "revoked",
        on: addMonths(lastReport, 16),
        ruleId: "REVOKE-1",
        reason: "Still on probation four months after it began; revocation confirmed by the Support Unit.",
        byPerson: true,
      });
    if (status === "voluntarily_inactive") {
      history.push({
        status: "voluntarily_inactive",
        on: "2025-10-01",
        ruleId: "VOL-1",
        reason: "Voluntary inactivity granted: political transition.",
        byPerson: true,
      });
      block.statusDecisions.push({
        id: uuid(),
        memberId,
        kind: "voluntary_inactivity",
        startsOn: "2025-10-01",
        reason: "Political transition after local elections.",
        decidedBy: supportUnitId,
        decidedOn: "2025-09-20",
        createdAt: instantOn("2025-09-20"),
      });
    }
    if (status === "revoked")
      block.statusDecisions.push({
        id: uuid(),
        memberId,
        kind: "revocation_confirmed",
        startsOn: history.at(-1)!.on,
        reason: "No rectification during probation.",
        decidedBy: supportUnitId,
        decidedOn: history.at(-1)!.on,
        createdAt: instantOn(history.at(-1)!.on),
      });
    for (const entry of history)
      block.memberStatusHistory.push({
        id: uuid(),
        memberId,
        status: entry.status,
        effectiveOn: entry.on,
        ruleId: entry.ruleId,
        reason: entry.reason,
        actor: entry.byPerson ? "person" : "rules",
        actorPersonId: entry.byPerson ? supportUnitId : null,
        recordedAt: instantOn(entry.on),
      });

    block.members.push({
      id: memberId,
      slug,
      code,
      name,
      country: country.code,
      jurisdictionType: pick(JURISDICTION_TYPES),
      language: country.language,
      timeZone: country.zone,
      joinedOn,
      mandateEnd: addMonths(joinedOn, between(48, 72)),
      firstPlanDue: addMonths(joinedOn, 6),
      leadAgency: pick([
        "Mayor's office",
        "Transparency Secretariat",
        "Department of Digital Services",
        "Council Secretariat",
      ]),
      website: `https://${slug}.example`,
      status,
      statusSince: history.at(-1)!.on,
      createdAt: instantOn(joinedOn),
    });

    const planId = uuid();
    const submittedOn = isoDay(dayMs(periodStart) - between(10, 40) * DAY_MS);
    const civilSociety = civilSocietyOf.get(country.code)!;
    block.actionPlans.push({
      id: planId,
      memberId,
      number: 1,
      title: `${name} Open Government Action Plan ${periodStart.slice(0, 4)}–${periodEnd.slice(0, 4)}`,
      periodStart,
      periodEnd,
      submittedOn,
      status: "implementation",
      recordedOn: addMonths(periodStart, -5),
      monitoringBodyId: monitoringBodyOf.get(country.code)!.id,
      longTermVision: `A ${name} whose decisions residents can follow, understand and shape.`,
      participationSpacesOnline: `https://participa.${slug}.example`,
      participatingGroups: distinct(civilSociety, 3).map((group) => group.name),
      participatingGroupsCount: 3,
      strategyDocumentLinks: [],
      createdAt: instantOn(addMonths(periodStart, -5)),
    });
    block.assessments.push({
      id: uuid(),
      kind: "initial",
      planId,
      dueOn: addMonths(periodStart, 5),
      submittedOn: chance(0.8) ? addMonths(periodStart, 4) : null,
      createdAt: instantOn(periodStart),
    });
    block.evidence.push({
      id: uuid(),
      url: `https://participa.${slug}.example/plan`,
      title: "Online consultation on the draft plan",
      kind: "participation_space",
      planId,
      addedBy: pocId,
      addedAt: instantOn(addMonths(periodStart, -3)),
    });
    for (const endorser of distinct(civilSociety, between(1, 3)))
      block.endorsements.push({
        id: uuid(),
        planId,
        organizationId: endorser.id,
        endorsedAt: instantOn(isoDay(dayMs(submittedOn) - between(1, 20) * DAY_MS)),
        source: pick(["slack", "discord", "web"]),
      });
    const meetingDays = [
      addMonths(periodStart, -4),
      addMonths(periodStart, -2),
      ...Array.from({ length: between(2, 5) }, (_, index) => addMonths(periodStart, 2 + index * 4)),
    ].filter((day) => day < today);
    for (const [index, heldOn] of meetingDays.entries()) {
      const meetingId = uuid();
      block.meetings.push({
        id: meetingId,
        memberId,
        planId,
        heldOn,
        phase: index < 2 ? "co_creation" : "implementation",
        title: index < 2 ? "Co-creation workshop" : "Implementation review with civil society",
        governmentParticipants: between(2, 8),
        nonGovernmentParticipants: between(3, 20),
        organizations: distinct(civilSociety, 2).map((group) => group.name),
        source: pick(["slack", "discord", "web"]),
        recordedBy: pocId,
        createdAt: instantOn(heldOn),
      });
      if (chance(0.3))
        block.evidence.push({
          id: uuid(),
          url: `https://${slug}.example/minutes/${heldOn}`,
          title: `Minutes of ${heldOn}`,
          kind: "consultation_record",
          meetingId,
          addedBy: pocId,
          addedAt: instantOn(heldOn),
        });
    }

    const commitmentCount = between(3, 5);
    for (let number = 1; number <= commitmentCount; number++) {
      const commitmentId = uuid();
      const topic = pick(TOPICS);
      block.commitments.push({
        id: commitmentId,
        planId,
        code: `${code}${String(number).padStart(4, "0")}`,
        number,
        title: `${pick(ACTIONS)} ${topic}`,
        startDate: periodStart,
        endDate: isoDay(dayMs(periodEnd) - between(0, 3) * 30 * DAY_MS),
        leadAgency: {
          office: pick(["Finance Department", "Digital Services", "Council Secretariat", "Planning Office"]),
          contactName: pocName,
        },
        nonGovernmentImplementer: chance(0.5) ? { office: pick(civilSociety).name } : null,
        otherStakeholders: [],
        problem: `Residents cannot easily find or use information on ${topic}; what is published comes late and in formats nobody can search.`,
        action: `Publish ${topic} as open data every month, explain it in plain language and review it with civil society each quarter.`,
        expectedResults: "More residents follow and question how decisions are made.",
        budgetAmount: chance(0.6) ? between(5, 200) * 1000 : null,
        budgetCurrency: null,
        resourcesSecured: pick(["yes", "no", "partially"]),
        nationalAlignment: chance(0.4) ? `National action plan commitment ${between(1, 12)}` : null,
        status: "active",
        submittedOn,
        createdAt: instantOn(submittedOn),
      });
      for (const area of distinct(POLICY_AREAS, between(1, 2)))
        block.commitmentPolicyAreas.push({ commitmentId, code: area });
      for (const sector of distinct(SECTORS, between(1, 2)))
        block.commitmentSectors.push({ commitmentId, code: sector });
      for (const value of distinct(OGP_VALUES, between(1, 2)))
        block.commitmentOgpValues.push({ commitmentId, code: value });
      if (chance(0.4))
        block.evidence.push({
          id: uuid(),
          url: `https://${slug}.example/commitments/${number}`,
          title: "Commitment implementation page",
          kind: "implementation_document",
          commitmentId,
          addedBy: pocId,
          addedAt: instantOn(submittedOn),
        });

      const milestoneCount = between(3, 4);
      const spanMonths = 24 / milestoneCount;
      const milestoneRows = Array.from({ length: milestoneCount }, (_, index) => ({
        id: uuid(),
        commitmentId,
        position: index + 1,
        description: `Step ${index + 1}: ${["publish the first data set", "train the departments", "launch the portal", "review with civil society"][index]}`,
        startMonth: monthOf(addMonths(periodStart, Math.round(index * spanMonths))),
        endMonth: monthOf(addMonths(periodStart, Math.round((index + 1) * spanMonths) - 1)),
        responsibleOrganization: null as string | null,
        status: "not_started" as MilestoneStatus,
      }));

      // Quarterly updates from the plan's first quarter, while the member still reported.
      let current = 0;
      let completion = 0;
      const updateCount = between(2, 5);
      for (let quarter = 0; quarter < updateCount; quarter++) {
        const postedOn = isoDay(dayMs(addMonths(periodStart, 2 + quarter * 3)) + between(0, 25) * DAY_MS);
        if (postedOn >= lastReport || postedOn >= today) break;
        const updateId = uuid();
        const noProgress = quarter > 0 && chance(0.05);
        const milestone = milestoneRows[current];
        if (!noProgress && milestone) {
          const from = milestone.status;
          const to: MilestoneStatus = from === "not_started" ? "in_progress" : "complete";
          milestone.status = to;
          block.milestoneStatusChanges.push({
            updateId,
            milestoneId: milestone.id,
            fromStatus: from,
            toStatus: to,
          });
          if (to === "complete") current++;
          completion = Math.min(100, completion + between(8, 30));
        }
        block.progressUpdates.push({
          id: updateId,
          commitmentId,
          milestoneId: milestone?.id ?? null,
          authorId: pocId,
          postedAt: instantOn(postedOn),
          source: pick(["slack", "discord", "web"]),
          narrative: noProgress
            ? "No progress this quarter: the team was reassigned to the budget cycle."
            : `Work on ${topic} moved on: ${pick(["a first data set is online", "departments were trained", "civil society reviewed the draft", "the portal's prototype was tested with residents"])}.`,
          completionPct: completion,
          noProgress,
          delayReasons: chance(0.2) ? "Procurement of the platform took longer than planned." : null,
          nextSteps: chance(0.6) ? "Publish the next release and present it at the next forum." : null,
          revision: 1,
        });
        if (noProgress || chance(0.1))
          block.updateChallenges.push({ updateId, code: pick(CHALLENGES), detail: null });
        if (chance(0.25))
          block.evidence.push({
            id: uuid(),
            url: `https://${slug}.example/evidence/${updateId.slice(0, 8)}`,
            title: "Published material",
            kind: pick(EVIDENCE_KINDS_OF_UPDATES),
            updateId,
            addedBy: pocId,
            addedAt: instantOn(postedOn),
          });
        if (chance(0.03))
          block.publicComments.push({
            id: uuid(),
            updateId,
            authorName: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
            body: "Thank you for publishing this; could the next release include the contracts' annexes?",
            moderation: "approved",
            moderatedBy: pocId,
            moderatedAt: instantOn(postedOn),
            createdAt: instantOn(postedOn),
          });
      }
      block.milestones.push(...milestoneRows);
    }
  }

  // One transaction: each committed transaction rewrites every index page it touched, and random
  // ids touch nearly all of them, so per-block commits made 10k members take 4× as long. The rows are
  // built and written a block of members at a time, so memory holds one block.
  await inTransaction(client, async (tx) => {
    for (let start = 0; start < count; start += blockSize) {
      const block = emptyBlock();
      for (let n = start; n < Math.min(count, start + blockSize); n++) addMember(block, n);
      for (const name of Object.keys(TABLE_OF) as (keyof Block)[])
        await write(tx, TABLE_OF[name], name, block[name] as Row<SQLiteTable>[]);
    }
  });
  await client.execute("PRAGMA foreign_keys = ON");
  const countries = [...membersPerCountry.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  return { counts, sampleSlugs, countries };
}
