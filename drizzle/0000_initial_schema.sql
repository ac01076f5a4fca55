CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_person_id` text,
	`actor_label` text NOT NULL,
	`source` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	CONSTRAINT "audit_log_source_code" CHECK("audit_log"."source" in ('slack', 'discord', 'web', 'cli', 'import', 'scheduler', 'system')),
	CONSTRAINT "audit_log_action_code" CHECK("audit_log"."action" in ('insert', 'update', 'delete'))
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `channel_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`platform` text NOT NULL,
	`workspace_id` text NOT NULL,
	`channel_id` text NOT NULL,
	`kind` text NOT NULL,
	`member_id` text,
	`circle_id` text,
	`country` text,
	`subject_key` text NOT NULL,
	`alert_kinds` text DEFAULT '[]' NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`circle_id`) REFERENCES `circles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "channel_subscriptions_platform_code" CHECK("channel_subscriptions"."platform" in ('slack', 'discord')),
	CONSTRAINT "channel_subscriptions_kind_code" CHECK("channel_subscriptions"."kind" in ('support_unit_alerts', 'member_updates', 'circle', 'country_digest')),
	CONSTRAINT "channel_subscriptions_kind_shape" CHECK(("channel_subscriptions"."kind" = 'member_updates' and "channel_subscriptions"."member_id" is not null)
        or ("channel_subscriptions"."kind" = 'circle' and "channel_subscriptions"."circle_id" is not null)
        or ("channel_subscriptions"."kind" = 'country_digest' and "channel_subscriptions"."country" is not null)
        or ("channel_subscriptions"."kind" = 'support_unit_alerts'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channel_subscriptions_unique` ON `channel_subscriptions` (`platform`,`workspace_id`,`channel_id`,`kind`,`subject_key`);--> statement-breakpoint
