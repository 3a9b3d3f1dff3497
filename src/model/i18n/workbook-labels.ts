/**
 * The workbook's canonical English words (list values such as Supported or In progress, column
 * headers such as Deadline) as a Spanish or French reader sees them in messages. The workbook
 * keeps the canonical values; only what is shown is translated.
 */
export const WORKBOOK_LABELS: Readonly<Record<string, { es: string; fr: string }>> = {
  // Mechanism codes: only the UPR's has a name of its own in Spanish and French (EPU)
  UPR: { es: "EPU", fr: "EPU" },
  // Responses
  Supported: { es: "Aceptada", fr: "Acceptée" },
  "Supported in part": { es: "Aceptada en parte", fr: "Acceptée en partie" },
  Noted: { es: "Tomada en cuenta", fr: "Notée" },
  Pending: { es: "Pendiente", fr: "En attente" },
  "Not applicable": { es: "No aplicable", fr: "Sans objet" },
  // Implementation statuses
  "Not assessed": { es: "Sin evaluar", fr: "Non évaluée" },
  "Not started": { es: "Sin iniciar", fr: "Non commencée" },
  "In progress": { es: "En curso", fr: "En cours" },
  "Partially implemented": { es: "Aplicada en parte", fr: "Mise en œuvre en partie" },
  Implemented: { es: "Aplicada", fr: "Mise en œuvre" },
  // Action statuses
  Planned: { es: "Prevista", fr: "Prévue" },
  Completed: { es: "Completada", fr: "Terminée" },
  Delayed: { es: "Retrasada", fr: "En retard" },
  Cancelled: { es: "Cancelada", fr: "Annulée" },
  // Indicator types and frequencies
  Structural: { es: "Estructural", fr: "Structurel" },
  Process: { es: "De proceso", fr: "De processus" },
  Outcome: { es: "De resultado", fr: "De résultat" },
  Monthly: { es: "Mensual", fr: "Mensuelle" },
  Quarterly: { es: "Trimestral", fr: "Trimestrielle" },
  "Semi-annual": { es: "Semestral", fr: "Semestrielle" },
  Annual: { es: "Anual", fr: "Annuelle" },
  Biennial: { es: "Bienal", fr: "Biennale" },
  "One-off": { es: "Única", fr: "Ponctuelle" },
  // Review statuses
  Draft: { es: "Borrador", fr: "Brouillon" },
  Submitted: { es: "Enviado", fr: "Soumis" },
  Approved: { es: "Aprobado", fr: "Approuvé" },
  Rejected: { es: "Rechazado", fr: "Refusé" },
  Published: { es: "Publicado", fr: "Publié" },
  // Institution branches
  Executive: { es: "Ejecutivo", fr: "Exécutif" },
  Legislative: { es: "Legislativo", fr: "Législatif" },
  Judiciary: { es: "Judicial", fr: "Judiciaire" },
  "Independent institution": { es: "Institución independiente", fr: "Institution indépendante" },
  "Local government": { es: "Gobierno local", fr: "Collectivité locale" },
  "Civil society": { es: "Sociedad civil", fr: "Société civile" },
  "International partner": { es: "Socio internacional", fr: "Partenaire international" },
  Other: { es: "Otro", fr: "Autre" },
  Yes: { es: "Sí", fr: "Oui" },
  No: { es: "No", fr: "Non" },
  // Column headers
  ID: { es: "ID", fr: "ID" },
  Acronym: { es: "Sigla", fr: "Sigle" },
  "Action ID": { es: "ID de la acción", fr: "ID de l'action" },
  "Affected persons": { es: "Personas afectadas", fr: "Personnes concernées" },
  "Assessment / comments": { es: "Evaluación / comentarios", fr: "Évaluation / commentaires" },
  "Baseline year": { es: "Año de referencia", fr: "Année de référence" },
  Baseline: { es: "Valor de referencia", fr: "Valeur de référence" },
  "Body detail": { es: "Detalle del órgano", fr: "Précision sur l'organe" },
  Branch: { es: "Poder", fr: "Pouvoir" },
  Budget: { es: "Presupuesto", fr: "Budget" },
  "Cluster ID": { es: "ID del grupo temático", fr: "ID du groupe thématique" },
  Cluster: { es: "Grupo temático", fr: "Groupe thématique" },
  Confirmed: { es: "Confirmado", fr: "Confirmé" },
  Contact: { es: "Contacto", fr: "Contact" },
  Country: { es: "País", fr: "Pays" },
  Currency: { es: "Moneda", fr: "Devise" },
  "Current value date": { es: "Fecha del valor actual", fr: "Date de la valeur actuelle" },
  "Current value": { es: "Valor actual", fr: "Valeur actuelle" },
  "Cycle/Session": { es: "Ciclo/sesión", fr: "Cycle/session" },
  "Data source": { es: "Fuente de datos", fr: "Source des données" },
  Deadline: { es: "Plazo", fr: "Échéance" },
  Description: { es: "Descripción", fr: "Description" },
  "Desired outcome": { es: "Resultado esperado", fr: "Résultat attendu" },
  Disaggregation: { es: "Desglose", fr: "Ventilation" },
  "Document symbol": { es: "Signatura del documento", fr: "Cote du document" },
  "Focal point": { es: "Punto focal", fr: "Point focal" },
  Frequency: { es: "Frecuencia", fr: "Fréquence" },
  "Indicator ID": { es: "ID del indicador", fr: "ID de l'indicateur" },
  "Imported on": { es: "Importado el", fr: "Importé le" },
  Institution: { es: "Institución", fr: "Institution" },
  "Last updated": { es: "Última actualización", fr: "Dernière mise à jour" },
  "Lead institution": { es: "Institución responsable", fr: "Institution chef de file" },
  Mechanism: { es: "Mecanismo", fr: "Mécanisme" },
  Name: { es: "Nombre", fr: "Nom" },
  Notes: { es: "Notas", fr: "Notes" },
  "Overlap group": { es: "Grupo de coincidencia", fr: "Groupe de recoupement" },
  Paragraph: { es: "Párrafo", fr: "Paragraphe" },
  Partners: { es: "Socios", fr: "Partenaires" },
  Period: { es: "Período", fr: "Période" },
  "Progress %": { es: "Avance %", fr: "Avancement %" },
  "Published by": { es: "Publicado por", fr: "Publié par" },
  "Published on": { es: "Publicado el", fr: "Publié le" },
  "Recommendation IDs": { es: "ID de las recomendaciones", fr: "ID des recommandations" },
  "Recommendation/Action ID": { es: "ID de recomendación/acción", fr: "ID de recommandation/action" },
  "Recommending States": { es: "Estados recomendantes", fr: "États recommandants" },
  "Report ID": { es: "ID del informe", fr: "ID du rapport" },
  "Report text": { es: "Texto del informe", fr: "Texte du rapport" },
  Response: { es: "Respuesta", fr: "Réponse" },
  "Responsible institutions": { es: "Instituciones responsables", fr: "Institutions responsables" },
  Responsible: { es: "Responsable", fr: "Responsable" },
  "Review comment": { es: "Comentario de revisión", fr: "Commentaire de relecture" },
  "Review status": { es: "Estado de revisión", fr: "Statut de relecture" },
  "Reviewed on": { es: "Revisado el", fr: "Relu le" },
  Reviewer: { es: "Revisor", fr: "Relecteur" },
  "SDG targets": { es: "Metas de los ODS", fr: "Cibles des ODD" },
  "SMART rating": { es: "Calificación SMART", fr: "Note SMART" },
  Source: { es: "Fuente", fr: "Source" },
  Start: { es: "Inicio", fr: "Début" },
  Status: { es: "Estado", fr: "Statut" },
  "Submitted by": { es: "Enviado por", fr: "Soumis par" },
  "Submitted on": { es: "Enviado el", fr: "Soumis le" },
  "Target year": { es: "Año de la meta", fr: "Année cible" },
  Target: { es: "Meta", fr: "Cible" },
  Text: { es: "Texto", fr: "Texte" },
  Themes: { es: "Temas", fr: "Thèmes" },
  Type: { es: "Tipo", fr: "Type" },
  Unit: { es: "Unidad", fr: "Unité" },
  Year: { es: "Año", fr: "Année" },
  // Headers of the Lists sheet
  "Mechanism name": { es: "Nombre del mecanismo", fr: "Nom du mécanisme" },
  "Implementation status": { es: "Estado de aplicación", fr: "État de mise en œuvre" },
  "Action status": { es: "Estado de la acción", fr: "Statut de l'action" },
  "Indicator type": { es: "Tipo de indicador", fr: "Type d'indicateur" },
  "Yes/No": { es: "Sí/No", fr: "Oui/Non" },
  "SDG target": { es: "Meta de los ODS", fr: "Cible des ODD" },
  "SDG target text": { es: "Texto de la meta", fr: "Texte de la cible" },
  Theme: { es: "Tema", fr: "Thème" },
};

