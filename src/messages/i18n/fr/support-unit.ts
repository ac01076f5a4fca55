/**
 * Décisions de l'Unité d'appui (§4 : inactivité volontaire VOL-1, prolongations INACT-1, modification
 * du statut) et enregistrement des personnes et des rôles (§1), depuis le chat et la CLI.
 */
export const supportUnit = {
  "decision.reason_required":
    "Règle {rule} ({section}) : une décision de l'Unité d'appui doit être motivée ; le motif est enregistré avec elle.",
  "decision.reason_too_long": "Règle {rule} ({section}) : le motif est trop long (plus de {max} caractères).",
  "decision.revoked":
    "Règle {rule} ({section}) : l'adhésion de {member} est révoquée depuis le {since} ; seule une modification du statut peut changer cela.",
  "decision.date_invalid":
    "Règle {rule} ({section}) : « {date} » n'est pas une date du calendrier ; écrivez les dates sous la forme AAAA-MM-JJ, par exemple 2026-09-30.",
  "decision.vol1.order":
    "Règle {rule} ({section}) : l'inactivité volontaire ne peut pas finir ({to}) avant de commencer ({from}).",
  "decision.vol1.overlap":
    "Règle {rule} ({section}) : {member} est déjà en inactivité volontaire du {from} au {to} ; une nouvelle autorisation ne peut pas la chevaucher.",
  "decision.vol1.overlap_open":
    "Règle {rule} ({section}) : {member} est déjà en inactivité volontaire depuis le {from}, jusqu'à nouvel ordre ; une nouvelle autorisation ne peut pas la chevaucher. Modifiez d'abord son statut pour y mettre fin.",
  "decision.inact1.no_deadline":
    "Règle {rule} ({section}) : {member} n'a pas d'échéance de premier plan à prolonger ; seuls les nouveaux membres en ont une.",
  "decision.inact1.submitted":
    "Règle {rule} ({section}) : {member} a soumis son premier plan d'action le {on} ; il n'y a plus d'échéance de premier plan à prolonger.",
  "decision.inact1.not_later":
    "Règle {rule} ({section}) : une prolongation fixe une échéance de premier plan postérieure à celle en vigueur pour {member}, le {dueOn}.",
  "decision.inact1.past":
    "Règle {rule} ({section}) : la nouvelle échéance de premier plan ne peut pas précéder aujourd'hui ({today}) ; une décision n'agit jamais sur les jours qui la précèdent.",
  "decision.override.unknown_status":
    "Règle {rule} ({section}) : « {status} » n'est pas un statut ; utilisez l'un de {statuses}.",
  "decision.concurrent":
    "Une autre décision concernant {member} a été enregistrée au même moment : rien n'a été écrit. Vérifiez avec /ogp status {member} et réessayez.",
  "decision.by_not_support_unit":
    "{name} ({email}) n'a pas le rôle d'Unité d'appui : la décision ne peut pas être enregistrée à son nom.",
  "cmd.grant.support_unit_only":
    "Seule l'Unité d'appui accorde l'inactivité volontaire (règle VOL-1, §4.1) et les prolongations de l'échéance du premier plan (règle INACT-1, §4.1.1).",
  "cmd.override.support_unit_only": "Seule l'Unité d'appui modifie le statut d'un membre (§4.2).",
  "cmd.register.support_unit_only":
    "Seule l'Unité d'appui enregistre des personnes et attribue des rôles (§1).",
  "cmd.grant_vol.summary":
    "accorder à un membre l'inactivité volontaire du FROM au TO, ou jusqu'à nouvel ordre sans TO (règle VOL-1, Unité d'appui)",
  "cmd.grant_extension.summary":
    "prolonger jusqu'au UNTIL l'échéance du premier plan d'un nouveau membre (règle INACT-1, Unité d'appui)",
  "cmd.override.summary":
    "fixer le statut d'un membre à partir d'aujourd'hui, avec le motif (§4.2, Unité d'appui)",
  "cmd.register_person.summary":
    "enregistrer une personne par son nom et son courriel, avec la langue qu'elle lit et l'organisation qu'elle représente (Unité d'appui)",
  "cmd.register_role.summary":
    "donner un rôle à une personne enregistrée, pour un membre ou, pour une coordination nationale, un pays (Unité d'appui)",
  "cmd.home.support_unit_title": "Décisions et enregistrements de l'Unité d'appui (§1, §4) :",
  "cmd.grant.usage":
    "Tapez /ogp grant voluntary-inactivity MEMBRE DÉBUT [FIN] MOTIF ou /ogp grant extension MEMBRE ÉCHÉANCE MOTIF, dates au format AAAA-MM-JJ (sans FIN : jusqu'à nouvel ordre).",
  "cmd.override.usage":
    "Tapez /ogp override MEMBRE STATUT MOTIF, où STATUT est l'un de active, inactive, voluntarily_inactive, probation, revoked.",
  "cmd.register.usage":
    "Tapez /ogp register person NOM COURRIEL [en|fr|es] [ORGANISATION], /ogp register organization TYPE NOM ou /ogp register role COURRIEL RÔLE [MEMBRE|PAYS]. TYPE est l'un de government, civil_society_org, community_group, university, private_sector, media, youth_council, monitoring_body, other.",
  "discord.option.from": "le premier jour, AAAA-MM-JJ",
  "discord.option.to": "le dernier jour, AAAA-MM-JJ (vide : jusqu'à nouvel ordre)",
  "discord.option.until": "la nouvelle échéance, AAAA-MM-JJ",
  "discord.option.status": "un statut de membre",
  "discord.option.name": "un nom complet : celui de la personne ou de l'organisation",
  "discord.option.email": "l'adresse électronique de la personne",
  "discord.option.language": "la langue qu'elle lit : en, fr ou es",
  "discord.option.role": "un rôle du tableau des rôles du manuel",
  "discord.option.scope": "le membre (nom court) ou, pour une coordination nationale, le code du pays",
  "cmd.grant.vol1_done":
    "Inactivité volontaire accordée à {member} du {from} au {to} (règle VOL-1, §4.1) : {reason}",
  "cmd.grant.vol1_open_done":
    "Inactivité volontaire accordée à {member} à partir du {from}, jusqu'à nouvel ordre (règle VOL-1, §4.1) : {reason}",
  "cmd.grant.extension_done":
    "L'échéance du premier plan de {member} est prolongée jusqu'au {until} (règle INACT-1, §4.1.1) : {reason}",
  "cmd.override.done":
    "Le statut de {member} est fixé à {status} à partir du {on} par l'Unité d'appui (§4.2) : {reason}",
  "decision.outcome.now": "Les règles donnent désormais pour {member} : {status} depuis le {since}.",
  "decision.outcome.recorded":
    "Enregistré comme statut du membre, avec sa ligne d'historique des statuts, par {name} ({rule}).",
  "decision.outcome.letter":
    "Le prochain passage du planificateur publie le projet de lettre dans le canal de l'Unité d'appui.",
  "decision.outcome.unchanged":
    "Le statut que donnent les règles ne change pas aujourd'hui ; le planificateur enregistre tout changement ultérieur le jour venu.",
  "decision.outcome.upcoming":
    "À partir du {on}, les règles donnent {status} ; le planificateur l'enregistre ce jour-là.",
  "decision.outcome.backdated":
    "Le statut change à partir du {on}, jour de la décision : une décision ne modifie jamais les jours qui la précèdent.",
  "decision.outcome.cli": "la ligne de commande",
  "cmd.register.person_done":
    "{name} ({email}) est enregistré·e (langue : {language}). Ensuite : donnez-lui un rôle avec /ogp register role {email} RÔLE [MEMBRE|PAYS], et un code de liaison pour son compte de chat (`link-code create --person {email}`).",
  "cmd.register.role_done": "{name} a désormais le rôle {role} pour {scope}.",
  "register.no_person":
    "Aucune personne n'a le courriel {email}. Enregistrez-la d'abord : /ogp register person NOM {email} (CLI : person add).",
  "register.name_required": "Le nom de la personne est obligatoire.",
  "register.name_too_long": "Le nom est trop long (plus de {max} caractères).",
  "register.email_invalid": "« {email} » n'est pas une adresse électronique.",
  "register.language_unknown":
    "« {language} » n'est pas une langue d'OGP Local ; utilisez l'une de {languages}.",
  "register.person_exists": "Une personne ayant le courriel {email} est déjà enregistrée : {name}.",
  "register.role_unknown": "« {role} » n'est pas un rôle ; utilisez l'un de {roles}.",
  "register.global_role":
    "Le rôle {role} est global : il ne prend ni membre ni pays (« {scope} » a été donné).",
  "register.country_required":
    "Le rôle {role} s'exerce pour un pays : ajoutez son code ISO, par exemple MX (spéc. §7).",
  "register.country_unknown": "« {country} » n'est pas un code de pays ISO 3166-1, par exemple MX ou NZ.",
  "register.member_required": "Le rôle {role} s'exerce pour un membre : ajoutez le nom court du membre.",
  "register.role_exists": "{name} a déjà le rôle {role} pour {scope} ; rien n'a changé.",
  "cmd.register_organization.summary":
    "enregistrer une organisation par type et nom, pour y rattacher ses personnes (Unité d'appui)",
  "discord.option.organization": "l'organisation qu'elle représente, déjà enregistrée (son nom)",
  "cmd.register.organization_done":
    "{name} est enregistrée comme organisation ({kind}). Ensuite : enregistrez ses personnes avec /ogp register person NOM COURRIEL [en|fr|es] {name}.",
  "cmd.register.person_organization": "Elle ou il représente {organization} ({kind}).",
  "cmd.register.organization_set":
    "{name} ({email}) représente désormais {organization} ({kind}) ; rien d'autre n'a changé.",
  "register.organization_kind_unknown":
    "« {kind} » n'est pas un type d'organisation ; utilisez l'un de {kinds}.",
  "register.organization_name_required": "Le nom de l'organisation est obligatoire.",
  "register.organization_name_too_long": "Le nom de l'organisation est trop long (plus de {max} caractères).",
  "register.website_invalid": "« {website} » n'est pas une adresse web ; écrivez-la sous la forme https://….",
  "register.organization_exists":
    "Une organisation nommée {name} est déjà enregistrée ({kind}) ; rien n'a changé.",
  "register.organization_unknown":
    "Aucune organisation ne s'appelle « {organization} », donc rien n'a été enregistré. Enregistrez-la d'abord avec /ogp register organization TYPE NOM (CLI : organization add).",
  "register.organization_already_member": "{name} représente déjà {organization} ; rien n'a changé.",
  "register.organization_other":
    "{name} ({email}) représente déjà {organization} ; une organisation, une fois donnée, ne se change pas depuis le chat.",
  "register.person_differs":
    "Une personne ayant le courriel {email} est déjà enregistrée sous le nom {name} (langue : {language}). Pour lui donner une organisation, tapez son nom et sa langue tels qu'enregistrés : /ogp register person {name} {email} {code} ORGANISATION.",
};