CREATE INDEX `channel_subscriptions_member_idx` ON `channel_subscriptions` (`member_id`);--> statement-breakpoint
CREATE TABLE `discord_guilds` (
	`guild_id` text PRIMARY KEY NOT NULL,
	`name` text,
	`locale` text,
	`default_member_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`default_member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "discord_guilds_locale_code" CHECK("discord_guilds"."locale" in ('en', 'fr', 'es'))
);
--> statement-breakpoint
CREATE TABLE `inbound_deliveries` (
	`platform` text NOT NULL,
	`delivery_id` text NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "inbound_deliveries_platform_code" CHECK("inbound_deliveries"."platform" in ('slack', 'discord'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_deliveries_unique` ON `inbound_deliveries` (`platform`,`delivery_id`);--> statement-breakpoint
CREATE INDEX `inbound_deliveries_received_idx` ON `inbound_deliveries` (`created_at`);--> statement-breakpoint
CREATE TABLE `slack_installations` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text DEFAULT '' NOT NULL,
	`enterprise_id` text DEFAULT '' NOT NULL,
	`is_enterprise_install` integer DEFAULT false NOT NULL,
	`bot_token` text NOT NULL,
	`bot_id` text,
	`bot_user_id` text,
	`installer_user_id` text,
	`scopes` text,
	`installation` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `slack_installations_unique` ON `slack_installations` (`enterprise_id`,`team_id`);--> statement-breakpoint
CREATE TABLE `circle_channels` (
	`circle_id` text NOT NULL,
	`platform` text NOT NULL,
	`workspace_id` text NOT NULL,
	`channel_id` text NOT NULL,
	PRIMARY KEY(`circle_id`, `platform`, `workspace_id`, `channel_id`),
	FOREIGN KEY (`circle_id`) REFERENCES `circles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "circle_channels_platform_code" CHECK("circle_channels"."platform" in ('slack', 'discord'))
);
--> statement-breakpoint
CREATE TABLE `circle_members` (
	`circle_id` text NOT NULL,
	`member_id` text NOT NULL,
	PRIMARY KEY(`circle_id`, `member_id`),
	FOREIGN KEY (`circle_id`) REFERENCES `circles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `circles` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`theme_policy_area` text,
	`theme_text` text,
	`created_at` integer NOT NULL,
	CONSTRAINT "circles_theme_policy_area_code" CHECK("circles"."theme_policy_area" in ('audits_controls', 'conflicts_of_interest', 'asset_disclosure', 'open_data', 'right_to_information', 'elections_political_finance', 'civic_space', 'safety_nets_economic_inclusion', 'digital_governance', 'regulatory_governance', 'tax', 'inclusion', 'lobbying', 'fiscal_openness', 'legislative_openness', 'open_contracting', 'beneficial_ownership', 'whistleblower_protection', 'pandemic_response', 'social_accountability', 'stimulus_recovery', 'other'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `circles_slug_unique` ON `circles` (`slug`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`plan_id` text NOT NULL,
	`commitment_id` text,
	`due_on` text,
	`submitted_on` text,
	`report_url` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `action_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "assessments_kind_code" CHECK("assessments"."kind" in ('initial', 'end_of_commitment', 'final_learning')),
	CONSTRAINT "assessments_commitment_shape" CHECK(("assessments"."kind" = 'end_of_commitment') = ("assessments"."commitment_id" is not null)),
	CONSTRAINT "assessments_due_on_iso" CHECK("assessments"."due_on" is null or "assessments"."due_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "assessments_submitted_on_iso" CHECK("assessments"."submitted_on" is null or "assessments"."submitted_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `assessments_plan_idx` ON `assessments` (`plan_id`);--> statement-breakpoint
CREATE INDEX `assessments_commitment_idx` ON `assessments` (`commitment_id`);--> statement-breakpoint
CREATE INDEX `assessments_due_idx` ON `assessments` (`due_on`);--> statement-breakpoint
CREATE TABLE `commitment_ogp_values` (
	`commitment_id` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`commitment_id`, `code`),
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "commitment_ogp_values_code" CHECK("commitment_ogp_values"."code" in ('access_to_information', 'civic_participation', 'public_accountability', 'technology_innovation'))
);
--> statement-breakpoint
CREATE TABLE `commitment_owners` (
	`commitment_id` text NOT NULL,
	`member_id` text NOT NULL,
	PRIMARY KEY(`commitment_id`, `member_id`),
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `commitment_owners_member_idx` ON `commitment_owners` (`member_id`);--> statement-breakpoint
CREATE TABLE `commitment_policy_areas` (
	`commitment_id` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`commitment_id`, `code`),
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "commitment_policy_areas_code" CHECK("commitment_policy_areas"."code" in ('audits_controls', 'conflicts_of_interest', 'asset_disclosure', 'open_data', 'right_to_information', 'elections_political_finance', 'civic_space', 'safety_nets_economic_inclusion', 'digital_governance', 'regulatory_governance', 'tax', 'inclusion', 'lobbying', 'fiscal_openness', 'legislative_openness', 'open_contracting', 'beneficial_ownership', 'whistleblower_protection', 'pandemic_response', 'social_accountability', 'stimulus_recovery', 'other'))
);
--> statement-breakpoint
CREATE TABLE `commitment_sectors` (
	`commitment_id` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`commitment_id`, `code`),
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "commitment_sectors_code" CHECK("commitment_sectors"."code" in ('land_spatial_planning', 'wash', 'education', 'environment_climate', 'infrastructure_transport', 'extractive_industries', 'cross_sectoral', 'justice', 'media_telecom', 'legislature', 'health_nutrition', 'science_technology', 'private_sector', 'security_public_safety', 'public_services', 'other'))
);
--> statement-breakpoint
CREATE TABLE `commitments` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`code` text NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`short_title` text,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`lead_agency` text NOT NULL,
	`non_government_implementer` text,
	`other_stakeholders` text DEFAULT '[]' NOT NULL,
	`problem` text NOT NULL,
	`status_quo` text,
	`action` text NOT NULL,
	`expected_results` text,
	`long_term_objective` text,
	`budget_amount` real,
	`budget_currency` text,
	`staff_count` integer,
	`resource_months` integer,
	`resources_other` text,
	`resources_secured` text NOT NULL,
	`additional_information` text,
	`national_alignment` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`submitted_on` text,
	`completed_on` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `action_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "commitments_status_code" CHECK("commitments"."status" in ('draft', 'active', 'completed', 'withdrawn')),
	CONSTRAINT "commitments_resources_secured_code" CHECK("commitments"."resources_secured" in ('yes', 'no', 'partially')),
	CONSTRAINT "commitments_budget_currency_iso" CHECK("commitments"."budget_currency" is null or "commitments"."budget_currency" glob '[A-Z][A-Z][A-Z]'),
	CONSTRAINT "commitments_start_date_iso" CHECK("commitments"."start_date" is null or "commitments"."start_date" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "commitments_end_date_iso" CHECK("commitments"."end_date" is null or "commitments"."end_date" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "commitments_submitted_on_iso" CHECK("commitments"."submitted_on" is null or "commitments"."submitted_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "commitments_completed_on_iso" CHECK("commitments"."completed_on" is null or "commitments"."completed_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commitments_code_unique` ON `commitments` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `commitments_plan_number_unique` ON `commitments` (`plan_id`,`number`);--> statement-breakpoint
CREATE INDEX `commitments_end_date_idx` ON `commitments` (`end_date`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`commitment_id` text NOT NULL,
	`position` integer NOT NULL,
	`description` text NOT NULL,
	`start_month` text NOT NULL,
	`end_month` text NOT NULL,
	`responsible_organization` text,
	`contact` text,
	`status` text DEFAULT 'not_started' NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "milestones_status_code" CHECK("milestones"."status" in ('not_started', 'in_progress', 'blocked', 'complete', 'incomplete')),
	CONSTRAINT "milestones_start_month_iso" CHECK("milestones"."start_month" is null or "milestones"."start_month" glob '[0-9][0-9][0-9][0-9]-[01][0-9]'),
	CONSTRAINT "milestones_end_month_iso" CHECK("milestones"."end_month" is null or "milestones"."end_month" glob '[0-9][0-9][0-9][0-9]-[01][0-9]'),
	CONSTRAINT "milestones_month_order" CHECK("milestones"."end_month" >= "milestones"."start_month")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `milestones_commitment_position_unique` ON `milestones` (`commitment_id`,`position`);--> statement-breakpoint
CREATE INDEX `milestones_end_month_idx` ON `milestones` (`end_month`);--> statement-breakpoint
CREATE TABLE `modification_approvals` (
	`id` text PRIMARY KEY NOT NULL,
	`modification_id` text NOT NULL,
	`person_id` text NOT NULL,
	`organization_id` text,
	`verdict` text NOT NULL,
	`comment` text,
	`at` integer NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`modification_id`) REFERENCES `modifications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "modification_approvals_verdict_code" CHECK("modification_approvals"."verdict" in ('approve', 'reject')),
	CONSTRAINT "modification_approvals_source_code" CHECK("modification_approvals"."source" in ('slack', 'discord', 'web', 'cli', 'import'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `modification_approvals_person_unique` ON `modification_approvals` (`modification_id`,`person_id`);--> statement-breakpoint
CREATE TABLE `modifications` (
	`id` text PRIMARY KEY NOT NULL,
	`commitment_id` text NOT NULL,
	`kind` text NOT NULL,
	`proposed_change` text NOT NULL,
	`rationale` text NOT NULL,
	`proposed_by` text,
	`proposed_on` text NOT NULL,
	`decision` text DEFAULT 'pending' NOT NULL,
	`decided_at` integer,
	`support_unit_notified_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposed_by`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "modifications_kind_code" CHECK("modifications"."kind" in ('delete', 'timeline', 'milestones', 'other')),
	CONSTRAINT "modifications_decision_code" CHECK("modifications"."decision" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "modifications_proposed_on_iso" CHECK("modifications"."proposed_on" is null or "modifications"."proposed_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `modifications_commitment_idx` ON `modifications` (`commitment_id`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`jurisdiction_name` text NOT NULL,
	`country` text NOT NULL,
	`member_id` text,
	`submitted_on` text NOT NULL,
	`mandate_end` text,
	`letter_pages` integer NOT NULL,
	`letter_language` text NOT NULL,
	`signed_by_head_of_government` integer NOT NULL,
	`head_signatory` text,
	`non_government_signatories` text DEFAULT '[]' NOT NULL,
	`eligibility_answers` text DEFAULT '{}' NOT NULL,
	`outcome` text DEFAULT 'pending' NOT NULL,
	`decided_on` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "applications_outcome_code" CHECK("applications"."outcome" in ('pending', 'accepted', 'rejected')),
	CONSTRAINT "applications_letter_pages_positive" CHECK("applications"."letter_pages" > 0),
	CONSTRAINT "applications_submitted_on_iso" CHECK("applications"."submitted_on" is null or "applications"."submitted_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "applications_mandate_end_iso" CHECK("applications"."mandate_end" is null or "applications"."mandate_end" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "applications_decided_on_iso" CHECK("applications"."decided_on" is null or "applications"."decided_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE TABLE `coalition_members` (
	`coalition_id` text NOT NULL,
	`member_id` text NOT NULL,
	PRIMARY KEY(`coalition_id`, `member_id`),
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coalition_members_member_unique` ON `coalition_members` (`member_id`);--> statement-breakpoint
CREATE TABLE `coalitions` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`country` text NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "coalitions_country_iso" CHECK("coalitions"."country" glob '[A-Z][A-Z]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coalitions_slug_unique` ON `coalitions` (`slug`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`country` text NOT NULL,
	`jurisdiction_type` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`joined_on` text NOT NULL,
	`mandate_end` text,
	`first_plan_due` text,
	`lead_agency` text,
	`website` text,
	`status` text DEFAULT 'active' NOT NULL,
	`status_since` text,
	`created_at` integer NOT NULL,
	CONSTRAINT "members_country_iso" CHECK("members"."country" glob '[A-Z][A-Z]'),
	CONSTRAINT "members_jurisdiction_type_code" CHECK("members"."jurisdiction_type" in ('municipality', 'city', 'county', 'province', 'region', 'state', 'other')),
	CONSTRAINT "members_language_code" CHECK("members"."language" in ('en', 'fr', 'es')),
	CONSTRAINT "members_status_code" CHECK("members"."status" in ('active', 'inactive', 'voluntarily_inactive', 'probation', 'revoked')),
	CONSTRAINT "members_joined_on_iso" CHECK("members"."joined_on" is null or "members"."joined_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "members_mandate_end_iso" CHECK("members"."mandate_end" is null or "members"."mandate_end" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "members_first_plan_due_iso" CHECK("members"."first_plan_due" is null or "members"."first_plan_due" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "members_status_since_iso" CHECK("members"."status_since" is null or "members"."status_since" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_slug_unique` ON `members` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `members_code_unique` ON `members` (`code`);--> statement-breakpoint
CREATE INDEX `members_country_idx` ON `members` (`country`);--> statement-breakpoint
CREATE TABLE `alerts_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`dedupe_key` text NOT NULL,
	`kind` text NOT NULL,
	`member_id` text,
	`platform` text NOT NULL,
	`workspace_id` text DEFAULT '' NOT NULL,
	`target` text NOT NULL,
	`is_direct_message` integer DEFAULT false NOT NULL,
	`payload` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_until` integer,
	`last_error` text,
	`sent_at` integer,
	`platform_message_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "alerts_outbox_state_code" CHECK("alerts_outbox"."state" in ('pending', 'sending', 'sent', 'failed', 'cancelled')),
	CONSTRAINT "alerts_outbox_platform_code" CHECK("alerts_outbox"."platform" in ('slack', 'discord')),
	CONSTRAINT "alerts_outbox_attempts_non_negative" CHECK("alerts_outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_outbox_dedupe_key_unique` ON `alerts_outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `alerts_outbox_state_next_idx` ON `alerts_outbox` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `alerts_outbox_member_idx` ON `alerts_outbox` (`member_id`);--> statement-breakpoint
CREATE TABLE `job_leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `chat_identities` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`platform` text NOT NULL,
	`workspace_id` text DEFAULT '' NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "chat_identities_platform_code" CHECK("chat_identities"."platform" in ('slack', 'discord'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chat_identities_unique` ON `chat_identities` (`platform`,`workspace_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `chat_identities_person_idx` ON `chat_identities` (`person_id`);--> statement-breakpoint
CREATE TABLE `link_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`code_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`used_by_identity_id` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`used_by_identity_id`) REFERENCES `chat_identities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `link_codes_code_hash_unique` ON `link_codes` (`code_hash`);--> statement-breakpoint
CREATE INDEX `link_codes_person_idx` ON `link_codes` (`person_id`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`country` text,
	`website` text,
	`created_at` integer NOT NULL,
	CONSTRAINT "organizations_kind_code" CHECK("organizations"."kind" in ('government', 'civil_society_org', 'community_group', 'university', 'private_sector', 'media', 'youth_council', 'monitoring_body', 'other'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_name_unique` ON `organizations` (`name`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`time_zone` text,
	`organization_id` text,
	`preferred_platform` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "persons_language_code" CHECK("persons"."language" in ('en', 'fr', 'es')),
	CONSTRAINT "persons_preferred_platform_code" CHECK("persons"."preferred_platform" in ('slack', 'discord'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_email_unique` ON `persons` (`email`);--> statement-breakpoint
CREATE TABLE `role_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`scope` text NOT NULL,
	`member_id` text,
	`country` text,
	`can_post_updates` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "role_assignments_role_code" CHECK("role_assignments"."role" in ('support_unit', 'point_of_contact', 'government_official', 'civil_society', 'monitoring_body', 'national_coordinator')),
	CONSTRAINT "role_assignments_scope_code" CHECK("role_assignments"."scope" in ('member', 'country', 'global')),
	CONSTRAINT "role_assignments_scope_shape" CHECK(("role_assignments"."scope" = 'member' and "role_assignments"."member_id" is not null and "role_assignments"."country" is null)
        or ("role_assignments"."scope" = 'country' and "role_assignments"."country" is not null and "role_assignments"."member_id" is null)
        or ("role_assignments"."scope" = 'global' and "role_assignments"."member_id" is null and "role_assignments"."country" is null)),
	CONSTRAINT "role_assignments_role_scope" CHECK(("role_assignments"."role" = 'support_unit' and "role_assignments"."scope" = 'global')
        or ("role_assignments"."role" = 'national_coordinator' and "role_assignments"."scope" = 'country')
        or ("role_assignments"."role" not in ('support_unit', 'national_coordinator') and "role_assignments"."scope" = 'member'))
);
--> statement-breakpoint
CREATE INDEX `role_assignments_person_idx` ON `role_assignments` (`person_id`);--> statement-breakpoint
CREATE INDEX `role_assignments_member_idx` ON `role_assignments` (`member_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `role_assignments_member_unique` ON `role_assignments` (`person_id`,`role`,`member_id`) WHERE "role_assignments"."member_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `role_assignments_country_unique` ON `role_assignments` (`person_id`,`role`,`country`) WHERE "role_assignments"."country" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `role_assignments_global_unique` ON `role_assignments` (`person_id`,`role`) WHERE "role_assignments"."scope" = 'global';--> statement-breakpoint
CREATE TABLE `action_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`member_id` text,
	`coalition_id` text,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`submitted_on` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`recorded_on` text NOT NULL,
	`monitoring_body_id` text,
	`foreword` text,
	`long_term_vision` text,
	`achievements_to_date` text,
	`challenges` text,
	`medium_term_goals` text,
	`plan_contribution` text,
	`policy_goals_contribution` text,
	`lead_institutions` text,
	`coordination_arrangements` text,
	`participation_spaces_online` text,
	`participation_spaces_offline` text,
	`diversity_measures` text,
	`participating_groups` text DEFAULT '[]' NOT NULL,
	`participating_groups_count` integer,
	`co_creation_meetings_count` integer,
	`continued_collaboration` text,
	`monitoring_body_contact` text,
	`progress_discussion_activities` text,
	`public_progress_sharing` text,
	`strategy_document_links` text DEFAULT '[]' NOT NULL,
	`online_consultation_link` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`monitoring_body_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "action_plans_one_owner" CHECK(("action_plans"."member_id" is not null) + ("action_plans"."coalition_id" is not null) = 1),
	CONSTRAINT "action_plans_status_code" CHECK("action_plans"."status" in ('draft', 'co_creation', 'submitted', 'implementation', 'ended')),
	CONSTRAINT "action_plans_period_order" CHECK("action_plans"."period_end" > "action_plans"."period_start"),
	CONSTRAINT "action_plans_period_start_iso" CHECK("action_plans"."period_start" is null or "action_plans"."period_start" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "action_plans_period_end_iso" CHECK("action_plans"."period_end" is null or "action_plans"."period_end" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "action_plans_submitted_on_iso" CHECK("action_plans"."submitted_on" is null or "action_plans"."submitted_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "action_plans_recorded_on_iso" CHECK("action_plans"."recorded_on" is null or "action_plans"."recorded_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `action_plans_member_idx` ON `action_plans` (`member_id`);--> statement-breakpoint
CREATE INDEX `action_plans_coalition_idx` ON `action_plans` (`coalition_id`);--> statement-breakpoint
CREATE INDEX `action_plans_period_end_idx` ON `action_plans` (`period_end`);--> statement-breakpoint
CREATE TABLE `endorsements` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`person_id` text,
	`endorsed_at` integer NOT NULL,
	`source` text NOT NULL,
	`withdrawn_at` integer,
	FOREIGN KEY (`plan_id`) REFERENCES `action_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "endorsements_source_code" CHECK("endorsements"."source" in ('slack', 'discord', 'web', 'cli', 'import'))
);
--> statement-breakpoint
CREATE INDEX `endorsements_plan_idx` ON `endorsements` (`plan_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `endorsements_standing_unique` ON `endorsements` (`plan_id`,`organization_id`) WHERE "endorsements"."withdrawn_at" is null;--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`plan_id` text,
	`held_on` text NOT NULL,
	`phase` text NOT NULL,
	`title` text NOT NULL,
	`government_participants` integer DEFAULT 0 NOT NULL,
	`non_government_participants` integer DEFAULT 0 NOT NULL,
	`organizations` text DEFAULT '[]' NOT NULL,
	`minutes_url` text,
	`source` text DEFAULT 'cli' NOT NULL,
	`recorded_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`plan_id`) REFERENCES `action_plans`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`recorded_by`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "meetings_phase_code" CHECK("meetings"."phase" in ('co_creation', 'implementation')),
	CONSTRAINT "meetings_source_code" CHECK("meetings"."source" in ('slack', 'discord', 'web', 'cli', 'import')),
	CONSTRAINT "meetings_participants_non_negative" CHECK("meetings"."government_participants" >= 0 and "meetings"."non_government_participants" >= 0),
	CONSTRAINT "meetings_held_on_iso" CHECK("meetings"."held_on" is null or "meetings"."held_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `meetings_member_held_idx` ON `meetings` (`member_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `meetings_plan_idx` ON `meetings` (`plan_id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text,
	`file_ref` text,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`plan_id` text,
	`commitment_id` text,
	`milestone_id` text,
	`meeting_id` text,
	`update_id` text,
	`added_by` text,
	`added_at` integer NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `action_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`update_id`) REFERENCES `progress_updates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "evidence_kind_code" CHECK("evidence"."kind" in ('consultation_plan', 'participation_space', 'consultation_record', 'implementation_document', 'budget_decision', 'monitoring_report', 'third_party_analysis', 'audit', 'media', 'usage_statistics', 'other')),
	CONSTRAINT "evidence_one_subject" CHECK(("evidence"."plan_id" is not null) + ("evidence"."commitment_id" is not null) + ("evidence"."milestone_id" is not null) + ("evidence"."meeting_id" is not null) + ("evidence"."update_id" is not null) = 1),
	CONSTRAINT "evidence_has_location" CHECK("evidence"."url" is not null or "evidence"."file_ref" is not null)
);
--> statement-breakpoint
CREATE INDEX `evidence_plan_idx` ON `evidence` (`plan_id`);--> statement-breakpoint
CREATE INDEX `evidence_commitment_idx` ON `evidence` (`commitment_id`);--> statement-breakpoint
CREATE INDEX `evidence_milestone_idx` ON `evidence` (`milestone_id`);--> statement-breakpoint
CREATE INDEX `evidence_meeting_idx` ON `evidence` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `evidence_update_idx` ON `evidence` (`update_id`);--> statement-breakpoint
CREATE TABLE `milestone_status_changes` (
	`update_id` text NOT NULL,
	`milestone_id` text NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	PRIMARY KEY(`update_id`, `milestone_id`),
	FOREIGN KEY (`update_id`) REFERENCES `progress_updates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "milestone_status_changes_from_code" CHECK("milestone_status_changes"."from_status" in ('not_started', 'in_progress', 'blocked', 'complete', 'incomplete')),
	CONSTRAINT "milestone_status_changes_to_code" CHECK("milestone_status_changes"."to_status" in ('not_started', 'in_progress', 'blocked', 'complete', 'incomplete'))
);
--> statement-breakpoint
CREATE INDEX `milestone_status_changes_milestone_idx` ON `milestone_status_changes` (`milestone_id`);--> statement-breakpoint
CREATE TABLE `progress_update_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`update_id` text NOT NULL,
	`revision` integer NOT NULL,
	`snapshot` text NOT NULL,
	`replaced_at` integer NOT NULL,
	`replaced_by` text,
	FOREIGN KEY (`update_id`) REFERENCES `progress_updates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`replaced_by`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `progress_update_revisions_unique` ON `progress_update_revisions` (`update_id`,`revision`);--> statement-breakpoint
CREATE TABLE `progress_updates` (
	`id` text PRIMARY KEY NOT NULL,
	`commitment_id` text NOT NULL,
	`milestone_id` text,
	`author_id` text,
	`posted_at` integer NOT NULL,
	`source` text NOT NULL,
	`narrative` text NOT NULL,
	`completion_pct` integer,
	`no_progress` integer DEFAULT false NOT NULL,
	`delay_reasons` text,
	`next_steps` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`edited_at` integer,
	FOREIGN KEY (`commitment_id`) REFERENCES `commitments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`author_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "progress_updates_source_code" CHECK("progress_updates"."source" in ('slack', 'discord', 'web', 'cli', 'import')),
	CONSTRAINT "progress_updates_completion_range" CHECK("progress_updates"."completion_pct" is null or ("progress_updates"."completion_pct" between 0 and 100))
);
--> statement-breakpoint
CREATE INDEX `progress_updates_commitment_posted_idx` ON `progress_updates` (`commitment_id`,`posted_at`);--> statement-breakpoint
CREATE INDEX `progress_updates_posted_idx` ON `progress_updates` (`posted_at`);--> statement-breakpoint
CREATE TABLE `public_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`update_id` text NOT NULL,
	`author_name` text NOT NULL,
	`author_email` text,
	`body` text NOT NULL,
	`moderation` text DEFAULT 'pending' NOT NULL,
	`moderated_by` text,
	`moderated_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`update_id`) REFERENCES `progress_updates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`moderated_by`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "public_comments_moderation_code" CHECK("public_comments"."moderation" in ('pending', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE INDEX `public_comments_update_idx` ON `public_comments` (`update_id`,`moderation`);--> statement-breakpoint
CREATE TABLE `update_challenges` (
	`update_id` text NOT NULL,
	`code` text NOT NULL,
	`detail` text,
	PRIMARY KEY(`update_id`, `code`),
	FOREIGN KEY (`update_id`) REFERENCES `progress_updates`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "update_challenges_code" CHECK("update_challenges"."code" in ('funding_change', 'lack_of_resources', 'priority_shift', 'approval_delay', 'dependency', 'other'))
);
--> statement-breakpoint
CREATE TABLE `member_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`status` text NOT NULL,
	`effective_on` text NOT NULL,
	`rule_id` text,
	`reason` text NOT NULL,
	`actor` text NOT NULL,
	`actor_person_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "member_status_history_status_code" CHECK("member_status_history"."status" in ('active', 'inactive', 'voluntarily_inactive', 'probation', 'revoked')),
	CONSTRAINT "member_status_history_actor_code" CHECK("member_status_history"."actor" in ('rules', 'person')),
	CONSTRAINT "member_status_history_actor_shape" CHECK(("member_status_history"."actor" = 'person') = ("member_status_history"."actor_person_id" is not null)),
	CONSTRAINT "member_status_history_effective_on_iso" CHECK("member_status_history"."effective_on" is null or "member_status_history"."effective_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `member_status_history_member_idx` ON `member_status_history` (`member_id`,`effective_on`);--> statement-breakpoint
CREATE TABLE `status_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`kind` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`status` text,
	`reason` text NOT NULL,
	`decided_by` text,
	`decided_on` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "status_decisions_kind_code" CHECK("status_decisions"."kind" in ('voluntary_inactivity', 'first_plan_extension', 'status_override', 'revocation_confirmed')),
	CONSTRAINT "status_decisions_status_code" CHECK("status_decisions"."status" in ('active', 'inactive', 'voluntarily_inactive', 'probation', 'revoked')),
	CONSTRAINT "status_decisions_override_shape" CHECK(("status_decisions"."kind" = 'status_override') = ("status_decisions"."status" is not null)),
	CONSTRAINT "status_decisions_extension_shape" CHECK("status_decisions"."kind" <> 'first_plan_extension' or "status_decisions"."ends_on" is not null),
	CONSTRAINT "status_decisions_period_order" CHECK("status_decisions"."ends_on" is null or "status_decisions"."ends_on" >= "status_decisions"."starts_on"),
	CONSTRAINT "status_decisions_starts_on_iso" CHECK("status_decisions"."starts_on" is null or "status_decisions"."starts_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "status_decisions_ends_on_iso" CHECK("status_decisions"."ends_on" is null or "status_decisions"."ends_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "status_decisions_decided_on_iso" CHECK("status_decisions"."decided_on" is null or "status_decisions"."decided_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `status_decisions_member_idx` ON `status_decisions` (`member_id`,`starts_on`);