PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`jurisdiction_name` text NOT NULL,
	`country` text NOT NULL,
	`jurisdiction_type` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`member_id` text,
	`submitted_on` text NOT NULL,
	`mandate_end` text,
	`letter_url` text NOT NULL,
	`letter_pages` integer NOT NULL,
	`letter_language` text NOT NULL,
	`signed_by_head_of_government` integer NOT NULL,
	`signed_by_delegated_senior_official` integer DEFAULT false NOT NULL,
	`head_signatory` text,
	`non_government_signatories` text DEFAULT '[]' NOT NULL,
	`eligibility_answers` text DEFAULT '{}' NOT NULL,
	`contact_name` text NOT NULL,
	`contact_email` text NOT NULL,
	`applied_by` text,
	`outcome` text DEFAULT 'pending' NOT NULL,
	`decided_at` integer,
	`decided_by` text,
	`decision_reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`applied_by`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "applications_country_iso" CHECK("__new_applications"."country" glob '[A-Z][A-Z]'),
	CONSTRAINT "applications_jurisdiction_type_code" CHECK("__new_applications"."jurisdiction_type" in ('municipality', 'city', 'county', 'province', 'region', 'state', 'other')),
	CONSTRAINT "applications_language_code" CHECK("__new_applications"."language" in ('en', 'fr', 'es')),
	CONSTRAINT "applications_outcome_code" CHECK("__new_applications"."outcome" in ('pending', 'accepted', 'rejected')),
	CONSTRAINT "applications_letter_pages_positive" CHECK("__new_applications"."letter_pages" > 0),
	CONSTRAINT "applications_decision_shape" CHECK(("__new_applications"."outcome" = 'pending' and "__new_applications"."decided_at" is null)
        or ("__new_applications"."outcome" <> 'pending' and "__new_applications"."decided_at" is not null)),
	CONSTRAINT "applications_submitted_on_iso" CHECK("__new_applications"."submitted_on" is null or "__new_applications"."submitted_on" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
	CONSTRAINT "applications_mandate_end_iso" CHECK("__new_applications"."mandate_end" is null or "__new_applications"."mandate_end" glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
-- No release wrote applications before this one; should a row exist, it keeps what it had, the new
-- required texts empty and its decision instant taken from its decision date.
INSERT INTO `__new_applications`("id", "jurisdiction_name", "country", "jurisdiction_type", "member_id", "submitted_on", "mandate_end", "letter_url", "letter_pages", "letter_language", "signed_by_head_of_government", "head_signatory", "non_government_signatories", "eligibility_answers", "contact_name", "contact_email", "outcome", "decided_at", "created_at") SELECT "id", "jurisdiction_name", "country", 'other', "member_id", "submitted_on", "mandate_end", '', "letter_pages", "letter_language", "signed_by_head_of_government", "head_signatory", "non_government_signatories", "eligibility_answers", '', '', "outcome", CASE WHEN "outcome" <> 'pending' THEN unixepoch(coalesce("decided_on", "submitted_on")) * 1000 END, "created_at" FROM `applications`;--> statement-breakpoint
DROP TABLE `applications`;--> statement-breakpoint
ALTER TABLE `__new_applications` RENAME TO `applications`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `applications_outcome_idx` ON `applications` (`outcome`);--> statement-breakpoint
CREATE UNIQUE INDEX `applications_pending_unique` ON `applications` (lower("jurisdiction_name"),`country`) WHERE "applications"."outcome" = 'pending';