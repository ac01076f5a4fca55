CREATE TABLE `form_drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`platform` text NOT NULL,
	`user_id` text NOT NULL,
	`form` text NOT NULL,
	`answers` text NOT NULL,
	`completed_steps` text NOT NULL,
	`expires_at` integer NOT NULL,
	CONSTRAINT "form_drafts_platform_code" CHECK("form_drafts"."platform" in ('slack', 'discord'))
);
--> statement-breakpoint
CREATE INDEX `form_drafts_expires_idx` ON `form_drafts` (`expires_at`);