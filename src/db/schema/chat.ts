import { relations, sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { INBOUND_JOB_STATES, LANGUAGES, PLATFORMS, SUBSCRIPTION_KINDS } from "../../domain/vocabularies.js";
import { circles } from "./circles.js";
import { createdAt, id, instant, oneOf } from "./columns.js";
import { members } from "./members.js";
import { persons } from "./people.js";

/**
 * Which chat channel receives which alerts (`subscribe`): Support Unit alerts (optionally filtered by
 * alert kinds and country), a member's updates, a circle, or a country digest.
 */
export const channelSubscriptions = sqliteTable(
  "channel_subscriptions",
  {
    id: id(),
    platform: text("platform").notNull(),
    workspaceId: text("workspace_id").notNull(),
    channelId: text("channel_id").notNull(),
    kind: text("kind").notNull(),
    memberId: text("member_id").references(() => members.id, { onDelete: "cascade" }),
    circleId: text("circle_id").references(() => circles.id, { onDelete: "cascade" }),
    country: text("country"),
    /**
     * The subscription's subject as one NOT NULL value (member id, circle id, country or ''), so the
     * unique index catches duplicates that nullable columns would let through.
     */
    subjectKey: text("subject_key").notNull(),
    /** Alert kinds (rule IDs) this channel wants; empty means all. */
    alertKinds: text("alert_kinds", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    createdBy: text("created_by").references(() => persons.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("channel_subscriptions_unique").on(
      t.platform,
      t.workspaceId,
      t.channelId,
      t.kind,
      t.subjectKey,
    ),
    index("channel_subscriptions_member_idx").on(t.memberId),
    oneOf("channel_subscriptions_platform_code", t.platform, PLATFORMS),
    oneOf("channel_subscriptions_kind_code", t.kind, SUBSCRIPTION_KINDS),
    check(
      "channel_subscriptions_kind_shape",
      sql`(${t.kind} = 'member_updates' and ${t.memberId} is not null)
        or (${t.kind} = 'circle' and ${t.circleId} is not null)
        or (${t.kind} = 'country_digest' and ${t.country} is not null)
        or (${t.kind} = 'support_unit_alerts')`,
    ),
  ],
);

/** Slack OAuth installations (multi-workspace mode), keyed by team or enterprise. */
export const slackInstallations = sqliteTable(
  "slack_installations",
  {
    id: id(),
    teamId: text("team_id").notNull().default(""),
    enterpriseId: text("enterprise_id").notNull().default(""),
    isEnterpriseInstall: integer("is_enterprise_install", { mode: "boolean" }).notNull().default(false),
    botToken: text("bot_token").notNull(),
    botId: text("bot_id"),
    botUserId: text("bot_user_id"),
    installerUserId: text("installer_user_id"),
    scopes: text("scopes"),
    /** The installation object as Bolt returned it, so the store can hand it back unchanged. */
    installation: text("installation", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    installedAt: createdAt(),
    revokedAt: instant("revoked_at"),
  },
  (t) => [uniqueIndex("slack_installations_unique").on(t.enterpriseId, t.teamId)],
);

/** Per-guild settings for the Discord bot. */
export const discordGuilds = sqliteTable(
  "discord_guilds",
  {
    guildId: text("guild_id").primaryKey(),
    name: text("name"),
    locale: text("locale"),
    defaultMemberId: text("default_member_id").references(() => members.id, { onDelete: "set null" }),
    installedAt: createdAt(),
  },
  (t) => [oneOf("discord_guilds_locale_code", t.locale, LANGUAGES)],
);

/**
 * Deliveries received (Slack `event_id` or command fingerprint, Discord interaction id): a retried or
 * replayed delivery acts once. A delivery whose work runs after its acknowledgement keeps that work
 * here (`payload`) until it is done, so a crash after the acknowledgement never loses it.
 */
export const inboundDeliveries = sqliteTable(
  "inbound_deliveries",
  {
    platform: text("platform").notNull(),
    deliveryId: text("delivery_id").notNull(),
    receivedAt: createdAt(),
    /** The work to do after the acknowledgement; null for a delivery answered in its request. */
    payload: text("payload", { mode: "json" }).$type<unknown>(),
    state: text("state").notNull().default("done"),
    attempts: integer("attempts").notNull().default(0),
    /** The worker running it owns it until then; past it, another worker may take it over. */
    leaseUntil: instant("lease_until"),
    finishedAt: instant("finished_at"),
    lastError: text("last_error"),
  },
  (t) => [
    uniqueIndex("inbound_deliveries_unique").on(t.platform, t.deliveryId),
    index("inbound_deliveries_received_idx").on(t.receivedAt),
    index("inbound_deliveries_state_idx").on(t.state, t.receivedAt),
    // The job runners ask every second for their platform's work left behind: without it, that
    // read walked every delivery of the platform kept (~100 ms at 60k, blocking acknowledgements).
    index("inbound_deliveries_due_idx").on(t.platform, t.state, t.leaseUntil),
    oneOf("inbound_deliveries_platform_code", t.platform, PLATFORMS),
    oneOf("inbound_deliveries_state_code", t.state, INBOUND_JOB_STATES),
  ],
);

/**
 * Multi-step forms being filled in on Discord (a modal holds 5 inputs, so a long form is several):
 * the answers of the steps done so far, until the last step runs the command. Kept in the database
 * so that a restart or another instance behind the same endpoint can take the next step.
 */
export const formDrafts = sqliteTable(
  "form_drafts",
  {
    id: text("id").primaryKey(),
    platform: text("platform").notNull(),
    /** Only the person who opened the form may continue it. */
    userId: text("user_id").notNull(),
    /** The form (`FormDefinition`), its answers so far (`FormValues`) and its completed steps, as JSON. */
    form: text("form", { mode: "json" }).notNull(),
    answers: text("answers", { mode: "json" }).notNull(),
    completedSteps: text("completed_steps", { mode: "json" }).notNull(),
    expiresAt: instant("expires_at").notNull(),
  },
  (t) => [
    index("form_drafts_expires_idx").on(t.expiresAt),
    oneOf("form_drafts_platform_code", t.platform, PLATFORMS),
  ],
);

export const channelSubscriptionsRelations = relations(channelSubscriptions, ({ one }) => ({
  member: one(members, { fields: [channelSubscriptions.memberId], references: [members.id] }),
  circle: one(circles, { fields: [channelSubscriptions.circleId], references: [circles.id] }),
}));
