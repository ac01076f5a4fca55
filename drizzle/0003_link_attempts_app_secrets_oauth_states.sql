CREATE TABLE `app_secrets` (
	`name` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `link_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`platform` text NOT NULL,
	`workspace_id` text DEFAULT '' NOT NULL,
	`user_id` text NOT NULL,
	`attempted_at` integer NOT NULL,
	`succeeded` integer NOT NULL,
	CONSTRAINT "link_attempts_platform_code" CHECK("link_attempts"."platform" in ('slack', 'discord'))
);
--> statement-breakpoint
CREATE INDEX `link_attempts_identity_idx` ON `link_attempts` (`platform`,`workspace_id`,`user_id`,`attempted_at`);--> statement-breakpoint
CREATE INDEX `link_attempts_at_idx` ON `link_attempts` (`attempted_at`);--> statement-breakpoint
CREATE TABLE `used_oauth_states` (
	`nonce` text PRIMARY KEY NOT NULL,
	`used_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `used_oauth_states_expires_idx` ON `used_oauth_states` (`expires_at`);