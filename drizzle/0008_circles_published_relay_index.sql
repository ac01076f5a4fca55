CREATE INDEX `alerts_outbox_relay_copy_idx` ON `alerts_outbox` (`platform`,`workspace_id`,`platform_message_id`) WHERE "alerts_outbox"."kind" = 'circle.relay';--> statement-breakpoint
-- Hand-written below: drizzle-kit does not generate triggers. Circles, their members and their
-- channels are published (/circles, the member pages), so their writes bump the site revision too.
CREATE TRIGGER `circles_insert_bumps_site_revision` AFTER INSERT ON `circles` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `circles_update_bumps_site_revision` AFTER UPDATE ON `circles` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `circles_delete_bumps_site_revision` AFTER DELETE ON `circles` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `circle_members_insert_bumps_site_revision` AFTER INSERT ON `circle_members` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `circle_members_update_bumps_site_revision` AFTER UPDATE ON `circle_members` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `circle_members_delete_bumps_site_revision` AFTER DELETE ON `circle_members` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `circle_channels_insert_bumps_site_revision` AFTER INSERT ON `circle_channels` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `circle_channels_update_bumps_site_revision` AFTER UPDATE ON `circle_channels` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `circle_channels_delete_bumps_site_revision` AFTER DELETE ON `circle_channels` BEGIN UPDATE `site_revision` SET `revision` = `revision` + 1 WHERE `id` = 1; END;
