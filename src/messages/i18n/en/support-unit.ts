/**
 * Texts of the Support Unit's decisions (§4: VOL-1 grants, INACT-1 extensions, status overrides) and
 * of registering people and roles (§1), from chat (`grant`, `override`, `register`) and the CLI
 * (`decision …`, `person add`, `role grant`). `decision.*` keys are the rules engine's refusals.
 */
export const supportUnit = {
  "decision.reason_required":
    "Rule {rule} ({section}): a Support Unit decision needs a reason; it is recorded with the decision.",
  "decision.reason_too_long": "Rule {rule} ({section}): the reason is too long (over {max} characters).",
  "decision.revoked":
    "Rule {rule} ({section}): the membership of {member} is revoked since {since}; only a status override changes that.",
  "decision.date_invalid":
    "Rule {rule} ({section}): “{date}” is not a calendar date; write dates as YYYY-MM-DD, e.g. 2026-09-30.",
  "decision.vol1.order":
    "Rule {rule} ({section}): voluntary inactivity cannot end ({to}) before it begins ({from}).",
  "decision.vol1.overlap":
    "Rule {rule} ({section}): {member} is already voluntarily inactive from {from} to {to}; a new grant may not overlap it.",
  "decision.vol1.overlap_open":
    "Rule {rule} ({section}): {member} is already voluntarily inactive from {from} until further notice; a new grant may not overlap it. Override its status to end it first.",
  "decision.inact1.no_deadline":
    "Rule {rule} ({section}): {member} has no first-plan deadline to extend; only new members have one.",
  "decision.inact1.submitted":
    "Rule {rule} ({section}): {member} submitted its first action plan on {on}; there is no first-plan deadline left to extend.",
  "decision.inact1.not_later":
    "Rule {rule} ({section}): an extension sets a first-plan deadline later than the one in force for {member}, {dueOn}.",
  "decision.inact1.past":
    "Rule {rule} ({section}): the new first-plan deadline cannot be before today ({today}); a decision never acts on days before it is taken.",
  "decision.override.unknown_status":
    "Rule {rule} ({section}): “{status}” is not a status; use one of {statuses}.",
  "decision.concurrent":
    "Another decision about {member} was recorded at the same moment, so nothing was written. Check /ogp status {member} and try again.",
  "decision.by_not_support_unit":
    "{name} ({email}) does not hold the Support Unit role, so the decision cannot be recorded as theirs.",
  "cmd.grant.support_unit_only":
    "Only the Support Unit grants voluntary inactivity (rule VOL-1, §4.1) and first-plan deadline extensions (rule INACT-1, §4.1.1).",
  "cmd.override.support_unit_only": "Only the Support Unit overrides a member's status (§4.2).",
  "cmd.register.support_unit_only": "Only the Support Unit registers people and grants roles (§1).",
  "cmd.grant_vol.summary":
    "grant a member voluntary inactivity from FROM to TO, or until further notice without TO (rule VOL-1, Support Unit)",
  "cmd.grant_extension.summary":
    "extend a new member's first-plan deadline to UNTIL (rule INACT-1, Support Unit)",
  "cmd.override.summary": "set a member's status from today, with the reason (§4.2, Support Unit)",
  "cmd.register_person.summary":
    "register a person by name and email, with the language they read and the organization they speak for (Support Unit)",
  "cmd.register_role.summary":
    "give a registered person a role, for a member or, for a national coordinator, a country (Support Unit)",
  "cmd.home.support_unit_title": "Support Unit decisions and registrations (§1, §4):",
  "cmd.grant.usage":
    "Type /ogp grant voluntary-inactivity MEMBER FROM [TO] REASON or /ogp grant extension MEMBER UNTIL REASON, dates as YYYY-MM-DD (without TO, until further notice).",
  "cmd.override.usage":
    "Type /ogp override MEMBER STATUS REASON, where STATUS is one of active, inactive, voluntarily_inactive, probation, revoked.",
  "cmd.register.usage":
    "Type /ogp register person NAME EMAIL [en|fr|es] [ORGANIZATION], /ogp register organization KIND NAME or /ogp register role EMAIL ROLE [MEMBER|COUNTRY]. KIND is one of government, civil_society_org, community_group, university, private_sector, media, youth_council, monitoring_body, other.",
  "discord.option.from": "the first day, YYYY-MM-DD",
  "discord.option.to": "the last day, YYYY-MM-DD (leave empty: until further notice)",
  "discord.option.until": "the new deadline, YYYY-MM-DD",
  "discord.option.status": "a member status",
  "discord.option.name": "a full name: the person's, or the organization's",
  "discord.option.email": "the person's email address",
  "discord.option.language": "the language they read: en, fr or es",
  "discord.option.role": "a role of the handbook's role table",
  "discord.option.scope": "the member (short name) or, for a national coordinator, the country code",
  "cmd.grant.vol1_done":
    "Voluntary inactivity granted to {member} from {from} to {to} (rule VOL-1, §4.1): {reason}",
  "cmd.grant.vol1_open_done":
    "Voluntary inactivity granted to {member} from {from} until further notice (rule VOL-1, §4.1): {reason}",
  "cmd.grant.extension_done":
    "The first-plan deadline of {member} is extended to {until} (rule INACT-1, §4.1.1): {reason}",
  "cmd.override.done":
    "The status of {member} is set to {status} from {on} by the Support Unit (§4.2): {reason}",
  "decision.outcome.now": "The rules now give {member}: {status} since {since}.",
  "decision.outcome.recorded":
    "Recorded as the member's status, with its status history row, by {name} ({rule}).",
  "decision.outcome.letter": "The scheduler's next run posts the draft letter to the Support Unit's channel.",
  "decision.outcome.unchanged":
    "The status the rules give does not change today; the scheduler records any later change on its day.",
  "decision.outcome.upcoming": "From {on}, the rules give {status}; the scheduler records it that day.",
  "decision.outcome.backdated":
    "The status changes from {on}, the day of the decision: a decision never changes the days before it was taken.",
  "decision.outcome.cli": "the command line",
  "cmd.register.person_done":
    "{name} ({email}) is registered (language: {language}). Next: give them a role with /ogp register role {email} ROLE [MEMBER|COUNTRY], and a link code for their chat account (`link-code create --person {email}`).",
  "cmd.register.role_done": "{name} now holds the role {role} for {scope}.",
  "register.no_person":
    "No person has the email {email}. Register them first: /ogp register person NAME {email} (CLI: person add).",
  "register.name_required": "The person's name is required.",
  "register.name_too_long": "The name is too long (over {max} characters).",
  "register.email_invalid": "“{email}” is not an email address.",
  "register.language_unknown": "“{language}” is not a language of OGP Local; use one of {languages}.",
  "register.person_exists": "A person with the email {email} is already registered: {name}.",
  "register.role_unknown": "“{role}” is not a role; use one of {roles}.",
  "register.global_role": "The role {role} is global: it takes no member or country (“{scope}” was given).",
  "register.country_required": "The role {role} is held for a country: add its ISO code, e.g. MX (spec §7).",
  "register.country_unknown": "“{country}” is not an ISO 3166-1 country code, e.g. MX or NZ.",
  "register.member_required": "The role {role} is held for a member: add the member's short name.",
  "register.role_exists": "{name} already holds the role {role} for {scope}; nothing changed.",
  "cmd.register_organization.summary":
    "register an organization by kind and name, so its people can be registered with it (Support Unit)",
  "discord.option.organization": "the organization they speak for, registered before (its name)",
  "cmd.register.organization_done":
    "{name} is registered as an organization ({kind}). Next: register its people with /ogp register person NAME EMAIL [en|fr|es] {name}.",
  "cmd.register.person_organization": "They speak for {organization} ({kind}).",
  "cmd.register.organization_set":
    "{name} ({email}) now speaks for {organization} ({kind}); nothing else about them changed.",
  "register.organization_kind_unknown": "“{kind}” is not a kind of organization; use one of {kinds}.",
  "register.organization_name_required": "The organization's name is required.",
  "register.organization_name_too_long": "The organization's name is too long (over {max} characters).",
  "register.website_invalid": "“{website}” is not a web address; write it as https://….",
  "register.organization_exists":
    "An organization named {name} is already registered ({kind}); nothing changed.",
  "register.organization_unknown":
    "No organization is named “{organization}”, so nothing was registered. Register it first with /ogp register organization KIND NAME (CLI: organization add).",
  "register.organization_already_member": "{name} already speaks for {organization}; nothing changed.",
  "register.organization_other":
    "{name} ({email}) already speaks for {organization}; an organization, once given, is not changed from chat.",
  "register.person_differs":
    "A person with the email {email} is already registered as {name} (language: {language}). To give them an organization, type their name and language as registered: /ogp register person {name} {email} {code} ORGANIZATION.",
};
