import { and, asc, eq, inArray, isNull, ne, notExists, sql } from "drizzle-orm";
import {
  LANGUAGES,
  type Language,
  type MemberStatus,
  type Platform,
  type Role,
} from "../../domain/vocabularies.js";
import type { Executor } from "../client.js";
import {
  actionPlans,
  channelSubscriptions,
  chatIdentities,
  coalitionMembers,
  endorsements,
  members,
  organizations,
  persons,
  roleAssignments,
} from "../schema/index.js";
import type { ChannelRef } from "./subscriptions.js";

/**
 * What the scheduler reads to address alerts: members as recorded, the people holding roles for them
 * with their chat identities, and the channels subscribed to them (spec §1, §6, §7). Everything is
 * read a batch of members at a time, one query per table.
 */

const asLanguage = (value: string): Language =>
  (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : "en";

/** A member as the scheduler compares and addresses it: its recorded status beside what it is called. */
export interface MemberProfile {
  id: string;
  slug: string;
  name: string;
  country: string;
  language: Language;
  timeZone: string;
  status: MemberStatus;
  statusSince: string | null;
}

export async function loadMemberProfiles(db: Executor, ids: string[]): Promise<Map<string, MemberProfile>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: members.id,
      slug: members.slug,
      name: members.name,
      country: members.country,
      language: members.language,
      timeZone: members.timeZone,
      status: members.status,
      statusSince: members.statusSince,
    })
    .from(members)
    .where(inArray(members.id, ids));
  return new Map(
    rows.map((row) => [
      row.id,
      { ...row, language: asLanguage(row.language), status: row.status as MemberStatus },
    ]),
  );
}

export interface ChatIdentityRef {
  platform: Platform;
  /** Slack team id; empty for Discord, whose user ids are global. */
  workspaceId: string;
  userId: string;
  linkedAt: Date;
}

/** A person who may receive direct messages, with every chat identity linked to them. */
export interface Recipient {
  personId: string;
  name: string;
  language: Language;
  preferredPlatform: Platform | null;
  identities: ChatIdentityRef[];
}

/**
 * The identity a person's direct messages go to: on their preferred platform when they are linked
 * there, so a person linked on both platforms is messaged once; otherwise the identity linked first.
 */
export function directMessageIdentity(recipient: Recipient): ChatIdentityRef | null {
  const preferred = recipient.identities.find(
    (identity) => identity.platform === recipient.preferredPlatform,
  );
  return preferred ?? recipient.identities[0] ?? null;
}

/** Who hears about one member: people by member-scoped role, and the channels following its updates. */
export interface MemberAudience {
  people: Map<Role, Recipient[]>;
  channels: ChannelRef[];
}

const PEOPLE_PER_READ = 500;

async function recipientsOf(
  db: Executor,
  rows: { personId: string; name: string; language: string; preferredPlatform: string | null }[],
): Promise<Map<string, Recipient>> {
  const byId = new Map<string, Recipient>();
  for (const row of rows) {
    if (byId.has(row.personId)) continue;
    byId.set(row.personId, {
      personId: row.personId,
      name: row.name,
      language: asLanguage(row.language),
      preferredPlatform: row.preferredPlatform as Platform | null,
      identities: [],
    });
  }
  const personIds = [...byId.keys()];
  // A tick's recipients can number thousands: read in slices, each a statement of bounded size
  // (D1 takes at most 100,000 bytes a statement). A person's identities stay in one slice, in order.
  for (let start = 0; start < personIds.length; start += PEOPLE_PER_READ) {
    const identities = await db
      .select({
        personId: chatIdentities.personId,
        platform: chatIdentities.platform,
        workspaceId: chatIdentities.workspaceId,
        userId: chatIdentities.userId,
        linkedAt: chatIdentities.linkedAt,
      })
      .from(chatIdentities)
      .where(inArray(chatIdentities.personId, personIds.slice(start, start + PEOPLE_PER_READ)))
      .orderBy(asc(chatIdentities.linkedAt), asc(chatIdentities.id));
    for (const { personId, ...identity } of identities) {
      byId.get(personId)?.identities.push({ ...identity, platform: identity.platform as Platform });
    }
  }
  return byId;
}

/** People by id with their chat identities, for a direct message to someone who holds no role yet. */
export async function loadRecipients(db: Executor, personIds: string[]): Promise<Map<string, Recipient>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({
      personId: persons.id,
      name: persons.name,
      language: persons.language,
      preferredPlatform: persons.preferredPlatform,
    })
    .from(persons)
    .where(inArray(persons.id, personIds));
  return recipientsOf(db, rows);
}

export async function loadMemberAudiences(
  db: Executor,
  memberIds: string[],
): Promise<Map<string, MemberAudience>> {
  const audiences = new Map<string, MemberAudience>(
    memberIds.map((id) => [id, { people: new Map(), channels: [] }]),
  );
  if (memberIds.length === 0) return audiences;
  const grants = await db
    .select({
      memberId: roleAssignments.memberId,
      role: roleAssignments.role,
      personId: persons.id,
      name: persons.name,
      language: persons.language,
      preferredPlatform: persons.preferredPlatform,
    })
    .from(roleAssignments)
    .innerJoin(persons, eq(persons.id, roleAssignments.personId))
    .where(inArray(roleAssignments.memberId, memberIds))
    .orderBy(asc(persons.name), asc(persons.id));
  const recipients = await recipientsOf(db, grants);
  for (const grant of grants) {
    const audience = audiences.get(grant.memberId ?? "");
    const recipient = recipients.get(grant.personId);
    if (!audience || !recipient) continue;
    const role = grant.role as Role;
    audience.people.set(role, [...(audience.people.get(role) ?? []), recipient]);
  }
  for (const { key, channel } of await subscribedChannels(
    db,
    "member_updates",
    channelSubscriptions.memberId,
    memberIds,
  )) {
    audiences.get(key)?.channels.push(channel);
  }
  return audiences;
}

