CREATE INDEX `circles_slug_lower_idx` ON `circles` (lower("slug"));--> statement-breakpoint
CREATE INDEX `commitments_code_lower_idx` ON `commitments` (lower("code"));--> statement-breakpoint
CREATE INDEX `coalitions_slug_lower_idx` ON `coalitions` (lower("slug"));--> statement-breakpoint
CREATE INDEX `members_slug_lower_idx` ON `members` (lower("slug"));--> statement-breakpoint
CREATE INDEX `members_code_lower_idx` ON `members` (lower("code"));