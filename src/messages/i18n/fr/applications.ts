import type { applications as english } from "../en/applications.js";

/** Candidatures à OGP Local (manuel §1). */
export const applications = {
  "cmd.apply.summary": "présenter la candidature d'une collectivité à OGP Local : un formulaire (manuel §1)",
  "cmd.application_accept.summary":
    "accepter une candidature : le membre, son point de contact et le rôle sont créés, avec l'échéance du premier plan si elle est donnée (Unité d'appui ; §1, INACT-1)",
  "cmd.application_reject.summary":
    "refuser une candidature en disant pourquoi ; sans motif, un formulaire le demande (Unité d'appui ; §1)",
  "discord.option.first_plan_due": "échéance du premier plan d'action, AAAA-MM-JJ (INACT-1)",
  "discord.option.application": "la référence de la candidature, indiquée dans la demande",
  "cmd.apply.usage":
    "Tapez /ogp apply : un formulaire demande la collectivité, sa lettre d'engagement et son point de contact.",
  "cmd.apply.form_title": "Candidature OGP Local",
  "cmd.apply.submit": "Envoyer",
  "cmd.apply.step_locality": "La collectivité",
  "cmd.apply.step_letter": "Lettre d'engagement",
  "cmd.apply.step_contact": "Point de contact",
  "cmd.apply.field.name": "Nom de la collectivité",
  "cmd.apply.field.country": "Pays (code ISO)",
  "cmd.apply.field.jurisdiction_type": "Type de collectivité",
  "cmd.apply.field.mandate_end": "Fin du mandat en cours",
  "cmd.apply.field.time_zone": "Fuseau horaire",
  "cmd.apply.field.letter_url": "Lien vers la lettre",
  "cmd.apply.field.letter_pages": "Pages de la lettre",
  "cmd.apply.field.letter_language": "Langue de la lettre",
  "cmd.apply.field.signed_by": "Signée pour l'exécutif par",
  "cmd.apply.field.signatories": "Signataires non gouvernementaux",
  "cmd.apply.field.contact_name": "Nom du point de contact",
  "cmd.apply.field.contact_email": "Courriel du point de contact",
  "cmd.apply.field.language": "Langue des messages du membre",
  "cmd.apply.hint.country": "Deux lettres, p. ex. MX, FR, NZ.",
  "cmd.apply.hint.mandate_end":
    "Laissez vide si la collectivité n'a pas d'élections. Il doit rester au moins {months} mois (règle APPLY-1).",
  "cmd.apply.hint.time_zone": "p. ex. Europe/Paris ; UTC si vide.",
  "cmd.apply.hint.letter_url": "Un lien web (https://…) vers la lettre d'engagement signée.",
  "cmd.apply.hint.signatories": "Un par ligne : nom, organisation. Au moins {min} requis (règle APPLY-2).",
  "cmd.apply.letter_language.en": "Anglais",
  "cmd.apply.letter_language.fr": "Français",
  "cmd.apply.letter_language.es": "Espagnol",
  "cmd.apply.letter_language.other": "Une autre langue",
  "cmd.apply.language.en": "Anglais",
  "cmd.apply.language.fr": "Français",
  "cmd.apply.language.es": "Espagnol",
  "cmd.apply.error.name": "Indiquez le nom de la collectivité.",
  "cmd.apply.error.country": "Indiquez le code ISO du pays en deux lettres, p. ex. MX.",
  "cmd.apply.error.jurisdiction_type": "Choisissez le type de collectivité.",
  "cmd.apply.error.mandate_end": "Indiquez une date au format AAAA-MM-JJ, ou laissez vide.",
  "cmd.apply.error.time_zone": "Indiquez un fuseau horaire comme Europe/Paris, ou laissez vide pour UTC.",
  "cmd.apply.error.language": "Choisissez une langue.",
  "cmd.apply.error.letter_url": "Donnez le lien web de la lettre, commençant par https://.",
  "cmd.apply.error.letter_pages": "Indiquez le nombre de pages.",
  "cmd.apply.error.letter_language": "Choisissez la langue de la lettre.",
  "cmd.apply.error.signed_by": "Choisissez qui a signé la lettre pour l'exécutif.",
  "cmd.apply.error.signatories": "Écrivez un signataire par ligne, sous la forme : nom, organisation.",
  "cmd.apply.error.contact_name": "Indiquez le nom du point de contact.",
  "cmd.apply.error.contact_email": "Indiquez l'adresse électronique du point de contact.",
  "cmd.apply.recorded":
    "La candidature de {name} ({country}) à OGP Local est enregistrée, référence {ref}. Elle attend la décision de l'Unité d'appui.",
  "cmd.apply.next":
    "Manuel §1 : l'Unité d'appui accepte ou refuse les candidatures. Sa décision vous sera communiquée ici.",
  "cmd.apply.home":
    "Vous présentez la candidature d'une collectivité à OGP Local ? Le formulaire demande sa lettre d'engagement (manuel §1).",
  "cmd.apply.button": "Candidater",
  "cmd.application.usage":
    "Tapez /ogp application accept CANDIDATURE [ÉCHÉANCE_PREMIER_PLAN] ou /ogp application reject CANDIDATURE MOTIF, avec la référence indiquée dans la demande ; l'échéance du premier plan d'action s'écrit AAAA-MM-JJ (règle INACT-1, §4.1.1).",
  "cmd.application.support_unit_only":
    "Seule l'Unité d'appui accepte ou refuse les candidatures à OGP Local (manuel §1 : l'Unité d'appui enregistre les membres).",
  "cmd.application.not_found":
    "Aucune candidature « {ref} ». Utilisez la référence indiquée dans la demande (8 caractères).",
  "cmd.application.reason_required":
    "Dites pourquoi la candidature est refusée, en {max} caractères au plus.",
  "cmd.application.already_pending":
    "{name} ({country}) a déjà une candidature en attente de l'Unité d'appui : référence {ref}, envoyée le {on}.",
  "cmd.application.repeated":
    "{name} ({country}) est déjà la collectivité de la candidature {first} de ce fichier.",
  "cmd.application.signer.head_of_government": "le chef de l'exécutif",
  "cmd.application.signer.delegated_senior_official": "un haut responsable délégué",
  "cmd.application.signer.none": "ni l'un ni l'autre",
  "cmd.application.signatory": "{name} ({organization})",
  "cmd.application.jurisdiction_type.municipality": "Commune",
  "cmd.application.jurisdiction_type.city": "Ville",
  "cmd.application.jurisdiction_type.county": "Comté",
  "cmd.application.jurisdiction_type.province": "Province",
  "cmd.application.jurisdiction_type.region": "Région",
  "cmd.application.jurisdiction_type.state": "État",
  "cmd.application.jurisdiction_type.other": "Autre",
  "cmd.application.field.country": "Pays",
  "cmd.application.field.jurisdiction_type": "Collectivité",
  "cmd.application.field.mandate_end": "Fin du mandat",
  "cmd.application.field.submitted_on": "Envoyée le",
  "cmd.application.field.letter": "Lettre d'engagement",
  "cmd.application.field.signatories": "Signataires non gouvernementaux",
  "cmd.application.field.contact": "Point de contact",
  "cmd.application.field.applied_by": "Présentée par",
  "cmd.application.field.reason": "Motif",
  "cmd.application.hint.reason": "La personne candidate le lira.",
  "cmd.application.no_mandate_end": "Pas d'élections",
  "cmd.application.letter_summary": "{pages} page(s), en {language}, signée par {signer}",
  "cmd.application.none": "aucun",
  "cmd.application.contact": "{name} · {email}",
  "cmd.application.applied_from_cli": "les administrateurs (ligne de commande)",
  "cmd.application.request_summary": "{name} ({country}) se porte candidate à OGP Local",
  "cmd.application.request_heading": "Candidature à OGP Local · {name} ({country})",
  "cmd.application.letter_link": "Lettre d'engagement",
  "cmd.application.accept_button": "Accepter",
  "cmd.application.reject_button": "Refuser",
  "cmd.application.cancel": "Annuler",
  "cmd.application.accept_confirm_title": "Accepter la candidature ?",
  "cmd.application.accept_confirm_text": "{name} ({country}) devient membre, avec son point de contact.",
  "cmd.application.reject_form_title": "Refuser la candidature",
  "cmd.application.rule":
    "Manuel §1 : l'Unité d'appui décide des candidatures ; les règles APPLY-1 (mandat) et APPLY-2 (lettre de soutien) ont été vérifiées à l'envoi. Référence {ref} : /ogp application accept {ref} ou /ogp application reject {ref} MOTIF.",
  "cmd.application.accepted":
    "La candidature {ref} de {name} ({country}) est acceptée par {by}, {when} : le membre {slug} (code {code}) est créé, avec {contact} comme point de contact.",
  "cmd.application.rejected":
    "La candidature {ref} de {name} ({country}) est refusée par {by}, {when}. Motif : {reason}",
  "cmd.application.already_accepted":
    "La candidature {ref} de {name} ({country}) avait déjà été acceptée par {by}, {when} (membre {slug}) ; rien n'a changé.",
  "cmd.application.already_rejected":
    "La candidature {ref} de {name} ({country}) avait déjà été refusée par {by}, {when} ; rien n'a changé.",
  "cmd.application.first_plan_due":
    "Premier plan d'action attendu au plus tard le {date} (règle INACT-1, §4.1.1) : le point de contact recevra des rappels avant cette date (DUE-PLAN-NEW).",
  "cmd.application.no_first_plan_due":
    "Aucune échéance de premier plan n'a été fixée : la règle INACT-1 (§4.1.1) ne peut pas encore s'appliquer à ce membre. Fixez members[].firstPlanDue avec `import --merge`, ou donnez la date à l'acceptation (/ogp application accept CANDIDATURE AAAA-MM-JJ).",
  "cmd.application.notice_first_plan_due":
    "Son premier plan d'action est attendu au plus tard le {date} (manuel §4.1.1).",
  "cmd.application.first_plan_due_invalid":
    "Règle INACT-1 (§4.1.1) : l'échéance du premier plan est une date postérieure à aujourd'hui ({today}), au format AAAA-MM-JJ ; « {date} » ne l'est pas. Rien n'a été décidé.",
  "cmd.application.applicant_told": "La personne candidate en est informée par message direct.",
  "cmd.application.applicant_unreachable":
    "La personne candidate n'a pas de compte de messagerie lié : informez-la par courriel ({email}).",
  "cmd.application.notice_summary_accepted": "{name} est désormais membre d'OGP Local",
  "cmd.application.notice_summary_rejected": "Votre candidature pour {name} n'a pas été acceptée",
  "cmd.application.notice_accepted":
    "L'Unité d'appui a accepté la candidature de {name} ({country}) le {on} : la collectivité est désormais membre d'OGP Local, avec sa page publique à /members/{slug}, et {contact} comme point de contact.",
  "cmd.application.notice_rejected":
    "L'Unité d'appui n'a pas accepté la candidature de {name} ({country}) le {on}. Motif : {reason}",
  "cmd.application.home_title": "Candidatures en attente de votre décision (manuel §1) :",
  "cmd.application.home_line": "{ref} · {name} ({country}) · envoyée le {on} · point de contact {contact}",
  "cmd.application.home_more": "D'autres attendent : npm run cli -- application list --pending",
  "cli.application.empty": "au moins une candidature est attendue",
  "cli.application.not_json": "ce n'est pas du JSON valide ({detail})",
  "cli.application.unreadable": "il ne peut pas être lu",
  "cli.application.cannot_read":
    "Impossible d'ajouter les candidatures de {file} : {reason}. Rien n'a été écrit.",
  "cli.application.failed": "{file} : {count} problème(s) ; rien n'a été écrit.",
  "cli.application.added":
    "{count} candidature(s) de {file} ajoutée(s), en attente ; les canaux d'alerte de l'Unité d'appui sont invités à décider :",
  "cli.application.none": "Aucune candidature.",
  "cli.application.none_pending": "Aucune candidature n'attend de décision.",
  "cli.application.line": "{ref}  {outcome}  {name} ({country})  envoyée le {on}  {contact} <{email}>",
  "cli.application.outcome.pending": "en attente",
  "cli.application.outcome.accepted": "acceptée",
  "cli.application.outcome.rejected": "refusée",
  "cli.application.operator": "un opérateur (ligne de commande)",
  "cli.application.decided_accepted": "par {by}, {when} : membre {member}",
  "cli.application.decided_rejected": "par {by}, {when} : {reason}",
} satisfies Record<keyof typeof english, string>;
