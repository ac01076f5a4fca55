CREATE TABLE `site_revision` (
	`id` integer PRIMARY KEY NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "site_revision_single_row" CHECK("site_revision"."id" = 1)
);--> statement-breakpoint
-- Hand-written below: drizzle-kit does not generate triggers. Every write to a published table
-- bumps the revision the page cache checks (src/db/schema/site.ts lists the tables; a test checks
-- every one keeps its three triggers, which a migration that rebuilds a table would drop).
INSERT INTO `site_revision` (`id`, `revision`) VALUES (1, 0);--> statement-breakpoint
CREATE TRIGGER `members_insert_bumps_site_revision` AFTER INSERT ON `members` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `members_update_bumps_site_revision` AFTER UPDATE ON `members` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `members_delete_bumps_site_revision` AFTER DELETE ON `members` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `coalitions_insert_bumps_site_revision` AFTER INSERT ON `coalitions` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `coalitions_update_bumps_site_revision` AFTER UPDATE ON `coalitions` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `coalitions_delete_bumps_site_revision` AFTER DELETE ON `coalitions` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `coalition_members_insert_bumps_site_revision` AFTER INSERT ON `coalition_members` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `coalition_members_update_bumps_site_revision` AFTER UPDATE ON `coalition_members` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `coalition_members_delete_bumps_site_revision` AFTER DELETE ON `coalition_members` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `organizations_insert_bumps_site_revision` AFTER INSERT ON `organizations` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `organizations_update_bumps_site_revision` AFTER UPDATE ON `organizations` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `organizations_delete_bumps_site_revision` AFTER DELETE ON `organizations` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `persons_insert_bumps_site_revision` AFTER INSERT ON `persons` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `persons_update_bumps_site_revision` AFTER UPDATE ON `persons` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `persons_delete_bumps_site_revision` AFTER DELETE ON `persons` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `role_assignments_insert_bumps_site_revision` AFTER INSERT ON `role_assignments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `role_assignments_update_bumps_site_revision` AFTER UPDATE ON `role_assignments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `role_assignments_delete_bumps_site_revision` AFTER DELETE ON `role_assignments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `action_plans_insert_bumps_site_revision` AFTER INSERT ON `action_plans` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `action_plans_update_bumps_site_revision` AFTER UPDATE ON `action_plans` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `action_plans_delete_bumps_site_revision` AFTER DELETE ON `action_plans` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `endorsements_insert_bumps_site_revision` AFTER INSERT ON `endorsements` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `endorsements_update_bumps_site_revision` AFTER UPDATE ON `endorsements` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `endorsements_delete_bumps_site_revision` AFTER DELETE ON `endorsements` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `meetings_insert_bumps_site_revision` AFTER INSERT ON `meetings` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `meetings_update_bumps_site_revision` AFTER UPDATE ON `meetings` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `meetings_delete_bumps_site_revision` AFTER DELETE ON `meetings` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitments_insert_bumps_site_revision` AFTER INSERT ON `commitments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitments_update_bumps_site_revision` AFTER UPDATE ON `commitments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitments_delete_bumps_site_revision` AFTER DELETE ON `commitments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_owners_insert_bumps_site_revision` AFTER INSERT ON `commitment_owners` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_owners_update_bumps_site_revision` AFTER UPDATE ON `commitment_owners` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_owners_delete_bumps_site_revision` AFTER DELETE ON `commitment_owners` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_policy_areas_insert_bumps_site_revision` AFTER INSERT ON `commitment_policy_areas` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_policy_areas_update_bumps_site_revision` AFTER UPDATE ON `commitment_policy_areas` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_policy_areas_delete_bumps_site_revision` AFTER DELETE ON `commitment_policy_areas` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_sectors_insert_bumps_site_revision` AFTER INSERT ON `commitment_sectors` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_sectors_update_bumps_site_revision` AFTER UPDATE ON `commitment_sectors` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_sectors_delete_bumps_site_revision` AFTER DELETE ON `commitment_sectors` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_ogp_values_insert_bumps_site_revision` AFTER INSERT ON `commitment_ogp_values` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_ogp_values_update_bumps_site_revision` AFTER UPDATE ON `commitment_ogp_values` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `commitment_ogp_values_delete_bumps_site_revision` AFTER DELETE ON `commitment_ogp_values` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `milestones_insert_bumps_site_revision` AFTER INSERT ON `milestones` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `milestones_update_bumps_site_revision` AFTER UPDATE ON `milestones` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `milestones_delete_bumps_site_revision` AFTER DELETE ON `milestones` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `modifications_insert_bumps_site_revision` AFTER INSERT ON `modifications` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `modifications_update_bumps_site_revision` AFTER UPDATE ON `modifications` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `modifications_delete_bumps_site_revision` AFTER DELETE ON `modifications` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `assessments_insert_bumps_site_revision` AFTER INSERT ON `assessments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `assessments_update_bumps_site_revision` AFTER UPDATE ON `assessments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `assessments_delete_bumps_site_revision` AFTER DELETE ON `assessments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `progress_updates_insert_bumps_site_revision` AFTER INSERT ON `progress_updates` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `progress_updates_update_bumps_site_revision` AFTER UPDATE ON `progress_updates` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `progress_updates_delete_bumps_site_revision` AFTER DELETE ON `progress_updates` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `milestone_status_changes_insert_bumps_site_revision` AFTER INSERT ON `milestone_status_changes` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `milestone_status_changes_update_bumps_site_revision` AFTER UPDATE ON `milestone_status_changes` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `milestone_status_changes_delete_bumps_site_revision` AFTER DELETE ON `milestone_status_changes` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `update_challenges_insert_bumps_site_revision` AFTER INSERT ON `update_challenges` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `update_challenges_update_bumps_site_revision` AFTER UPDATE ON `update_challenges` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `update_challenges_delete_bumps_site_revision` AFTER DELETE ON `update_challenges` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `evidence_insert_bumps_site_revision` AFTER INSERT ON `evidence` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `evidence_update_bumps_site_revision` AFTER UPDATE ON `evidence` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `evidence_delete_bumps_site_revision` AFTER DELETE ON `evidence` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `public_comments_insert_bumps_site_revision` AFTER INSERT ON `public_comments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `public_comments_update_bumps_site_revision` AFTER UPDATE ON `public_comments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `public_comments_delete_bumps_site_revision` AFTER DELETE ON `public_comments` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `member_status_history_insert_bumps_site_revision` AFTER INSERT ON `member_status_history` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `member_status_history_update_bumps_site_revision` AFTER UPDATE ON `member_status_history` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `member_status_history_delete_bumps_site_revision` AFTER DELETE ON `member_status_history` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `status_decisions_insert_bumps_site_revision` AFTER INSERT ON `status_decisions` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `status_decisions_update_bumps_site_revision` AFTER UPDATE ON `status_decisions` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `status_decisions_delete_bumps_site_revision` AFTER DELETE ON `status_decisions` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;
