import type { circles as english } from "../en/circles.js";

export const circles = {
  "cmd.circle_create.summary":
    "créer un cercle d'apprentissage sur un domaine d'action ou un thème libre (Unité d'appui ; §2.4)",
  "cmd.circle_join.summary":
    "ajouter un membre à un cercle (point de contact ou société civile du membre ; §2.4)",
  "cmd.circle_leave.summary":
    "retirer un membre d'un cercle (point de contact ou société civile du membre ; §2.4)",
  "cmd.circle_list.summary": "lister les cercles, leurs thèmes, membres et canaux liés",
  "cmd.circle_link.summary":
    "lier ce canal à un cercle : les messages sont relayés entre ses canaux (Unité d'appui, ou point de contact ou société civile d'un membre du cercle)",
  "cmd.circle_unlink.summary": "délier ce canal d'un cercle : le relais s'arrête aussitôt",
  "cmd.peers.summary":
    "les membres ayant des engagements actifs dans un domaine d'action, et leurs cercles (§2.4, échange entre pairs)",
  "discord.option.circle": "un cercle (son nom court)",
  "discord.option.circle_name": "le nom du cercle",
  "discord.option.theme": "un domaine d'action, ou un thème en quelques mots",
  "discord.option.policy_area": "un domaine d'action (annexe 2 §11)",
  "cmd.circle.usage":
    "Tapez /ogp circle list, circle create NOM THÈME (mettez « entre guillemets » un nom ou un thème de plusieurs mots), circle join CERCLE [MEMBRE], circle leave CERCLE [MEMBRE], circle link CERCLE ou circle unlink CERCLE.",
  "cmd.circle.support_unit_only":
    "Seule l'Unité d'appui crée les cercles d'apprentissage (manuel §2.4 ; rôle support_unit).",
  "cmd.circle.created":
    "Cercle {name} créé ({slug}), thème : {theme}. Les membres le rejoignent avec /ogp circle join {slug}.",
  "cmd.circle.joined": "{member} a rejoint le cercle {circle}.",
  "cmd.circle.already_member": "{member} fait déjà partie du cercle {circle}.",
  "cmd.circle.left": "{member} a quitté le cercle {circle}.",
  "cmd.circle.not_member": "{member} ne fait pas partie du cercle {circle}.",
  "cmd.circle.no_member":
    "Vous ne représentez aucun membre : les membres rejoignent un cercle par leur point de contact ou leur société civile (manuel §2.4). Nommez le membre : /ogp {command} MEMBRE.",
  "cmd.circle.needs_channel":
    "Lancez /ogp circle link ou unlink dans le canal concerné, pas en message direct ni dans un fil : un cercle échange dans des canaux partagés (§2.4).",
  "cmd.circle.linked":
    "Ce canal est désormais lié au cercle {circle} : les messages publiés ici apparaissent dans ses {count} autre(s) canal(aux) lié(s), et les leurs ici. Déliez-le quand vous voulez avec /ogp circle unlink {slug}.",
  "cmd.circle.already_linked": "Ce canal est déjà lié au cercle {circle}.",
  "cmd.circle.unlinked":
    "Ce canal n'est plus lié au cercle {circle} : plus rien n'est relayé depuis ou vers lui.",
  "cmd.circle.not_linked": "Ce canal n'est pas lié au cercle {circle}.",
  "cmd.circle.list_title": "Cercles d'apprentissage",
  "cmd.circle.list_empty":
    "Il n'y a pas encore de cercle. L'Unité d'appui les crée avec /ogp circle create NOM THÈME.",
  "cmd.circle.list_line": "{name} ({slug}) · {theme} · membres : {members} · canaux liés : {channels}",
  "cmd.circle.no_members": "aucun pour l'instant",
  "circle.name_required": "Un cercle a besoin d'un nom (manuel §2.4).",
  "circle.name_too_long": "Le nom d'un cercle compte au plus {max} caractères.",
  "circle.name_without_letters": "« {name} » n'a ni lettre ni chiffre pour former le nom court du cercle.",
  "circle.theme_required":
    "Un cercle a besoin d'un thème : un domaine d'action (par ex. fiscal_openness) ou quelques mots (manuel §2.4).",
  "circle.theme_too_long": "Le thème d'un cercle compte au plus {max} caractères.",
  "circle.exists": "Il existe déjà un cercle {name} ({slug}) : les noms courts des cercles sont uniques.",
  "circle.not_found": "Aucun cercle « {circle} ». /ogp circle list les affiche.",
  "circle.membership_not_allowed":
    "Seuls le point de contact de {member}, sa société civile ou l'Unité d'appui peuvent l'ajouter à un cercle ou l'en retirer (manuel §2.4).",
  "circle.channel_not_allowed":
    "Seuls l'Unité d'appui, ou le point de contact ou la société civile d'un membre du cercle {circle}, peuvent lier ou délier ses canaux (manuel §2.4).",
  "circle.channel_taken":
    "Ce canal est déjà lié au cercle {circle} : un canal appartient à un seul cercle au plus. Déliez-le d'abord de celui-ci.",
  "cmd.peers.title": "Pairs en {area}",
  "cmd.peers.none": "Aucun autre membre n'a d'engagement actif en {area}.",
  "cmd.peers.line": "{member} ({country}) : {commitments}",
  "cmd.peers.circles": "cercles : {circles}",
  "cmd.peers.hint":
    "Échange entre pairs (manuel §2.4) : rejoignez un cercle sur le thème avec /ogp circle join CERCLE.",
  "peers.area_unknown": "« {area} » n'est pas un domaine d'action. Domaines d'action : {areas}.",
  "peers.area_needed": "Nommez un domaine d'action : /ogp peers DOMAINE (par ex. fiscal_openness).",
  "peers.no_areas":
    "Vos membres n'ont aucun engagement actif avec un domaine d'action. Nommez-en un : /ogp peers DOMAINE (par ex. fiscal_openness).",
  "scheduler.circle_digest.title": "Cercle {circle} : semaine {week}",
  "scheduler.circle_digest.intro": "Ce que les membres du cercle ont fait cette semaine en {theme} :",
  "scheduler.circle_digest.updates": "Rapports d'avancement",
  "scheduler.circle_digest.update": "{member}, {code} {title} : {narrative}",
  "scheduler.circle_digest.update_pct": "{member}, {code} {title} ({pct} %) : {narrative}",
  "scheduler.circle_digest.update_no_progress":
    "{member}, {code} {title} : pas d'avancée cette fois. {narrative}",
  "scheduler.circle_digest.statuses": "Changements de statut",
  "scheduler.circle_digest.status": "{member} est {status} depuis le {since}",
  "scheduler.circle_digest.more": "…et {count} de plus.",
  "scheduler.circle_digest.footer":
    "Résumé hebdomadaire d'un cercle d'apprentissage (manuel §2.4), publié dans chacun de ses canaux liés.",
  "site.circles.title": "Cercles d'apprentissage",
  "site.circles.intro":
    "Les membres apprennent les uns des autres dans des cercles thématiques (manuel §2.4), qui échangent dans des canaux Slack et Discord partagés. Leurs conversations ne sont pas publiées ici.",
  "site.circles.theme": "Thème",
  "site.circles.members": "Membres",
  "site.circles.channels": "Canaux de discussion liés",
  "site.circles.none": "Il n'y a pas encore de cercle.",
  "site.circles.no_members": "Aucun membre pour l'instant.",
  "site.member.circles": "Cercles d'apprentissage",
  "site.member.circles_none": "Dans aucun cercle pour l'instant.",
  "site.nav.circles": "Cercles",
} satisfies Record<keyof typeof english, string>;
