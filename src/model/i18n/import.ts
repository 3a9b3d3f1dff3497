import type { Catalog } from "./catalog-types";

export const IMPORT_MESSAGES = {
  "import.emptyText": {
    en: "no recommendation text",
    es: "no hay texto de recomendación",
    fr: "aucun texte de recommandation",
  },
  "import.textTooLong": {
    en: "the text has {length} characters; an Excel cell holds at most {max}: shorten or split it in the source",
    es: "el texto tiene {length} caracteres; una celda de Excel admite como máximo {max}: acórtelo o divídalo en el origen",
    fr: "le texte compte {length} caractères ; une cellule Excel en contient au plus {max} : raccourcissez-le ou divisez-le dans la source",
  },
  "import.unknownMechanism": {
    en: "unknown mechanism \"{value}\": use a code of the Lists sheet (UPR, CRC, CEDAW...) or give --mechanism",
    es: "mecanismo desconocido \"{value}\": use un código de la hoja de listas (EPU, CRC, CEDAW...) o indique --mechanism",
    fr: "mécanisme inconnu « {value} » : utilisez un code de la feuille des listes (EPU, CRC, CEDAW...) ou indiquez --mechanism",
  },
  "import.unknownResponse": {
    en: "unknown response \"{value}\": expected Supported, Supported in part, Noted, Pending or Not applicable (Accepted counts as Supported)",
    es: "respuesta desconocida \"{value}\": se esperaba Supported, Supported in part, Noted, Pending o Not applicable (Accepted cuenta como Supported)",
    fr: "réponse inconnue « {value} » : attendu Supported, Supported in part, Noted, Pending ou Not applicable (Accepted vaut Supported)",
  },
  "import.unknownCountry": {
    en: "unknown State \"{value}\"; did you mean {suggestions}? Write the State's name or ISO code, or map it with --country-name \"{value}=ISO3\"",
    es: "Estado desconocido \"{value}\"; ¿quiso decir {suggestions}? Escriba el nombre del Estado o su código ISO, o asígnelo con --country-name \"{value}=ISO3\"",
    fr: "État inconnu « {value} » ; vouliez-vous dire {suggestions} ? Écrivez le nom de l'État ou son code ISO, ou associez-le avec --country-name \"{value}=ISO3\"",
  },
  "import.badSession": {
    en: "\"{value}\" is not a UPR session number",
    es: "\"{value}\" no es un número de sesión del EPU",
    fr: "« {value} » n'est pas un numéro de session de l'EPU",
  },
  "import.badYear": {
    en: "\"{value}\" is not a year",
    es: "\"{value}\" no es un año",
    fr: "« {value} » n'est pas une année",
  },
  "import.textNeedsSymbol": {
    en: "no document symbol (such as CRC/C/PRY/CO/4-6) in the text: give --mechanism and --country",
    es: "el texto no contiene una signatura (como CRC/C/PRY/CO/4-6): indique --mechanism y --country",
    fr: "aucune cote de document (comme CRC/C/PRY/CO/4-6) dans le texte : indiquez --mechanism et --country",
  },
  "import.problemLine": {
    en: "{file}, row {row}, column \"{column}\": {problem}",
    es: "{file}, fila {row}, columna \"{column}\": {problem}",
    fr: "{file}, ligne {row}, colonne « {column} » : {problem}",
  },
  "import.invalidRows": {
    en: "{count} row(s) cannot be imported; nothing was written. Fix them, or import with --skip-invalid to leave them out:\n{problems}",
    es: "{count} fila(s) no se pueden importar; no se escribió nada. Corríjalas o importe con --skip-invalid para omitirlas:\n{problems}",
    fr: "{count} ligne(s) ne peuvent pas être importées ; rien n'a été écrit. Corrigez-les, ou importez avec --skip-invalid pour les écarter :\n{problems}",
  },
  "import.moreProblems": {
    en: "... and {count} more row(s) (--json lists them all)",
    es: "... y {count} fila(s) más (--json las enumera todas)",
    fr: "... et {count} ligne(s) de plus (--json les énumère toutes)",
  },
  "import.unknownFormat": {
    en: "{file}: Rights Matrix does not recognise this file. It reads UHRI exports (columns {uhri}), UPR Info exports (columns {uprInfo}), OHCHR thematic lists (.docx), concluding observations (.docx, .txt) and other tables with a recognisable text column ({csv}) or --map Column=Field.",
    es: "{file}: Rights Matrix no reconoce este archivo. Lee exportaciones del UHRI (columnas {uhri}), de UPR Info (columnas {uprInfo}), listas temáticas del ACNUDH (.docx), observaciones finales (.docx, .txt) y otras tablas con una columna de texto reconocible ({csv}) o --map Columna=Campo.",
    fr: "{file} : Rights Matrix ne reconnaît pas ce fichier. Il lit les exports de l'IUDH/UHRI (colonnes {uhri}), d'UPR Info (colonnes {uprInfo}), les listes thématiques du HCDH (.docx), les observations finales (.docx, .txt) et les autres tableaux avec une colonne de texte reconnaissable ({csv}) ou --map Colonne=Champ.",
  },
  "import.unreadableFile": {
    en: "{file} cannot be read as {format} ({reason}). Nothing was written.",
    es: "{file} no se puede leer como {format} ({reason}). No se escribió nada.",
    fr: "{file} ne peut pas être lu comme {format} ({reason}). Rien n'a été écrit.",
  },
  "import.legacyXls": {
    en: "{file} is an .xls workbook Rights Matrix cannot read ({reason}): only unprotected Excel 97-2003 files are read. Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that file. Nothing was written.",
    es: "{file} es un libro .xls que Rights Matrix no puede leer ({reason}): solo se leen archivos de Excel 97-2003 sin contraseña. Ábralo en Excel o LibreOffice, guárdelo como .xlsx o .csv e importe ese archivo. No se escribió nada.",
    fr: "{file} est un classeur .xls que Rights Matrix ne peut pas lire ({reason}) : seuls les fichiers Excel 97-2003 sans mot de passe sont lus. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le en .xlsx ou .csv, puis importez ce fichier. Rien n'a été écrit.",
  },
  "import.formatMismatch": {
    en: "{file} is not a {format} file: {reason}. Choose another --format or leave it on auto.",
    es: "{file} no es un archivo {format}: {reason}. Elija otro --format o déjelo en auto.",
    fr: "{file} n'est pas un fichier {format} : {reason}. Choisissez un autre --format ou laissez auto.",
  },
  "import.badMapping": {
    en: "--map {entry}: expected Column=Field, with Field one of {fields}.",
    es: "--map {entry}: se esperaba Columna=Campo, con Campo entre {fields}.",
    fr: "--map {entry} : attendu Colonne=Champ, Champ parmi {fields}.",
  },
  "import.mappedColumnMissing": {
    en: "{file}: --map names the column \"{column}\", which the file does not have. Its columns are: {columns}.",
    es: "{file}: --map nombra la columna \"{column}\", que el archivo no tiene. Sus columnas son: {columns}.",
    fr: "{file} : --map nomme la colonne « {column} », absente du fichier. Ses colonnes sont : {columns}.",
  },
  "import.badCountryOption": {
    en: "--country {value}: expected an ISO 3166-1 alpha-3 code such as PRY, or a country name.",
    es: "--country {value}: se esperaba un código ISO 3166-1 alfa-3 como PRY, o el nombre de un país.",
    fr: "--country {value} : attendu un code ISO 3166-1 alpha-3 comme PRY, ou un nom de pays.",
  },
  "import.badMechanismOption": {
    en: "--mechanism {value}: expected one of {codes}.",
    es: "--mechanism {value}: se esperaba uno de {codes}.",
    fr: "--mechanism {value} : attendu l'un de {codes}.",
  },
  "import.badFormatOption": {
    en: "--format {value}: expected auto, uhri, upr-info, ohchr-docx, text or csv.",
    es: "--format {value}: se esperaba auto, uhri, upr-info, ohchr-docx, text o csv.",
    fr: "--format {value} : attendu auto, uhri, upr-info, ohchr-docx, text ou csv.",
  },
  "import.noRecommendations": {
    en: "{file}: no recommendations found ({format}). Check that this is the right file, or choose the format and column mapping by hand.",
    es: "{file}: no se encontraron recomendaciones ({format}). Compruebe que es el archivo correcto o elija el formato y las columnas a mano.",
    fr: "{file} : aucune recommandation trouvée ({format}). Vérifiez le fichier, ou choisissez le format et les colonnes à la main.",
  },
  "import.aborted": {
    en: "Import cancelled; nothing was written.",
    es: "Importación cancelada; no se escribió nada.",
    fr: "Import annulé ; rien n'a été écrit.",
  },
  "import.summaryLine": {
    en: "{file} ({format}): {added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped",
    es: "{file} ({format}): {added} añadidas, {updated} actualizadas, {unchanged} sin cambios, {skipped} omitidas",
    fr: "{file} ({format}) : {added} ajoutées, {updated} mises à jour, {unchanged} inchangées, {skipped} écartées",
  },
  "import.changedRow": {
    en: "  updated {id}: {columns}",
    es: "  actualizada {id}: {columns}",
    fr: "  mise à jour {id} : {columns}",
  },
  "import.skippedRow": {
    en: "  skipped {problem}",
    es: "  omitida {problem}",
    fr: "  écartée {problem}",
  },
  "import.observationsLeftOut": {
    en: "  {count} observation(s) left out (UHRI type Concerns/Observations); add --observations to import them",
    es: "  {count} observación(es) no importada(s) (tipo UHRI Concerns/Observations); añada --observations para importarlas",
    fr: "  {count} observation(s) écartée(s) (type UHRI Concerns/Observations) ; ajoutez --observations pour les importer",
  },
  "import.dryRun": {
    en: "Dry run: nothing was written to {file}.",
    es: "Simulación: no se escribió nada en {file}.",
    fr: "Simulation : rien n'a été écrit dans {file}.",
  },
  "import.written": {
    en: "Wrote {file}: {rows} recommendation(s) in the table.",
    es: "Se escribió {file}: {rows} recomendación(es) en la tabla.",
    fr: "{file} écrit : {rows} recommandation(s) dans la table.",
  },
  "import.nothingChanged": {
    en: "Nothing to change: {file} was left as it was ({rows} recommendation(s) in the table).",
    es: "Nada que cambiar: {file} quedó como estaba ({rows} recomendación(es) en la tabla).",
    fr: "Rien à changer : {file} est resté tel quel ({rows} recommandation(s) dans la table).",
  },
  "import.fileNotFound": {
    en: "{file} does not exist. Check the path.",
    es: "{file} no existe. Compruebe la ruta.",
    fr: "{file} n'existe pas. Vérifiez le chemin.",
  },
  "import.workbookRowWithoutId": {
    en: "this row of a Rights Matrix Recommendations table has no ID; give it one, or import it from a list without the ID column",
    es: "esta fila de una tabla Recommendations de Rights Matrix no tiene ID; asígnele uno o impórtela desde una lista sin la columna ID",
    fr: "cette ligne d'une table Recommendations de Rights Matrix n'a pas d'ID ; donnez-lui en un, ou importez-la depuis une liste sans la colonne ID",
  },
  "import.unknownRecommendingState": {
    en: "recommending State \"{value}\" is not a known State name (nearest: {suggestions}); kept as written",
    es: "el Estado recomendante \"{value}\" no es un nombre de Estado conocido (más cercanos: {suggestions}); se conserva tal como está escrito",
    fr: "l'État recommandant « {value} » n'est pas un nom d'État connu (les plus proches : {suggestions}) ; conservé tel qu'écrit",
  },
  "import.leftOutObservation": {
    en: "an observation, not a recommendation (type \"{value}\"); add --observations to import it",
    es: "una observación, no una recomendación (tipo \"{value}\"); añada --observations para importarla",
    fr: "une observation, pas une recommandation (type « {value} ») ; ajoutez --observations pour l'importer",
  },
  "import.leftOutHeading": {
    en: "a heading, not a recommendation: \"{value}\"",
    es: "un encabezado, no una recomendación: \"{value}\"",
    fr: "un titre, pas une recommandation : « {value} »",
  },
  "import.leftOutNotRecommending": {
    en: "paragraph {paragraph} observes and does not recommend",
    es: "el párrafo {paragraph} observa y no recomienda",
    fr: "le paragraphe {paragraph} constate et ne recommande pas",
  },
  "import.leftOutUnnumbered": {
    en: "text outside the numbered paragraphs: \"{value}\"",
    es: "texto fuera de los párrafos numerados: \"{value}\"",
    fr: "texte hors des paragraphes numérotés : « {value} »",
  },
  "import.leftOutListLine": {
    en: "a position, theme or source line of a list, not a recommendation: \"{value}\"",
    es: "una línea de posición, tema o fuente de una lista, no una recomendación: \"{value}\"",
    fr: "une ligne de position, de thème ou de source d'une liste, pas une recommandation : « {value} »",
  },
  "import.leftOutComment": {
    en: "a comment of the list, kept out of the recommendation's text: \"{value}\"",
    es: "un comentario de la lista, fuera del texto de la recomendación: \"{value}\"",
    fr: "un commentaire de la liste, hors du texte de la recommandation : « {value} »",
  },
  "import.partialResponse": {
    en: "position \"{value}\" read as Supported in part{parts}",
    es: "posición \"{value}\" leída como Supported in part{parts}",
    fr: "position « {value} » lue comme Supported in part{parts}",
  },
  "import.unterminatedQuote": {
    en: "a quote opened on this line is never closed: the rest of the file would be one cell. Close the quote in the source",
    es: "una comilla abierta en esta línea no se cierra nunca: el resto del archivo sería una sola celda. Cierre la comilla en el origen",
    fr: "un guillemet ouvert sur cette ligne n'est jamais fermé : le reste du fichier serait une seule cellule. Fermez le guillemet dans la source",
  },
  "import.unreadableDoc": {
    en: "{file} is a Word 97-2003 .doc file Rights Matrix cannot read ({reason}). Open it in Word and save it as .docx (File > Save As > Word Document), then import that file. Nothing was written.",
    es: "{file} es un archivo .doc de Word 97-2003 que Rights Matrix no puede leer ({reason}). Ábralo en Word y guárdelo como .docx (Archivo > Guardar como > Documento de Word) e importe ese archivo. No se escribió nada.",
    fr: "{file} est un fichier .doc Word 97-2003 que Rights Matrix ne peut pas lire ({reason}). Ouvrez-le dans Word et enregistrez-le en .docx (Fichier > Enregistrer sous > Document Word), puis importez ce fichier. Rien n'a été écrit.",
  },
  "import.badCountryNameOption": {
    en: "--country-name {entry}: expected \"Name=ISO3\", such as \"Korea DPR=PRK\".",
    es: "--country-name {entry}: se esperaba \"Nombre=ISO3\", como \"Korea DPR=PRK\".",
    fr: "--country-name {entry} : attendu « Nom=ISO3 », comme \"Korea DPR=PRK\".",
  },
  "import.leftOutSummary": {
    en: "  {count} row(s) or paragraph(s) not imported:",
    es: "  {count} fila(s) o párrafo(s) no importado(s):",
    fr: "  {count} ligne(s) ou paragraphe(s) non importé(s) :",
  },
  "import.leftOutRow": {
    en: "    {file}, row {row}: {problem}",
    es: "    {file}, fila {row}: {problem}",
    fr: "    {file}, ligne {row} : {problem}",
  },
  "import.warningRow": {
    en: "  warning: {file}, row {row}, column \"{column}\": {problem}",
    es: "  aviso: {file}, fila {row}, columna \"{column}\": {problem}",
    fr: "  avertissement : {file}, ligne {row}, colonne « {column} » : {problem}",
  },
} satisfies Catalog;
