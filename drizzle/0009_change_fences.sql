CREATE TABLE `change_fences` (
	`expected` integer NOT NULL,
	`changed` integer NOT NULL,
	CONSTRAINT "change_fences_hold" CHECK("change_fences"."changed" = "change_fences"."expected")
);
