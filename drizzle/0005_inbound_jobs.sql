PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_inbound_deliveries` (
	`platform` text NOT NULL,
	`delivery_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`payload` text,
	`state` text DEFAULT 'done' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`lease_until` integer,
	`finished_at` integer,
	`last_error` text,
	CONSTRAINT "inbound_deliveries_platform_code" CHECK("__new_inbound_deliveries"."platform" in ('slack', 'discord')),
	CONSTRAINT "inbound_deliveries_state_code" CHECK("__new_inbound_deliveries"."state" in ('pending', 'running', 'done', 'failed'))
);
--> statement-breakpoint
-- Deliveries received before this migration were handled in their request: they are done.
INSERT INTO `__new_inbound_deliveries`("platform", "delivery_id", "created_at") SELECT "platform", "delivery_id", "created_at" FROM `inbound_deliveries`;--> statement-breakpoint
DROP TABLE `inbound_deliveries`;--> statement-breakpoint
ALTER TABLE `__new_inbound_deliveries` RENAME TO `inbound_deliveries`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_deliveries_unique` ON `inbound_deliveries` (`platform`,`delivery_id`);--> statement-breakpoint
CREATE INDEX `inbound_deliveries_received_idx` ON `inbound_deliveries` (`created_at`);--> statement-breakpoint
CREATE INDEX `inbound_deliveries_state_idx` ON `inbound_deliveries` (`state`,`created_at`);