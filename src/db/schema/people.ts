import { relations, sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { LANGUAGES, ORGANIZATION_KINDS, PLATFORMS, ROLE_SCOPES, ROLES } from "../../domain/vocabularies.js";
import { createdAt, id, instant, oneOf } from "./columns.js";
import { members } from "./members.js";

/** Spec §2: government bodies and the non-government stakeholders of §2.2. */
export const organizations = sqliteTable(
  "organizations",
  {
    id: id(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    country: text("country"),
    website: text("website"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("organizations_name_unique").on(t.name),
    oneOf("organizations_kind_code", t.kind, ORGANIZATION_KINDS),
  ],
);

/** A human; chat identities link to a person and authorization is decided on the person's roles (spec §1). */
export const persons = sqliteTable(
  "persons",
  {
    id: id(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    language: text("language").notNull().default("en"),
    timeZone: text("time_zone"),
    organizationId: text("organization_id").references(() => organizations.id, { onDelete: "set null" }),
    /** The platform that gets this person's direct messages when linked on both. */
    preferredPlatform: text("preferred_platform"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("persons_email_unique").on(t.email),
    oneOf("persons_language_code", t.language, LANGUAGES),
    oneOf("persons_preferred_platform_code", t.preferredPlatform, PLATFORMS),
  ],
);

/**
 * Spec §1: a role held by a person, scoped to a member, a country (national coordinator) or global
 * (Support Unit). `canPostUpdates` is the PoC's permission for a government official (spec §1).
 */
export const roleAssignments = sqliteTable(
  "role_assignments",
  {
    id: id(),
    personId: text("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    scope: text("scope").notNull(),
    memberId: text("member_id").references(() => members.id, { onDelete: "cascade" }),
    country: text("country"),
    canPostUpdates: integer("can_post_updates", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("role_assignments_person_idx").on(t.personId),
    index("role_assignments_member_idx").on(t.memberId),
    // One assignment per person, role and scope; partial indexes because NULLs never collide in SQLite.
    uniqueIndex("role_assignments_member_unique")
      .on(t.personId, t.role, t.memberId)
      .where(sql`${t.memberId} is not null`),
    uniqueIndex("role_assignments_country_unique")
      .on(t.personId, t.role, t.country)
      .where(sql`${t.country} is not null`),
    uniqueIndex("role_assignments_global_unique").on(t.personId, t.role).where(sql`${t.scope} = 'global'`),
    oneOf("role_assignments_role_code", t.role, ROLES),
    oneOf("role_assignments_scope_code", t.scope, ROLE_SCOPES),
    check(
      "role_assignments_scope_shape",
      sql`(${t.scope} = 'member' and ${t.memberId} is not null and ${t.country} is null)
        or (${t.scope} = 'country' and ${t.country} is not null and ${t.memberId} is null)
        or (${t.scope} = 'global' and ${t.memberId} is null and ${t.country} is null)`,
    ),
    check(
      "role_assignments_role_scope",
      sql`(${t.role} = 'support_unit' and ${t.scope} = 'global')
        or (${t.role} = 'national_coordinator' and ${t.scope} = 'country')
        or (${t.role} not in ('support_unit', 'national_coordinator') and ${t.scope} = 'member')`,
    ),
  ],
);

/**
 * A Slack user in a workspace or a Discord user, linked to one person. Discord user ids are global, so
 * their `workspaceId` is the empty string (kept NOT NULL so the unique index holds).
 */
export const chatIdentities = sqliteTable(
  "chat_identities",
  {
    id: id(),
    personId: text("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    platform: text("platform").notNull(),
    workspaceId: text("workspace_id").notNull().default(""),
    userId: text("user_id").notNull(),
    linkedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("chat_identities_unique").on(t.platform, t.workspaceId, t.userId),
    index("chat_identities_person_idx").on(t.personId),
    oneOf("chat_identities_platform_code", t.platform, PLATFORMS),
  ],
);

/** One-time codes for `link CODE`; only a hash is stored so a database leak does not leak usable codes. */
export const linkCodes = sqliteTable(
  "link_codes",
  {
    id: id(),
    personId: text("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: instant("expires_at").notNull(),
    usedAt: instant("used_at"),
    usedByIdentityId: text("used_by_identity_id").references(() => chatIdentities.id, {
      onDelete: "set null",
    }),
  },
  (t) => [
    uniqueIndex("link_codes_code_hash_unique").on(t.codeHash),
    index("link_codes_person_idx").on(t.personId),
  ],
);

export const personsRelations = relations(persons, ({ one, many }) => ({
  organization: one(organizations, { fields: [persons.organizationId], references: [organizations.id] }),
  roles: many(roleAssignments),
  chatIdentities: many(chatIdentities),
}));

export const roleAssignmentsRelations = relations(roleAssignments, ({ one }) => ({
  person: one(persons, { fields: [roleAssignments.personId], references: [persons.id] }),
  member: one(members, { fields: [roleAssignments.memberId], references: [members.id] }),
}));

export const chatIdentitiesRelations = relations(chatIdentities, ({ one }) => ({
  person: one(persons, { fields: [chatIdentities.personId], references: [persons.id] }),
}));