/**
 * Other spellings people type for a list value, read as that value (the UN's own Spanish and
 * French words for a UPR response among them); Rights Matrix writes only the labels above.
 */
export const WORKBOOK_VALUE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Supported: ["Apoyada", "Aceptado", "Soutenue", "Accepté"],
  "Supported in part": ["Apoyada en parte", "Apoyada parcialmente", "Aceptada parcialmente", "Acceptée partiellement", "Soutenue en partie"],
  Noted: ["Se toma nota", "Tomada nota", "Prise en note", "Noté"],
  "Not applicable": ["N/A", "N/D", "S.O."],
};

/** The labels as a map: a plain object would also "find" words such as "constructor" on its prototype. */
const LABELS: ReadonlyMap<string, { es: string; fr: string }> = new Map(Object.entries(WORKBOOK_LABELS));

/** Canonical words by their lower-case spelling, for a word used inside a sentence ("a structural indicator"). */
const LOWER_CASE_LABELS: ReadonlyMap<string, { es: string; fr: string }> = new Map(
  Object.entries(WORKBOOK_LABELS).map(([value, label]) => [value.toLowerCase(), { es: label.es.toLowerCase(), fr: label.fr.toLowerCase() }]),
);

/**
 * A canonical workbook word (or a ", "-separated list of them) as shown in `language`, in lower
 * case when it is written in lower case; anything else as it is.
 */
export function workbookLabel(language: "en" | "es" | "fr", value: string): string {
  if (language === "en") return value;
  // The lower-case map's keys are all in lower case, so only a value written so can match one.
  const whole = LABELS.get(value) ?? LOWER_CASE_LABELS.get(value);
  if (whole) return whole[language];
  // Most messages' parameters are no list: they are looked up once and left as they are.
  if (!value.includes(", ")) return value;
  const parts = value.split(", ");
  const labels = parts.map((part) => LABELS.get(part));
  if (labels.every((label) => label !== undefined)) return labels.map((label) => label![language]).join(", ");
  return value;
}
