import { LANGUAGES, type Language } from "../../domain/vocabularies.js";

/**
 * Labels of the codes the command core shows, one entry per code with its three languages side by
 * side so a new code cannot be translated in one language and forgotten in another.
 */
const VOCABULARY_LABELS: Record<string, Record<string, readonly [en: string, fr: string, es: string]>> = {
  milestone_status: {
    not_started: ["Not started", "Pas commencé", "No iniciado"],
    in_progress: ["In progress", "En cours", "En curso"],
    blocked: ["Blocked", "Bloqué", "Bloqueado"],
    complete: ["Complete", "Terminé", "Completado"],
    incomplete: ["Incomplete", "Incomplet", "Incompleto"],
  },
  completion: {
    no_evidence: ["No evidence available", "Aucune preuve disponible", "Sin evidencia disponible"],
    not_started: ["Not started", "Pas commencé", "No iniciado"],
    limited: ["Limited", "Limité", "Limitado"],
    substantial: ["Substantial", "Substantiel", "Sustancial"],
    complete: ["Complete", "Terminé", "Completo"],
  },
  challenge: {
    funding_change: ["Change in funding", "Changement de financement", "Cambio de financiamiento"],
    lack_of_resources: ["Lack of resources", "Manque de ressources", "Falta de recursos"],
    priority_shift: ["Shift in priorities", "Changement de priorités", "Cambio de prioridades"],
    approval_delay: ["Approval delay", "Retard d'approbation", "Retraso en la aprobación"],
    dependency: ["Depends on other work", "Dépend d'autres travaux", "Depende de otros trabajos"],
    other: ["Other", "Autre", "Otro"],
  },
  commitment_status: {
    draft: ["Draft", "Brouillon", "Borrador"],
    active: ["Active", "Actif", "Activo"],
    completed: ["Completed", "Terminé", "Completado"],
    withdrawn: ["Withdrawn", "Retiré", "Retirado"],
  },
  plan_status: {
    draft: ["Draft", "Brouillon", "Borrador"],
    co_creation: ["In co-creation", "En co-création", "En cocreación"],
    submitted: ["Submitted", "Soumis", "Presentado"],
    implementation: ["In implementation", "En mise en œuvre", "En implementación"],
    ended: ["Ended", "Terminé", "Finalizado"],
  },
  evidence_kind: {
    consultation_plan: ["Consultation plan", "Plan de consultation", "Plan de consulta"],
    participation_space: ["Participation space", "Espace de participation", "Espacio de participación"],
    consultation_record: ["Consultation record", "Compte rendu de consultation", "Registro de consulta"],
    implementation_document: [
      "Implementation document",
      "Document de mise en œuvre",
      "Documento de implementación",
    ],
    budget_decision: ["Budget decision", "Décision budgétaire", "Decisión presupuestaria"],
    monitoring_report: ["Monitoring report", "Rapport de suivi", "Informe de seguimiento"],
    third_party_analysis: ["Third-party analysis", "Analyse indépendante", "Análisis de terceros"],
    audit: ["Audit", "Audit", "Auditoría"],
    media: ["Media coverage", "Couverture médiatique", "Cobertura de prensa"],
    usage_statistics: ["Usage statistics", "Statistiques d'utilisation", "Estadísticas de uso"],
    other: ["Other", "Autre", "Otro"],
  },
  meeting_phase: {
    co_creation: ["Co-creation", "Co-création", "Cocreación"],
    implementation: ["Implementation", "Mise en œuvre", "Implementación"],
  },
  modification_kind: {
    delete: ["Delete the commitment", "Supprimer l'engagement", "Eliminar el compromiso"],
    timeline: ["Change the timeline", "Modifier le calendrier", "Cambiar el calendario"],
    milestones: ["Change the milestones", "Modifier les jalons", "Cambiar los hitos"],
    other: ["Other change", "Autre modification", "Otro cambio"],
  },
  role: {
    support_unit: ["Support Unit", "Unité d'appui", "Unidad de Apoyo"],
    point_of_contact: ["Point of contact", "Point de contact", "Punto de contacto"],
    government_official: ["Government official", "Agent public", "Funcionario de gobierno"],
    civil_society: ["Civil society", "Société civile", "Sociedad civil"],
    monitoring_body: ["Monitoring body", "Organe de suivi", "Órgano de monitoreo"],
    national_coordinator: ["National coordinator", "Coordination nationale", "Coordinación nacional"],
  },
  organization_kind: {
    government: ["Government", "Gouvernement", "Gobierno"],
    civil_society_org: [
      "Civil society organization",
      "Organisation de la société civile",
      "Organización de la sociedad civil",
    ],
    community_group: ["Community group", "Groupe communautaire", "Grupo comunitario"],
    university: ["University", "Université", "Universidad"],
    private_sector: ["Private sector", "Secteur privé", "Sector privado"],
    media: ["Media", "Média", "Medio de comunicación"],
    youth_council: ["Youth council", "Conseil de jeunes", "Consejo juvenil"],
    monitoring_body: ["Monitoring body", "Organe de suivi", "Órgano de monitoreo"],
    other: ["Other", "Autre", "Otro"],
  },
  subscription_kind: {
    support_unit_alerts: [
      "Support Unit alerts",
      "les alertes de l'Unité d'appui",
      "las alertas de la Unidad de Apoyo",
    ],
    member_updates: ["member updates", "les mises à jour d'un membre", "los informes de un miembro"],
    circle: ["circle alerts", "les alertes d'un cercle", "las alertas de un círculo"],
    country_digest: ["a country digest", "la synthèse d'un pays", "el resumen de un país"],
  },
};

/** The labels of one language as catalogue entries: `cmd.<group>.<code>`. */
export function vocabularyLabels(language: Language): Record<string, string> {
  const index = LANGUAGES.indexOf(language);
  return Object.fromEntries(
    Object.entries(VOCABULARY_LABELS).flatMap(([group, labels]) =>
      Object.entries(labels).map(([code, texts]) => [`cmd.${group}.${code}`, texts[index] ?? texts[0]]),
    ),
  );
}
