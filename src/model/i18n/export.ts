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
} satisfies Catalog;
