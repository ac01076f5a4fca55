/**
 * Texts only the Discord adapter shows: the slash command's option descriptions (registered in every
 * language), and the steps of forms longer than one Discord modal. Discord caps option descriptions
 * at 100 characters and modal labels at 45.
 */
export const discord = {
  "discord.command.description": "OGP Local: progress updates, endorsements and member status",
  "discord.command.support_unit_description":
    "OGP Local Support Unit: applications, grants, status overrides, registrations",
  "discord.option.action": "another use of the command",
  "discord.option.code": "the one-time code from the OGP Local administrators",
  "discord.option.member": "a member (its short name)",
  "discord.option.commitment": "a commitment code, e.g. sprfd0001",
  "discord.option.update": "a progress update reference (yours)",
  "discord.option.plan": "an action plan: its member's short name",
  "discord.option.modification": "a modification reference",
  "discord.option.subject": "a plan, commitment, milestone (CODE.N) or meeting",
  "discord.option.url": "a web link (https://…)",
  "discord.option.kind": "what kind",
  "discord.option.title": "a title",
  "discord.form.step_title": "{title} ({step}/{steps})",
  "discord.form.step_saved": "Step {step} of {steps} saved: “{next}” comes next.",
  "discord.form.continue": "Continue ({step}/{steps})",
  "discord.form.fix": "Some answers need correcting; nothing was saved yet:",
  "discord.form.fix_button": "Correct step {step}",
  "discord.form.expired":
    "This form is no longer available (forms are kept for 15 minutes). Run the command again.",
  "discord.form.ready": "Your form is ready.",
  "discord.form.open": "Open the form",
  "discord.form.date_placeholder": "YYYY-MM-DD",
  "discord.already_handled": "This request was already handled.",
  "discord.more": "…and {count} more.",
};
