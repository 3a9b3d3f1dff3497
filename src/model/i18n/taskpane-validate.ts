import type { Catalog } from "./catalog-types";

/** The task pane's Validate page. */
export const TASKPANE_VALIDATE_MESSAGES = {
  "taskpane.validate.intro": {
    en: "Checks the Actions and Indicators tables: each finding names the cell, the rule and what to do.",
    es: "Revisa las tablas Actions e Indicators: cada hallazgo indica la celda, la regla y qué hacer.",
    fr: "Vérifie les tables Actions et Indicators : chaque constat indique la cellule, la règle et quoi faire.",
  },
  "taskpane.validate.run": { en: "Check the workbook", es: "Revisar el libro", fr: "Vérifier le classeur" },
  "taskpane.validate.rerun": { en: "Check again", es: "Revisar de nuevo", fr: "Vérifier à nouveau" },
  "taskpane.validate.reading": { en: "Reading and checking the tables…", es: "Leyendo y revisando las tablas…", fr: "Lecture et vérification des tables…" },
  "taskpane.validate.summary": {
    en: "Errors: {errors} · Warnings: {warnings} · Actions checked: {actions} · Indicators checked: {indicators}",
    es: "Errores: {errors} · Advertencias: {warnings} · Acciones revisadas: {actions} · Indicadores revisados: {indicators}",
    fr: "Erreurs : {errors} · Avertissements : {warnings} · Actions vérifiées : {actions} · Indicateurs vérifiés : {indicators}",
  },
  "taskpane.validate.clean": {
    en: "No findings: every action and indicator passes every rule.",
    es: "Sin hallazgos: todas las acciones e indicadores cumplen todas las reglas.",
    fr: "Aucun constat : toutes les actions et tous les indicateurs respectent toutes les règles.",
  },
  "taskpane.validate.severity.error": { en: "Error", es: "Error", fr: "Erreur" },
  "taskpane.validate.severity.warning": { en: "Warning", es: "Advertencia", fr: "Avertissement" },
  "taskpane.validate.group": { en: "{table}, {severity}: {count}", es: "{table}, {severity}: {count}", fr: "{table}, {severity} : {count}" },
  "taskpane.validate.group.gaps": {
    en: "Gap list: recommendations no action addresses: {count}",
    es: "Lista de brechas: recomendaciones que ninguna acción atiende: {count}",
    fr: "Liste des lacunes : recommandations qu'aucune action ne traite : {count}",
  },
  "taskpane.validate.group.noLead": {
    en: "Clusters without a lead institution: {count}",
    es: "Grupos temáticos sin institución responsable: {count}",
    fr: "Groupes thématiques sans institution cheffe de file : {count}",
  },
  "taskpane.validate.showMore": {
    en: "Show the next {count} (shown: {shown} of {total})",
    es: "Mostrar los {count} siguientes (mostrados: {shown} de {total})",
    fr: "Afficher les {count} suivants (affichés : {shown} sur {total})",
  },
  "taskpane.validate.findings": { en: "Findings", es: "Hallazgos", fr: "Constats" },
  "taskpane.validate.where": { en: "Code: {code} · Cell: {cell}", es: "Código: {code} · Celda: {cell}", fr: "Code : {code} · Cellule : {cell}" },
  "taskpane.validate.hint.excel": {
    en: "Select a finding (click or Enter) to go to its cell.",
    es: "Seleccione un hallazgo (clic o Intro) para ir a su celda.",
    fr: "Sélectionnez un constat (clic ou Entrée) pour aller à sa cellule.",
  },
  "taskpane.validate.hint.standalone": {
    en: "Select a finding (click or Enter) to see the values of its row.",
    es: "Seleccione un hallazgo (clic o Intro) para ver los valores de su fila.",
    fr: "Sélectionnez un constat (clic ou Entrée) pour voir les valeurs de sa ligne.",
  },
  "taskpane.validate.row": { en: "Row {row} of {table}", es: "Fila {row} de {table}", fr: "Ligne {row} de {table}" },
  "taskpane.validate.rowEmpty": { en: "This row is empty now.", es: "Esta fila ahora está vacía.", fr: "Cette ligne est vide désormais." },
  "taskpane.validate.selectFailed": {
    en: "Could not go to {cell}: the sheet may have been renamed or deleted. Select Check again to refresh the list.",
    es: "No se pudo ir a {cell}: puede que la hoja se haya renombrado o eliminado. Seleccione Revisar de nuevo para actualizar la lista.",
    fr: "Impossible d'aller à {cell} : la feuille a peut-être été renommée ou supprimée. Sélectionnez Vérifier à nouveau pour actualiser la liste.",
  },
  "taskpane.validate.writeSmart": { en: "Write SMART ratings", es: "Escribir calificaciones SMART", fr: "Écrire les notes SMART" },
  "taskpane.validate.writeSmartHint": {
    en: "Fills the SMART rating column of the Actions table, only where a rating changed; nothing else is written.",
    es: "Rellena la columna de calificación SMART de la tabla Actions, solo donde cambió una calificación; no se escribe nada más.",
    fr: "Remplit la colonne de note SMART de la table Actions, seulement là où une note a changé ; rien d'autre n'est écrit.",
  },
  "taskpane.validate.writingSmart": { en: "Writing SMART ratings…", es: "Escribiendo calificaciones SMART…", fr: "Écriture des notes SMART…" },
  "taskpane.validate.smartWritten": { en: "SMART ratings written: {count}.", es: "Calificaciones SMART escritas: {count}.", fr: "Notes SMART écrites : {count}." },
  "taskpane.validate.smartCurrent": {
    en: "Every SMART rating was already up to date; nothing was written.",
    es: "Todas las calificaciones SMART ya estaban al día; no se escribió nada.",
    fr: "Toutes les notes SMART étaient déjà à jour ; rien n'a été écrit.",
  },
  "taskpane.validate.live": {
    en: "Live: the findings update as you or co-authors edit the workbook. Nothing is written to it.",
    es: "En vivo: los hallazgos se actualizan cuando usted o los coautores editan el libro. No se escribe nada en él.",
    fr: "En direct : les constats se mettent à jour quand vous ou vos coauteurs modifiez le classeur. Rien n'y est écrit.",
  },
  "taskpane.validate.updated": { en: "Updated at {time}.", es: "Actualizado a las {time}.", fr: "Mis à jour à {time}." },
  "taskpane.validate.liveFailed": {
    en: "The findings could not be updated after the last edit: {reason}. Select Check again.",
    es: "No se pudieron actualizar los hallazgos tras la última edición: {reason}. Seleccione Revisar de nuevo.",
    fr: "Les constats n'ont pas pu être mis à jour après la dernière modification : {reason}. Sélectionnez Vérifier à nouveau.",
  },
} satisfies Catalog;
