import type { Catalog } from "./catalog-types";

/** The focal-point reporting workflow on the Progress table. */
export const PROGRESS_MESSAGES = {
  "progress.reportNotFound": {
    en: "{file}: there is no report \"{id}\" in the Progress table. Check the Report ID column; nothing was written.",
    es: "{file}: no hay ningún informe \"{id}\" en la tabla Progress. Revise la columna del ID del informe; no se escribió nada.",
    fr: "{file} : aucun rapport « {id} » dans la table Progress. Vérifiez la colonne de l'ID du rapport ; rien n'a été écrit.",
  },
  "progress.unknownStatus": {
    en: "{location}: the review status \"{status}\" is not one of {allowed}. Correct the cell; nothing was written.",
    es: "{location}: el estado de revisión \"{status}\" no es uno de {allowed}. Corrija la celda; no se escribió nada.",
    fr: "{location} : le statut de revue « {status} » n'est pas l'un de {allowed}. Corrigez la cellule ; rien n'a été écrit.",
  },
  "progress.cannotSubmit": {
    en: "{location}: report {id} is {status}, so it cannot be submitted (only a Draft or Rejected report can). Allowed now: {allowed}. Nothing was written.",
    es: "{location}: el informe {id} está en estado {status}, así que no puede enviarse (solo un informe en borrador o rechazado puede). Permitido ahora: {allowed}. No se escribió nada.",
    fr: "{location} : le rapport {id} est au statut {status}, il ne peut donc pas être soumis (seul un rapport en brouillon ou refusé peut l'être). Autorisé maintenant : {allowed}. Rien n'a été écrit.",
  },
  "progress.cannotApprove": {
    en: "{location}: report {id} is {status}, so it cannot be approved (only a Submitted report can). Allowed now: {allowed}. Nothing was written.",
    es: "{location}: el informe {id} está en estado {status}, así que no puede aprobarse (solo un informe enviado puede). Permitido ahora: {allowed}. No se escribió nada.",
    fr: "{location} : le rapport {id} est au statut {status}, il ne peut donc pas être approuvé (seul un rapport soumis peut l'être). Autorisé maintenant : {allowed}. Rien n'a été écrit.",
  },
  "progress.cannotReject": {
    en: "{location}: report {id} is {status}, so it cannot be rejected (only a Submitted report can). Allowed now: {allowed}. Nothing was written.",
    es: "{location}: el informe {id} está en estado {status}, así que no puede rechazarse (solo un informe enviado puede). Permitido ahora: {allowed}. No se escribió nada.",
    fr: "{location} : le rapport {id} est au statut {status}, il ne peut donc pas être rejeté (seul un rapport soumis peut l'être). Autorisé maintenant : {allowed}. Rien n'a été écrit.",
  },
  "progress.cannotPublish": {
    en: "{location}: report {id} is {status}, so it cannot be published (only an Approved report can). Allowed now: {allowed}. Nothing was written.",
    es: "{location}: el informe {id} está en estado {status}, así que no puede publicarse (solo un informe aprobado puede). Permitido ahora: {allowed}. No se escribió nada.",
    fr: "{location} : le rapport {id} est au statut {status}, il ne peut donc pas être publié (seul un rapport approuvé peut l'être). Autorisé maintenant : {allowed}. Rien n'a été écrit.",
  },
  "progress.rejectNeedsComment": {
    en: "{location}: rejecting report {id} needs a comment telling the focal point what to change (--comment \"...\"). Nothing was written.",
    es: "{location}: rechazar el informe {id} requiere un comentario que diga al punto focal qué cambiar (--comment \"...\"). No se escribió nada.",
    fr: "{location} : rejeter le rapport {id} demande un commentaire indiquant au point focal ce qu'il faut changer (--comment \"...\"). Rien n'a été écrit.",
  },
  "progress.nameRequired": {
    en: "{location}: say who {action} report {id} (--by NAME); the Progress table records who did each step. Nothing was written.",
    es: "{location}: indique quién realiza la acción {action} sobre el informe {id} (--by NOMBRE); la tabla Progress registra quién hizo cada paso. No se escribió nada.",
    fr: "{location} : indiquez qui effectue l'action {action} sur le rapport {id} (--by NOM) ; la table Progress enregistre qui a fait chaque étape. Rien n'a été écrit.",
  },
  "progress.reportTextMissing": {
    en: "{location}: report {id} has no report text. Write what was done (at most {max} characters) before submitting; nothing was written.",
    es: "{location}: el informe {id} no tiene texto. Escriba lo realizado (como máximo {max} caracteres) antes de enviarlo; no se escribió nada.",
    fr: "{location} : le rapport {id} n'a pas de texte. Décrivez ce qui a été fait (au plus {max} caractères) avant de le soumettre ; rien n'a été écrit.",
  },
  "progress.reportTextTooLong": {
    en: "{location}: the report text has {length} characters; a progress report takes at most {max}. Shorten it by {excess}; nothing was written.",
    es: "{location}: el texto del informe tiene {length} caracteres; un informe de avance admite como máximo {max}. Acórtelo en {excess}; no se escribió nada.",
    fr: "{location} : le texte du rapport compte {length} caractères ; un rapport d'avancement en contient au plus {max}. Raccourcissez-le de {excess} ; rien n'a été écrit.",
  },
  "progress.unknownInstitution": {
    en: "{file}: there is no institution \"{name}\" in the Institutions table (by name or acronym). Known institutions: {known}.",
    es: "{file}: no hay ninguna institución \"{name}\" en la tabla Institutions (por nombre o sigla). Instituciones registradas: {known}.",
    fr: "{file} : aucune institution « {name} » dans la table Institutions (par nom ou sigle). Institutions connues : {known}.",
  },
  "progress.tableMissing": {
    en: "{file} has no {table} table. Run rights-matrix init on a new file, or restore the table; nothing was written.",
    es: "{file} no tiene la tabla {table}. Ejecute rights-matrix init en un archivo nuevo o restaure la tabla; no se escribió nada.",
    fr: "{file} n'a pas de table {table}. Lancez rights-matrix init sur un nouveau fichier, ou rétablissez la table ; rien n'a été écrit.",
  },
  "progress.stepDone": {
    en: "Report {id}: {from} -> {to}, by {by} on {on}.",
    es: "Informe {id}: {from} -> {to}, por {by} el {on}.",
    fr: "Rapport {id} : {from} -> {to}, par {by} le {on}.",
  },
  "progress.dueHeading": {
    en: "{institution} · overdue: {overdue} · due within {days} days: {soon}",
    es: "{institution} · vencidos: {overdue} · vencen en {days} días: {soon}",
    fr: "{institution} · en retard : {overdue} · à rendre sous {days} jours : {soon}",
  },
  "progress.dueLine": {
    en: "  {state}  {due}  indicator {indicator} ({frequency}, action {action}): {name}",
    es: "  {state}  {due}  indicador {indicator} ({frequency}, acción {action}): {name}",
    fr: "  {state}  {due}  indicateur {indicator} ({frequency}, action {action}) : {name}",
  },
  "progress.state.overdue": { en: "OVERDUE", es: "VENCIDO", fr: "EN RETARD" },
  "progress.state.dueSoon": { en: "due soon", es: "próximo", fr: "bientôt" },
  "progress.unscheduled": {
    en: "  Not scheduled: indicator {indicator} ({reason})",
    es: "  Sin calendario: indicador {indicator} ({reason})",
    fr: "  Non planifié : indicateur {indicator} ({reason})",
  },
  "progress.unscheduled.noFrequency": { en: "no frequency", es: "sin frecuencia", fr: "pas de fréquence" },
  "progress.unscheduled.noStart": {
    en: "no start date, value date or report to count from",
    es: "sin fecha de inicio, de valor ni informe desde el que contar",
    fr: "pas de date de début, de valeur ni de rapport à partir duquel compter",
  },
  "progress.unscheduled.noInstitution": {
    en: "no responsible institution",
    es: "sin institución responsable",
    fr: "pas d'institution responsable",
  },
  "progress.nothingDue": {
    en: "No report is overdue or due within {days} days.",
    es: "Ningún informe está vencido ni vence en los próximos {days} días.",
    fr: "Aucun rapport n'est en retard ni à rendre dans les {days} jours.",
  },
  "progress.mineHeading": {
    en: "{institution} · recommendations: {recommendations} · actions: {actions} · open reports: {open}",
    es: "{institution} · recomendaciones: {recommendations} · acciones: {actions} · informes abiertos: {open}",
    fr: "{institution} · recommandations : {recommendations} · actions : {actions} · rapports ouverts : {open}",
  },
  "progress.mineRecommendation": { en: "  Recommendation {id}: {text}", es: "  Recomendación {id}: {text}", fr: "  Recommandation {id} : {text}" },
  "progress.mineAction": { en: "  Action {id} ({status}): {text}", es: "  Acción {id} ({status}): {text}", fr: "  Action {id} ({status}) : {text}" },
  "progress.mineReport": {
    en: "  Report {id} on {subject} ({status}, {period})",
    es: "  Informe {id} sobre {subject} ({status}, {period})",
    fr: "  Rapport {id} sur {subject} ({status}, {period})",
  },
  "progress.unknownAction": {
    en: "progress needs one of submit, approve, reject, publish, due or mine, not \"{action}\". Example: rights-matrix progress monitoring.xlsx approve P-001 --by \"Ana Pérez\"",
    es: "progress necesita submit, approve, reject, publish, due o mine, no \"{action}\". Ejemplo: rights-matrix progress seguimiento.xlsx approve P-001 --by \"Ana Pérez\"",
    fr: "progress attend submit, approve, reject, publish, due ou mine, pas « {action} ». Exemple : rights-matrix progress suivi.xlsx approve P-001 --by \"Ana Pérez\"",
  },
  "progress.badDate": {
    en: "--today takes a day written as YYYY-MM-DD, such as 2026-11-27, not \"{date}\".",
    es: "--today admite un día escrito AAAA-MM-DD, como 2026-11-27, no \"{date}\".",
    fr: "--today prend un jour écrit AAAA-MM-JJ, comme 2026-11-27, pas « {date} ».",
  },
} satisfies Catalog;
