import { relations, sql } from "drizzle-orm";
import { index, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { PLATFORMS, POLICY_AREAS } from "../../domain/vocabularies.js";
import { createdAt, id, oneOf } from "./columns.js";
import { members } from "./members.js";

/** Spec §2 Peer-learning circle (§2.4): thematic circles discussing in shared chat channels. */
export const circles = sqliteTable(
  "circles",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    /** A policy-area code when the theme is one (Annex 2 §11), else null with `themeText` set. */
    themePolicyArea: text("theme_policy_area"),
    themeText: text("theme_text"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("circles_slug_unique").on(t.slug),
    index("circles_slug_lower_idx").on(sql`lower(${t.slug})`),
    oneOf("circles_theme_policy_area_code", t.themePolicyArea, POLICY_AREAS),
  ],
);

export const circleMembers = sqliteTable(
  "circle_members",
  {
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    memberId: text("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.circleId, t.memberId] })],
);

/** A circle may discuss in any number of channels, Slack or Discord. */
export const circleChannels = sqliteTable(
  "circle_channels",
  {
    circleId: text("circle_id")
      .notNull()
      .references(() => circles.id, { onDelete: "cascade" }),
    platform: text("platform").notNull(),
    workspaceId: text("workspace_id").notNull(),
    channelId: text("channel_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.circleId, t.platform, t.workspaceId, t.channelId] }),
    oneOf("circle_channels_platform_code", t.platform, PLATFORMS),
  ],
);

export const circlesRelations = relations(circles, ({ many }) => ({
  members: many(circleMembers),
  channels: many(circleChannels),
}));

export const circleMembersRelations = relations(circleMembers, ({ one }) => ({
  circle: one(circles, { fields: [circleMembers.circleId], references: [circles.id] }),
  member: one(members, { fields: [circleMembers.memberId], references: [members.id] }),
}));

export const circleChannelsRelations = relations(circleChannels, ({ one }) => ({
  circle: one(circles, { fields: [circleChannels.circleId], references: [circles.id] }),
}));
