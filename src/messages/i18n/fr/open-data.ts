import type { openData as english } from "../en/open-data.js";

export const openData = {
  "open_data.error.invalid_parameter": "Le paramètre {parameter} n'est pas valide : {detail}",
  "open_data.error.no_member": "Aucun membre n'a l'identifiant ou le code {ref}.",
  "open_data.error.no_commitment": "Aucun engagement n'a l'identifiant {code}.",
  "open_data.error.no_country": "Aucun membre n'est dans le pays {country}.",
  "open_data.error.bad_cursor": "Ce curseur n'a pas été donné par cette API ; recommencez sans lui.",
  "open_data.ics.summary": "{what} · {member}",
  "open_data.ics.summary_overdue": "En retard : {what} · {member}",
  "open_data.ics.description": "{text}\n\nRègle {rule} du manuel OGP Local ({section}).",
  "open_data.ics.member_calendar": "Échéances OGP Local : {member}",
  "open_data.ics.country_calendar": "Échéances OGP Local : {country}",
  "open_data.atom.author": "Plateforme OGP Local",
  "open_data.atom.all_title": "OGP Local : rapports d'avancement et changements de statut",
  "open_data.atom.member_title": "{member} : rapports d'avancement et changements de statut",
  "open_data.atom.subtitle":
    "Les rapports d'avancement des membres d'OGP Local sur les engagements de leur plan d'action, et les changements de leur statut selon les règles du manuel.",
  "open_data.atom.update_title": "{members} — rapport d'avancement sur {commitment} : {title}",
  "open_data.atom.status_title": "{member} — statut : {status}",
  "open_data.atom.status_reason_rule": "{reason} (règle {rule} du manuel)",
  "open_data.atom.delay_reasons": "Raisons du retard : {text}",
  "open_data.atom.next_steps": "Prochaines étapes : {text}",
  "open_data.atom.completion": "Avancement : {level}",
  "open_data.atom.no_progress": "Pas d'avancement ce trimestre.",
  "open_data.import.cannot_read": "Impossible d'importer {file} : {reason}. Rien n'a été écrit.",
  "open_data.import.not_csv": "ce n'est pas un CSV valide (ligne {line} : {detail})",
  "open_data.import.unreadable": "le fichier ne peut pas être lu",
  "open_data.import.empty": "le fichier est vide",
  "open_data.import.failed": "{file} : {count} problème(s) ; rien n'a été écrit.",
  "open_data.import.at": "ligne {row}, colonne {column} :",
  "open_data.import.done":
    "{file} importé : {created} rapport(s) ajouté(s), {revised} corrigé(s), {unchanged} inchangé(s).",
  "open_data.import.unknown_column":
    "Cette colonne n'est pas une de celles d'updates.csv (voir docs/open-data.md).",
  "open_data.import.repeated_column": "Cette colonne apparaît deux fois.",
  "open_data.import.missing_column": "Cette colonne est obligatoire.",
  "open_data.import.cell_count": "La ligne a {cells} cellules ; l'en-tête en a {columns}.",
  "open_data.import.required": "Cette cellule est obligatoire.",
  "open_data.import.too_long": "Le texte dépasse 10 000 caractères.",
  "open_data.import.bad_id":
    "Un Update ID ne contient que des lettres, des chiffres et des tirets (64 au plus).",
  "open_data.import.bad_instant":
    "Écrivez l'instant en ISO 8601 avec son décalage, par ex. 2026-03-27T17:00:00Z.",
  "open_data.import.bad_position": "Écrivez le numéro du jalon (1, 2…).",
  "open_data.import.bad_milestone_change":
    "Écrivez un changement par ligne sous la forme NUMÉRO: DE -> À, avec deux statuts différents parmi not_started, in_progress, blocked, complete et incomplete.",
  "open_data.import.bad_percent": "Écrivez un nombre entier de 0 à 100, ou laissez la cellule vide.",
  "open_data.import.bad_yes_no": "Écrivez yes ou no.",
  "open_data.import.bad_challenge":
    "Écrivez une difficulté par ligne sous la forme CODE ou CODE: détail, avec les codes funding_change, lack_of_resources, priority_shift, approval_delay, dependency et other.",
  "open_data.import.repeated_challenge": "Une difficulté est citée deux fois.",
  "open_data.import.bad_link": "Écrivez un lien web (http ou https) par ligne.",
  "open_data.import.too_many_links": "Un rapport a au plus 20 liens de preuve.",
  "open_data.import.no_commitment": "Aucun engagement n'a l'identifiant {code}.",
  "open_data.import.repeated_id": "Cet Update ID figure aussi sur une ligne précédente.",
  "open_data.import.moved_update":
    "Ce rapport appartient à un autre engagement ; un rapport ne peut pas changer d'engagement.",
  "open_data.import.moved_posting":
    "Ce rapport a été publié à un autre moment ; sa date de publication ne peut pas changer.",
  "open_data.import.future": "Cet instant est dans le futur.",
  "open_data.import.no_person":
    "Aucune personne n'a l'adresse e-mail ou le nom {person} (un nom que deux personnes partagent ne compte pas).",
  "open_data.import.no_milestone": "L'engagement {code} n'a pas de jalon {position}.",
  "open_data.import.repeated_milestone": "Un jalon est modifié deux fois.",
  "open_data.import.not_updatable":
    "L'engagement {code} ne reçoit pas de rapports (son statut est {status}) ; pour restaurer des archives, utilisez --backfill.",
  "open_data.import.challenges_needed":
    "Un rapport qui ne montre aucun progrès, ou qui laisse l'engagement non commencé ou limité, cite au moins une difficulté.",
} satisfies Record<keyof typeof english, string>;
