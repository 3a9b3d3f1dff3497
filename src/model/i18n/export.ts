import type { Catalog } from "./catalog-types";

/** Exports: the Word report, IMPACT OSS files, CSV and XLSX tables. */
export const EXPORT_MESSAGES = {
  "export.report.title": {
    en: "Follow-up of human rights recommendations",
    es: "Seguimiento de las recomendaciones de derechos humanos",
    fr: "Suivi des recommandations relatives aux droits de l'homme",
  },
  "export.report.covers": { en: "Covers {filter}.", es: "Abarca {filter}.", fr: "Porte sur {filter}." },
  "export.report.generated": {
    en: "Generated on {date} from {file} by Rights Matrix {version}.",
    es: "Generado el {date} a partir de {file} con Rights Matrix {version}.",
    fr: "Généré le {date} à partir de {file} par Rights Matrix {version}.",
  },
  "export.report.counts": {
    en: "Recommendations: {recommendations} · thematic clusters: {clusters}",
    es: "Recomendaciones: {recommendations} · grupos temáticos: {clusters}",
    fr: "Recommandations : {recommendations} · groupes thématiques : {clusters}",
  },
  "export.report.summary": { en: "Summary by cluster and status", es: "Resumen por grupo temático y estado", fr: "Synthèse par groupe thématique et statut" },
  "export.report.empty": {
    en: "No recommendation matches this selection.",
    es: "Ninguna recomendación corresponde a esta selección.",
    fr: "Aucune recommandation ne correspond à cette sélection.",
  },
  "export.unknownTable": {
    en: "There is no table \"{table}\". Choose one of: {tables}.",
    es: "No existe la tabla \"{table}\". Elija una de: {tables}.",
    fr: "Il n'y a pas de table « {table} ». Choisissez parmi : {tables}.",
  },
  "export.unknownFormat": {
    en: "Rights Matrix cannot export \"{format}\" to {file}. Use --format report with a .docx file, impactoss with a .csv file, or table with a .csv or .xlsx file.",
    es: "Rights Matrix no puede exportar \"{format}\" a {file}. Use --format report con un archivo .docx, impactoss con un .csv, o table con un .csv o .xlsx.",
    fr: "Rights Matrix ne peut pas exporter « {format} » vers {file}. Utilisez --format report avec un fichier .docx, impactoss avec un .csv, ou table avec un .csv ou un .xlsx.",
  },
  "export.done": {
    en: "Wrote {file}: {what}.",
    es: "Se escribió {file}: {what}.",
    fr: "{file} écrit : {what}.",
  },
  "export.what.report": {
    en: "Word report (recommendations: {recommendations} · clusters: {clusters})",
    es: "informe Word (recomendaciones: {recommendations} · grupos: {clusters})",
    fr: "rapport Word (recommandations : {recommendations} · groupes : {clusters})",
  },
  "export.what.rows": { en: "{table} (rows: {rows})", es: "{table} (filas: {rows})", fr: "{table} (lignes : {rows})" },
  "export.what.impactoss": {
    en: "IMPACT OSS import file for {entity} (rows: {rows})",
    es: "archivo de importación de IMPACT OSS para {entity} (filas: {rows})",
    fr: "fichier d'import IMPACT OSS pour {entity} (lignes : {rows})",
  },
  "export.sameFile": {
    en: "--to {file} is the workbook itself; choose another file name so the workbook is not overwritten.",
    es: "--to {file} es el propio libro; elija otro nombre de archivo para no sobrescribir el libro.",
    fr: "--to {file} est le classeur lui-même ; choisissez un autre nom de fichier pour ne pas l'écraser.",
  },
  "export.filterWithTable": {
    en: "--{option} picks recommendations for the matrix and the Word report; a table (--table {table}) is exported whole. Leave out --table to export the filtered matrix.",
    es: "--{option} selecciona recomendaciones para la matriz y el informe Word; una tabla (--table {table}) se exporta completa. Quite --table para exportar la matriz filtrada.",
    fr: "--{option} choisit des recommandations pour la matrice et le rapport Word ; une table (--table {table}) est exportée entière. Retirez --table pour exporter la matrice filtrée.",
  },
  "export.impactoss.notADate": {
    en: "\"{value}\" is not a date; IMPACT OSS would store the item without it. Write the date as a date.",
    es: "\"{value}\" no es una fecha; IMPACT OSS guardaría el elemento sin ella. Escriba la fecha como fecha.",
    fr: "« {value} » n'est pas une date ; IMPACT OSS enregistrerait l'élément sans elle. Saisissez la date comme une date.",
  },
  "export.impactoss.duplicate": {
    en: "the reference {id} appears twice; IMPACT OSS refuses the second (references are unique).",
    es: "la referencia {id} aparece dos veces; IMPACT OSS rechaza la segunda (las referencias son únicas).",
    fr: "la référence {id} apparaît deux fois ; IMPACT OSS refuse la seconde (les références sont uniques).",
  },
  "export.impactoss.noTitle": {
    en: "empty; IMPACT OSS needs a title to create the item.",
    es: "vacío; IMPACT OSS necesita un título para crear el elemento.",
    fr: "vide ; IMPACT OSS a besoin d'un titre pour créer l'élément.",
  },
  "export.impactoss.unknownRecommendation": {
    en: "names {ids}, which is neither in this hand-over nor in the instance; IMPACT OSS would refuse the link (\"Invalid connection\").",
    es: "nombra {ids}, que no está en esta entrega ni en la instancia; IMPACT OSS rechazaría el vínculo (\"Invalid connection\").",
    fr: "désigne {ids}, absent de cette livraison comme de l'instance ; IMPACT OSS refuserait le lien (« Invalid connection »).",
  },
  "export.impactoss.unknownAction": {
    en: "names the action {id}, which is neither in this hand-over nor in the instance; IMPACT OSS would refuse the link.",
    es: "nombra la acción {id}, que no está en esta entrega ni en la instancia; IMPACT OSS rechazaría el vínculo.",
    fr: "désigne l'action {id}, absente de cette livraison comme de l'instance ; IMPACT OSS refuserait le lien.",
  },
  "export.impactoss.endWithoutStart": {
    en: "the action {action} has a deadline ({end}) but no start, and the indicator no value date: IMPACT OSS fails on an end date without a start date. Give the action a start.",
    es: "la acción {action} tiene plazo ({end}) pero no inicio, y el indicador no tiene fecha de valor: IMPACT OSS falla con una fecha de fin sin fecha de inicio. Indique el inicio de la acción.",
    fr: "l'action {action} a une échéance ({end}) mais pas de début, et l'indicateur pas de date de valeur : IMPACT OSS échoue sur une date de fin sans date de début. Indiquez le début de l'action.",
  },
  "export.impactoss.endBeforeStart": {
    en: "the action {action} ends ({end}) before it starts ({start}); IMPACT OSS refuses an indicator whose end date is before its start date.",
    es: "la acción {action} termina ({end}) antes de empezar ({start}); IMPACT OSS rechaza un indicador cuya fecha de fin es anterior a la de inicio.",
    fr: "l'action {action} se termine ({end}) avant de commencer ({start}) ; IMPACT OSS refuse un indicateur dont la date de fin précède la date de début.",
  },
  "export.impactoss.where": { en: "{table}, {id}, {column}", es: "{table}, {id}, {column}", fr: "{table}, {id}, {column}" },
  "export.impactoss.whereRow": { en: "{table} row {row} ({id}), {column}", es: "{table} fila {row} ({id}), {column}", fr: "{table} ligne {row} ({id}), {column}" },
  "export.impactoss.refused": {
    en: "Nothing was written: IMPACT OSS would refuse {count} row(s) of {file}. Correct them and export again:\n{problems}",
    es: "No se escribió nada: IMPACT OSS rechazaría {count} fila(s) de {file}. Corríjalas y vuelva a exportar:\n{problems}",
    fr: "Rien n'a été écrit : IMPACT OSS refuserait {count} ligne(s) de {file}. Corrigez-les et exportez à nouveau :\n{problems}",
  },
  "export.impactoss.badDateFormat": {
    en: "--date-format {format} is not a date format IMPACT OSS uses; write it with dd, MM and yyyy, e.g. dd/MM/yyyy (the default) or yyyy-MM-dd.",
    es: "--date-format {format} no es un formato de fecha de IMPACT OSS; escríbalo con dd, MM y yyyy, p. ej. dd/MM/yyyy (por defecto) o yyyy-MM-dd.",
    fr: "--date-format {format} n'est pas un format de date d'IMPACT OSS ; écrivez-le avec dd, MM et yyyy, p. ex. dd/MM/yyyy (par défaut) ou yyyy-MM-dd.",
  },
  "export.impactoss.badFramework": {
    en: "--framework {value} is not an IMPACT OSS framework number (1, 2, 3...).",
    es: "--framework {value} no es un número de marco de IMPACT OSS (1, 2, 3...).",
    fr: "--framework {value} n'est pas un numéro de cadre IMPACT OSS (1, 2, 3...).",
  },
  "export.impactoss.sinceMissing": {
    en: "--since {path} does not exist: give the folder or .zip of a previous hand-over, or a text file with one reference per line.",
    es: "--since {path} no existe: indique la carpeta o el .zip de una entrega anterior, o un archivo de texto con una referencia por línea.",
    fr: "--since {path} n'existe pas : indiquez le dossier ou le .zip d'une livraison précédente, ou un fichier texte avec une référence par ligne.",
  },
  "export.impactoss.skipped": {
    en: "Left out as already in the instance: recommendations {recommendations} · measures {measures} · indicators {indicators}.",
    es: "Omitidos por estar ya en la instancia: recomendaciones {recommendations} · medidas {measures} · indicadores {indicators}.",
    fr: "Laissés de côté car déjà dans l'instance : recommandations {recommendations} · mesures {measures} · indicateurs {indicators}.",
  },
  "export.impactoss.order": {
    en: "Import order in IMPACT OSS: create the categories listed in {categories} (an administrator, by hand), then import recommendations, measures, indicators.",
    es: "Orden de importación en IMPACT OSS: cree las categorías de {categories} (un administrador, a mano) y luego importe recomendaciones, medidas, indicadores.",
    fr: "Ordre d'import dans IMPACT OSS : créez les catégories de {categories} (un administrateur, à la main), puis importez recommandations, mesures, indicateurs.",
  },
  "export.impactoss.col.taxonomy": { en: "Taxonomy", es: "Taxonomía", fr: "Taxonomie" },
  "export.impactoss.col.title": { en: "Title", es: "Título", fr: "Titre" },
  "export.impactoss.col.shortTitle": { en: "Short title", es: "Título corto", fr: "Titre court" },
  "export.impactoss.col.reference": { en: "Reference", es: "Referencia", fr: "Référence" },
  "export.impactoss.taxonomy.body": { en: "Human rights body", es: "Órgano de derechos humanos", fr: "Organe des droits de l'homme" },
  "export.impactoss.taxonomy.cycle": { en: "UN session", es: "Sesión de la ONU", fr: "Session de l'ONU" },
  "export.impactoss.taxonomy.theme": { en: "Human right", es: "Derecho humano", fr: "Droit de l'homme" },
  "export.impactoss.taxonomy.cluster": { en: "Thematic cluster", es: "Grupo temático", fr: "Groupe thématique" },
  "export.impactoss.taxonomy.institution": { en: "Organisation", es: "Organización", fr: "Organisation" },
  "export.report.emptyColumns": {
    en: "Left out because they are empty for every recommendation in this report: {columns}.",
    es: "Se omiten por estar vacías para todas las recomendaciones de este informe: {columns}.",
    fr: "Laissées de côté car vides pour toutes les recommandations de ce rapport : {columns}.",
  },
  "export.report.col.actions": { en: "Actions", es: "Acciones", fr: "Actions" },
  "export.report.col.gaps": { en: "Without action", es: "Sin acción", fr: "Sans action" },
} satisfies Catalog;
