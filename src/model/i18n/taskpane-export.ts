import type { Catalog } from "./catalog-types";

/** The task pane's Export page. */
export const TASKPANE_EXPORT_MESSAGES = {
  "taskpane.export.intro": {
    en: "Take the monitoring work out of the workbook: a Word report, files for IMPACT OSS, or a table as CSV or Excel. Exporting never changes the workbook.",
    es: "Saque el trabajo de seguimiento del libro: un informe Word, archivos para IMPACT OSS o una tabla en CSV o Excel. Exportar nunca modifica el libro.",
    fr: "Sortez le travail de suivi du classeur : un rapport Word, des fichiers pour IMPACT OSS ou un tableau en CSV ou Excel. L'export ne modifie jamais le classeur.",
  },
  "taskpane.export.noWorkbook": {
    en: "Open or create a workbook first (above), then come back to this page.",
    es: "Abra o cree primero un libro (arriba) y vuelva después a esta página.",
    fr: "Ouvrez ou créez d'abord un classeur (ci-dessus), puis revenez sur cette page.",
  },
  "taskpane.export.what": { en: "What to export", es: "Qué exportar", fr: "Quoi exporter" },
  "taskpane.export.kind.report": { en: "Word report (.docx)", es: "Informe Word (.docx)", fr: "Rapport Word (.docx)" },
  "taskpane.export.kind.impactoss": {
    en: "IMPACT OSS import files (three CSV files in one .zip)",
    es: "Archivos de importación de IMPACT OSS (tres archivos CSV en un .zip)",
    fr: "Fichiers d'import IMPACT OSS (trois fichiers CSV dans un .zip)",
  },
  "taskpane.export.kind.table": { en: "One table, as CSV or Excel", es: "Una tabla, en CSV o Excel", fr: "Un tableau, en CSV ou Excel" },
  "taskpane.export.kind.matrix": {
    en: "The monitoring matrix, filtered, as CSV or Excel",
    es: "La matriz de seguimiento, filtrada, en CSV o Excel",
    fr: "La matrice de suivi, filtrée, en CSV ou Excel",
  },
  "taskpane.export.impactossHint": {
    en: "Recommendations, measures (actions) and indicators, one file each. Import them into IMPACT OSS in that order; the .zip keeps them together so no browser blocks the second and third download.",
    es: "Recomendaciones, medidas (acciones) e indicadores, un archivo cada uno. Impórtelos en IMPACT OSS en ese orden; el .zip los mantiene juntos para que ningún navegador bloquee la segunda y la tercera descarga.",
    fr: "Recommandations, mesures (actions) et indicateurs, un fichier chacun. Importez-les dans IMPACT OSS dans cet ordre ; le .zip les garde ensemble pour qu'aucun navigateur ne bloque le deuxième et le troisième téléchargement.",
  },
  "taskpane.export.table": { en: "Table", es: "Tabla", fr: "Tableau" },
  "taskpane.export.format": { en: "File format", es: "Formato del archivo", fr: "Format du fichier" },
  "taskpane.export.format.csv": {
    en: "CSV (UTF-8, opens in Excel with accents intact)",
    es: "CSV (UTF-8, se abre en Excel con los acentos intactos)",
    fr: "CSV (UTF-8, s'ouvre dans Excel avec les accents intacts)",
  },
  "taskpane.export.format.xlsx": { en: "Excel workbook (.xlsx)", es: "Libro de Excel (.xlsx)", fr: "Classeur Excel (.xlsx)" },
  "taskpane.export.subset": { en: "Which recommendations", es: "Qué recomendaciones", fr: "Quelles recommandations" },
  "taskpane.export.subsetHint": {
    en: "Leave a choice on \"All\" to keep every recommendation.",
    es: "Deje una opción en \"Todas\" para conservar todas las recomendaciones.",
    fr: "Laissez un choix sur « Toutes » pour garder toutes les recommandations.",
  },
  "taskpane.export.all": { en: "All", es: "Todas", fr: "Toutes" },
  "taskpane.export.filter.mechanism": { en: "Mechanism", es: "Mecanismo", fr: "Mécanisme" },
  "taskpane.export.filter.cycle": { en: "UPR cycle or year", es: "Ciclo del EPU o año", fr: "Cycle de l'EPU ou année" },
  "taskpane.export.filter.cluster": { en: "Cluster", es: "Grupo temático", fr: "Groupe thématique" },
  "taskpane.export.filter.institution": { en: "Institution", es: "Institución", fr: "Institution" },
  "taskpane.export.filter.response": { en: "Response", es: "Respuesta", fr: "Réponse" },
  "taskpane.export.filter.status": { en: "Implementation status", es: "Estado de aplicación", fr: "État de mise en œuvre" },
  "taskpane.export.cycleOption": { en: "UPR cycle {cycle}", es: "Ciclo {cycle} del EPU", fr: "Cycle {cycle} de l'EPU" },
  "taskpane.export.language": { en: "Language of the report", es: "Idioma del informe", fr: "Langue du rapport" },
  "taskpane.export.languageHint": {
    en: "Headings and labels; recommendation texts stay as written in the workbook.",
    es: "Títulos y etiquetas; los textos de las recomendaciones quedan como están en el libro.",
    fr: "Titres et libellés ; les textes des recommandations restent tels qu'ils sont dans le classeur.",
  },
  "taskpane.export.run": { en: "Export and download", es: "Exportar y descargar", fr: "Exporter et télécharger" },
  "taskpane.export.copy": { en: "Copy as table", es: "Copiar como tabla", fr: "Copier comme tableau" },
  "taskpane.export.copyHint": {
    en: "Copy as table puts the table on the clipboard, to paste into Word or an e-mail.",
    es: "Copiar como tabla la pone en el portapapeles, para pegarla en Word o en un correo.",
    fr: "Copier comme tableau le met dans le presse-papiers, pour le coller dans Word ou un courriel.",
  },
  "taskpane.export.progress.loading": { en: "Loading the export tools…", es: "Cargando las herramientas de exportación…", fr: "Chargement des outils d'export…" },
  "taskpane.export.progress.read": { en: "Reading the matrix…", es: "Leyendo la matriz…", fr: "Lecture de la matrice…" },
  "taskpane.export.progress.render": { en: "Writing the Word report…", es: "Redactando el informe Word…", fr: "Rédaction du rapport Word…" },
  "taskpane.export.progress.table": { en: "Reading the table…", es: "Leyendo la tabla…", fr: "Lecture du tableau…" },
  "taskpane.export.progress.file": { en: "Preparing the file…", es: "Preparando el archivo…", fr: "Préparation du fichier…" },
  "taskpane.export.progress.copy": { en: "Copying…", es: "Copiando…", fr: "Copie…" },
  "taskpane.export.done.report": {
    en: "Downloaded {file}: recommendations: {recommendations} · clusters: {clusters}.",
    es: "Descargado {file}: recomendaciones: {recommendations} · grupos: {clusters}.",
    fr: "Téléchargé {file} : recommandations : {recommendations} · groupes : {clusters}.",
  },
  "taskpane.export.done.file": {
    en: "Downloaded {file}: rows: {rows}.",
    es: "Descargado {file}: filas: {rows}.",
    fr: "Téléchargé {file} : lignes : {rows}.",
  },
  "taskpane.export.done.impactoss": {
    en: "Downloaded {file}: recommendations: {recommendations} · measures: {measures} · indicators: {indicators}.",
    es: "Descargado {file}: recomendaciones: {recommendations} · medidas: {measures} · indicadores: {indicators}.",
    fr: "Téléchargé {file} : recommandations : {recommendations} · mesures : {measures} · indicateurs : {indicators}.",
  },
  "taskpane.export.copied.html": {
    en: "Copied as a table (rows: {rows}). Paste it into Word or an e-mail.",
    es: "Copiada como tabla (filas: {rows}). Péguela en Word o en un correo.",
    fr: "Copié comme tableau (lignes : {rows}). Collez-le dans Word ou un courriel.",
  },
  "taskpane.export.copied.text": {
    en: "Copied as plain text with tabs (rows: {rows}): this browser refused a formatted table. Paste it into Excel, or into Word and use Convert Text to Table.",
    es: "Copiada como texto con tabulaciones (filas: {rows}): este navegador rechazó una tabla con formato. Péguela en Excel, o en Word y use Convertir texto en tabla.",
    fr: "Copié en texte brut avec tabulations (lignes : {rows}) : ce navigateur a refusé un tableau mis en forme. Collez-le dans Excel, ou dans Word puis utilisez Convertir le texte en tableau.",
  },
  "taskpane.export.clipboardRefused": {
    en: "The clipboard refused the table ({detail}). Allow this page to use the clipboard, or export the table as CSV instead.",
    es: "El portapapeles rechazó la tabla ({detail}). Permita que esta página use el portapapeles, o exporte la tabla en CSV.",
    fr: "Le presse-papiers a refusé le tableau ({detail}). Autorisez cette page à utiliser le presse-papiers, ou exportez le tableau en CSV.",
  },
} satisfies Catalog;
