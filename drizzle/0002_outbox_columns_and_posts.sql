PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_alerts_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`dedupe_key` text NOT NULL,
	`kind` text NOT NULL,
	`member_id` text,
	`platform` text NOT NULL,
	`workspace_id` text DEFAULT '' NOT NULL,
	`target` text NOT NULL,
	`is_direct_message` integer DEFAULT false NOT NULL,
	`alert_key` text,
	`subject_kind` text,
	`subject_id` text,
	`deadline_key` text,
	`step` text,
	`copy_kind` text DEFAULT 'original' NOT NULL,
	`copy_of` text,
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
	CONSTRAINT "alerts_outbox_state_code" CHECK("__new_alerts_outbox"."state" in ('pending', 'sending', 'sent', 'failed', 'cancelled')),
	CONSTRAINT "alerts_outbox_platform_code" CHECK("__new_alerts_outbox"."platform" in ('slack', 'discord')),
	CONSTRAINT "alerts_outbox_copy_kind_code" CHECK("__new_alerts_outbox"."copy_kind" in ('original', 'snooze', 'fallback')),
	CONSTRAINT "alerts_outbox_attempts_non_negative" CHECK("__new_alerts_outbox"."attempts" >= 0)
);
--> statement-breakpoint
-- Rows written before this migration: what the scheduler wrote is read out of its dedupe key
-- (`alertKey|platform:workspace:target`, the engine's alert key being
-- `rule:subjectKind:subjectId:period:step`) once, here, into columns; and each payload is turned
-- from the old outbox message (title, text, fields, buttons, footer) into the message model's post.
WITH keyed AS (
  SELECT *, CASE WHEN instr(dedupe_key, '|') > 0 THEN substr(dedupe_key, 1, instr(dedupe_key, '|') - 1) END AS ak
  FROM `alerts_outbox`
), parted AS (
  SELECT *,
    substr(ak, instr(ak, ':') + 1) AS after_rule,
    rtrim(ak, replace(ak, ':', '')) AS before_step,
    ak IS NOT NULL AND instr(kind, '.') = 0 AS is_reminder
  FROM keyed
), subjected AS (
  SELECT *, substr(after_rule, instr(after_rule, ':') + 1) AS after_subject_kind FROM parted
)
INSERT INTO `__new_alerts_outbox`("id", "dedupe_key", "kind", "member_id", "platform", "workspace_id", "target", "is_direct_message", "alert_key", "subject_kind", "subject_id", "deadline_key", "step", "copy_kind", "copy_of", "payload", "state", "attempts", "next_attempt_at", "lease_until", "last_error", "sent_at", "platform_message_id", "created_at")
SELECT "id", "dedupe_key", "kind", "member_id", "platform", "workspace_id", "target", "is_direct_message",
  ak,
  CASE WHEN ak IS NOT NULL AND instr(after_rule, ':') > 0 THEN substr(after_rule, 1, instr(after_rule, ':') - 1) END,
  CASE WHEN ak IS NOT NULL AND instr(after_rule, ':') > 0 THEN
    CASE WHEN instr(after_subject_kind, ':') > 0 THEN substr(after_subject_kind, 1, instr(after_subject_kind, ':') - 1) ELSE after_subject_kind END
  END,
  CASE WHEN is_reminder THEN substr(before_step, 1, length(before_step) - 1) END,
  CASE WHEN is_reminder THEN substr(ak, length(before_step) + 1) END,
  CASE WHEN dedupe_key LIKE '%|snooze' THEN 'snooze' WHEN dedupe_key LIKE '%|fallback|%' THEN 'fallback' ELSE 'original' END,
  CASE WHEN dedupe_key LIKE '%|snooze' THEN
    (SELECT original.id FROM `alerts_outbox` AS original WHERE original.dedupe_key = substr(subjected.dedupe_key, 1, length(subjected.dedupe_key) - 7))
  END,
  json_object(
    'language', coalesce((SELECT members.language FROM members WHERE members.id = subjected.member_id), 'en'),
    'summary', payload ->> '$.text',
    'blocks', (
      SELECT json_group_array(json(block) ORDER BY position) FROM (
        SELECT 1 AS position, json_object('kind', 'heading', 'text', payload ->> '$.title') AS block
          WHERE payload ->> '$.title' IS NOT NULL
        UNION ALL SELECT 2, json_object('kind', 'text', 'text', payload ->> '$.text')
        UNION ALL SELECT 3, json_object('kind', 'fields', 'fields', json(payload -> '$.fields'))
          WHERE coalesce(json_array_length(payload, '$.fields'), 0) > 0
        UNION ALL SELECT 4, json_object('kind', 'buttons', 'buttons', (
            SELECT json_group_array(json(
              CASE WHEN button.value ->> '$.url' IS NOT NULL
                THEN json_object('label', button.value ->> '$.label', 'url', button.value ->> '$.url')
                ELSE json_patch(
                  json_object(
                    'label', button.value ->> '$.label',
                    'invoke', json_object(
                      'command', substr(button.value ->> '$.action', 1, instr((button.value ->> '$.action') || ' ', ' ') - 1),
                      'args', json(CASE WHEN instr(button.value ->> '$.action', ' ') = 0 THEN '[]' ELSE
                        '["' || replace(replace(replace(substr(button.value ->> '$.action', instr(button.value ->> '$.action', ' ') + 1), '\', '\\'), '"', '\"'), ' ', '","') || '"]'
                      END)
                    )
                  ),
                  CASE WHEN button.value ->> '$.style' IS NOT NULL THEN json_object('style', button.value ->> '$.style') ELSE '{}' END
                )
              END) ORDER BY button.key)
            FROM json_each(payload, '$.buttons') AS button
          ))
          WHERE coalesce(json_array_length(payload, '$.buttons'), 0) > 0
        UNION ALL SELECT 5, json_object('kind', 'context', 'text', payload ->> '$.footer')
          WHERE payload ->> '$.footer' IS NOT NULL
      )
    )
  ),
  "state", "attempts", "next_attempt_at", "lease_until", "last_error", "sent_at", "platform_message_id", "created_at"
FROM subjected;--> statement-breakpoint
DROP TABLE `alerts_outbox`;--> statement-breakpoint
ALTER TABLE `__new_alerts_outbox` RENAME TO `alerts_outbox`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_outbox_dedupe_key_unique` ON `alerts_outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `alerts_outbox_state_next_idx` ON `alerts_outbox` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `alerts_outbox_member_idx` ON `alerts_outbox` (`member_id`);