/** The channels with a subscription of `kind` whose subject (`keyColumn`) is one of `keys`, in a stable order. */
async function subscribedChannels(
  db: Executor,
  kind: "member_updates" | "country_digest",
  keyColumn: typeof channelSubscriptions.memberId | typeof channelSubscriptions.country,
  keys: string[],
): Promise<{ key: string; channel: ChannelRef }[]> {
  const rows = await db
    .select({
      key: keyColumn,
      platform: channelSubscriptions.platform,
      workspaceId: channelSubscriptions.workspaceId,
      channelId: channelSubscriptions.channelId,
    })
    .from(channelSubscriptions)
    .where(and(eq(channelSubscriptions.kind, kind), inArray(keyColumn, keys)))
    .orderBy(asc(channelSubscriptions.platform), asc(channelSubscriptions.channelId));
  return rows.map(({ key, ...channel }) => ({
    key: key ?? "",
    channel: { ...channel, platform: channel.platform as Platform },
  }));
}

/** A Support Unit alert channel and its filters: alert kinds (empty: all) and a country (null: all). */
export interface SupportUnitSubscription {
  channel: ChannelRef;
  alertKinds: string[];
  country: string | null;
}

/** Whether a Support Unit subscription wants this kind of alert about a member of this country. */
export function supportUnitWants(
  subscription: SupportUnitSubscription,
  kind: string,
  country: string,
): boolean {
  return (
    (subscription.alertKinds.length === 0 || subscription.alertKinds.includes(kind)) &&
    (subscription.country === null || subscription.country === country)
  );
}

export async function listSupportUnitSubscriptions(db: Executor): Promise<SupportUnitSubscription[]> {
  const rows = await db
    .select()
    .from(channelSubscriptions)
    .where(eq(channelSubscriptions.kind, "support_unit_alerts"))
    .orderBy(asc(channelSubscriptions.platform), asc(channelSubscriptions.channelId));
  return rows.map((row) => ({
    channel: { platform: row.platform as Platform, workspaceId: row.workspaceId, channelId: row.channelId },
    alertKinds: row.alertKinds,
    country: row.country,
  }));
}

/** Who receives a country's digest (spec §7): its national coordinators and the channels subscribed to it. */
export interface CountryAudience {
  coordinators: Recipient[];
  channels: ChannelRef[];
}

export async function loadCountryAudiences(
  db: Executor,
  countries: string[],
): Promise<Map<string, CountryAudience>> {
  const audiences = new Map<string, CountryAudience>(
    countries.map((country) => [country, { coordinators: [], channels: [] }]),
  );
  if (countries.length === 0) return audiences;
  const grants = await db
    .select({
      country: roleAssignments.country,
      personId: persons.id,
      name: persons.name,
      language: persons.language,
      preferredPlatform: persons.preferredPlatform,
    })
    .from(roleAssignments)
    .innerJoin(persons, eq(persons.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.role, "national_coordinator"), inArray(roleAssignments.country, countries)))
    .orderBy(asc(persons.name), asc(persons.id));
  const recipients = await recipientsOf(db, grants);
  for (const grant of grants) {
    const recipient = recipients.get(grant.personId);
    if (recipient) audiences.get(grant.country ?? "")?.coordinators.push(recipient);
  }
  for (const { key, channel } of await subscribedChannels(
    db,
    "country_digest",
    channelSubscriptions.country,
    countries,
  )) {
    audiences.get(key)?.channels.push(channel);
  }
  return audiences;
}

/** A plan in co-creation that no non-government organization endorses yet (PLAN-5, §3.3.1). */
export interface PlanAwaitingEndorsement {
  memberId: string;
  planId: string;
  title: string;
}

/** For each member, its plans (own or its coalition's) in co-creation without a standing non-government endorsement. */
export async function listPlansAwaitingEndorsement(
  db: Executor,
  memberIds: string[],
): Promise<PlanAwaitingEndorsement[]> {
  if (memberIds.length === 0) return [];
  const standingNonGovernmentEndorsement = db
    .select({ one: sql`1` })
    .from(endorsements)
    .innerJoin(organizations, eq(organizations.id, endorsements.organizationId))
    .where(
      and(
        eq(endorsements.planId, actionPlans.id),
        isNull(endorsements.withdrawnAt),
        ne(organizations.kind, "government"),
      ),
    );
  const awaiting = and(
    inArray(members.id, memberIds),
    eq(actionPlans.status, "co_creation"),
    notExists(standingNonGovernmentEndorsement),
  );
  const columns = {
    memberId: members.id,
    planId: actionPlans.id,
    title: actionPlans.title,
    number: actionPlans.number,
  };
  // The member's own plans, then its coalition's: one join with OR between the two made SQLite read
  // every plan for every member (a tick over 100k members spent 16 s here).
  const own = db
    .select(columns)
    .from(members)
    .innerJoin(actionPlans, eq(actionPlans.memberId, members.id))
    .where(awaiting);
  const coalitions = db
    .select(columns)
    .from(members)
    .innerJoin(coalitionMembers, eq(coalitionMembers.memberId, members.id))
    .innerJoin(actionPlans, eq(actionPlans.coalitionId, coalitionMembers.coalitionId))
    .where(awaiting);
  const rows = await own.unionAll(coalitions);
  return rows
    .sort((a, b) => (a.memberId === b.memberId ? a.number - b.number : a.memberId < b.memberId ? -1 : 1))
    .map(({ memberId, planId, title }) => ({ memberId, planId, title }));
}
