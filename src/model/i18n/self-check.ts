import type { Catalog } from "./catalog-types";

/** "Check this Excel" (About page): the probes' findings and what the add-in does about each. */
export const SELF_CHECK_MESSAGES = {
  "taskpane.about.checkTitle": { en: "Check this Excel", es: "Comprobar este Excel", fr: "Vérifier cet Excel" },
  "taskpane.about.checkIntro": {
    en: "Tries, on a temporary hidden sheet that is removed afterwards, what the add-in relies on in this Excel: text that stays text, long cells, request sizes, tables, groups, dropdowns and change events. Nothing else in the workbook is touched.",
    es: "Prueba, en una hoja oculta temporal que se elimina después, aquello en lo que el complemento confía en este Excel: texto que sigue siendo texto, celdas largas, tamaño de las solicitudes, tablas, grupos, listas desplegables y eventos de cambio. No se toca nada más del libro.",
    fr: "Essaie, sur une feuille masquée temporaire supprimée ensuite, ce dont le complément a besoin dans cet Excel : du texte qui reste du texte, les cellules longues, la taille des requêtes, les tables, les groupes, les listes déroulantes et les événements de modification. Rien d'autre du classeur n'est touché.",
  },
  "taskpane.about.checkRun": { en: "Check this Excel", es: "Comprobar este Excel", fr: "Vérifier cet Excel" },
  "taskpane.about.checkRunning": { en: "Checking this Excel…", es: "Comprobando este Excel…", fr: "Vérification de cet Excel…" },
  "taskpane.about.checkOnlyInExcel": {
    en: "The check runs only in Excel: open the add-in from Excel's ribbon.",
    es: "La comprobación solo funciona en Excel: abra el complemento desde la cinta de Excel.",
    fr: "La vérification ne fonctionne que dans Excel : ouvrez le complément depuis le ruban d'Excel.",
  },
  "taskpane.about.checkCopy": { en: "Copy report", es: "Copiar informe", fr: "Copier le rapport" },
  "taskpane.about.checkCopied": { en: "Report copied.", es: "Informe copiado.", fr: "Rapport copié." },
  "taskpane.about.checkCopyFailed": {
    en: "The browser did not allow copying: select the report text below and copy it.",
    es: "El navegador no permitió copiar: seleccione el texto del informe abajo y cópielo.",
    fr: "Le navigateur n'a pas permis la copie : sélectionnez le texte du rapport ci-dessous et copiez-le.",
  },
  "taskpane.about.checkReportText": { en: "Report as text", es: "Informe como texto", fr: "Rapport en texte" },
  "selfCheck.reportTitle": { en: "Rights Matrix: Check this Excel", es: "Rights Matrix: comprobación de este Excel", fr: "Rights Matrix : vérification de cet Excel" },
  "selfCheck.cancelled": {
    en: "The check was cancelled; its temporary sheet was removed.",
    es: "Se canceló la comprobación; se eliminó su hoja temporal.",
    fr: "La vérification a été annulée ; sa feuille temporaire a été supprimée.",
  },
  "selfCheck.tone.ok": { en: "OK", es: "OK", fr: "OK" },
  "selfCheck.tone.info": { en: "Note", es: "Nota", fr: "Note" },
  "selfCheck.tone.attention": { en: "Differs", es: "Difiere", fr: "Diffère" },
  "selfCheck.section.excel": { en: "This Excel", es: "Este Excel", fr: "Cet Excel" },
  "selfCheck.section.text": { en: "Text stays text", es: "El texto sigue siendo texto", fr: "Le texte reste du texte" },
  "selfCheck.section.requests": { en: "Size of a request", es: "Tamaño de una solicitud", fr: "Taille d'une requête" },
  "selfCheck.section.features": { en: "Tables, groups, dropdowns, events", es: "Tablas, grupos, listas, eventos", fr: "Tables, groupes, listes, événements" },
  "selfCheck.section.cleanup": { en: "Clean-up", es: "Limpieza", fr: "Nettoyage" },
  "selfCheck.cell.text": { en: "text-formatted", es: "con formato de texto", fr: "au format texte" },
  "selfCheck.cell.general": { en: "General", es: "General", fr: "Standard" },
  "selfCheck.environment": {
    en: "Host {host}, platform {platform}, version {version}.",
    es: "Aplicación {host}, plataforma {platform}, versión {version}.",
    fr: "Application {host}, plateforme {platform}, version {version}.",
  },
  "selfCheck.requirementSets": {
    en: "ExcelApi requirement sets supported: {supported}; not supported: {missing}.",
    es: "Conjuntos de requisitos ExcelApi admitidos: {supported}; no admitidos: {missing}.",
    fr: "Ensembles de conditions ExcelApi pris en charge : {supported} ; non pris en charge : {missing}.",
  },
  "selfCheck.requirementSets.tooOld": {
    en: "This Excel does not support ExcelApi 1.9, which the add-in needs.",
    es: "Este Excel no admite ExcelApi 1.9, que el complemento necesita.",
    fr: "Cet Excel ne prend pas en charge ExcelApi 1.9, dont le complément a besoin.",
  },
  "selfCheck.requirementSets.tooOldDoes": {
    en: "Writes to the workbook may fail with an error; update Office, or use the standalone page with the workbook file.",
    es: "Las escrituras en el libro pueden fallar con un error; actualice Office o use la página independiente con el archivo del libro.",
    fr: "Les écritures dans le classeur peuvent échouer avec une erreur ; mettez Office à jour, ou utilisez la page autonome avec le fichier du classeur.",
  },
  "selfCheck.text.unchanged": {
    en: "{sample} came back unchanged in text-formatted and in General cells.",
    es: "{sample} volvió sin cambios en celdas con formato de texto y en celdas General.",
    fr: "{sample} est revenu inchangé dans les cellules au format texte et Standard.",
  },
  "selfCheck.text.changed": {
    en: "{sample} came back as {returned} in a {cell} cell.",
    es: "{sample} volvió como {returned} en una celda {cell}.",
    fr: "{sample} est revenu sous la forme {returned} dans une cellule {cell}.",
  },
  "selfCheck.text.refused": {
    en: "Excel refused {sample} in a {cell} cell ({reason}).",
    es: "Excel rechazó {sample} en una celda {cell} ({reason}).",
    fr: "Excel a refusé {sample} dans une cellule {cell} ({reason}).",
  },
  "selfCheck.text.textCellDoes": {
    en: "The add-in writes text into text-formatted columns as it is; on this Excel, text starting with {first} may change there. Check such cells after an import and send this report to your IT contact.",
    es: "El complemento escribe el texto tal cual en las columnas con formato de texto; en este Excel, el texto que empieza por {first} puede cambiar allí. Revise esas celdas después de una importación y envíe este informe a su contacto de TI.",
    fr: "Le complément écrit le texte tel quel dans les colonnes au format texte ; dans cet Excel, un texte commençant par {first} peut y changer. Vérifiez ces cellules après une importation et envoyez ce rapport à votre contact informatique.",
  },
  "selfCheck.text.generalCellDoes": {
    en: "Elsewhere the add-in puts an apostrophe before text so that Excel keeps it as text; on this Excel, text starting with {first} may still change. Check such cells after an import and send this report to your IT contact.",
    es: "En las demás celdas el complemento antepone un apóstrofo para que Excel lo guarde como texto; en este Excel, el texto que empieza por {first} puede cambiar igualmente. Revise esas celdas después de una importación y envíe este informe a su contacto de TI.",
    fr: "Ailleurs, le complément met une apostrophe devant le texte pour qu'Excel le garde en texte ; dans cet Excel, un texte commençant par {first} peut quand même changer. Vérifiez ces cellules après une importation et envoyez ce rapport à votre contact informatique.",
  },
  "selfCheck.long.unchanged": {
    en: "A text of {length} characters came back unchanged in a {cell} cell.",
    es: "Un texto de {length} caracteres volvió sin cambios en una celda {cell}.",
    fr: "Un texte de {length} caractères est revenu inchangé dans une cellule {cell}.",
  },
  "selfCheck.long.generalAccepted": {
    en: "A text of {length} characters with the apostrophe before it came back unchanged in a General cell: the apostrophe does not count.",
    es: "Un texto de {length} caracteres con el apóstrofo delante volvió sin cambios en una celda General: el apóstrofo no cuenta.",
    fr: "Un texte de {length} caractères précédé de l'apostrophe est revenu inchangé dans une cellule Standard : l'apostrophe ne compte pas.",
  },
  "selfCheck.long.generalRefused": {
    en: "Excel refused a text of {length} characters with the apostrophe before it in a General cell: the apostrophe counts towards the limit.",
    es: "Excel rechazó un texto de {length} caracteres con el apóstrofo delante en una celda General: el apóstrofo cuenta para el límite.",
    fr: "Excel a refusé un texte de {length} caractères précédé de l'apostrophe dans une cellule Standard : l'apostrophe compte dans la limite.",
  },
  "selfCheck.long.generalRefusedDoes": {
    en: "The add-in's columns for long text are text-formatted, where the full length fits; a text this long in another column stops the write with an error, and nothing is changed.",
    es: "Las columnas de texto largo del complemento tienen formato de texto, donde cabe la longitud completa; un texto tan largo en otra columna detiene la escritura con un error y no se cambia nada.",
    fr: "Les colonnes de texte long du complément sont au format texte, où la longueur complète tient ; un texte aussi long dans une autre colonne arrête l'écriture avec une erreur, et rien n'est modifié.",
  },
  "selfCheck.long.refused": {
    en: "Excel refused a text of {length} characters in a {cell} cell ({reason}).",
    es: "Excel rechazó un texto de {length} caracteres en una celda {cell} ({reason}).",
    fr: "Excel a refusé un texte de {length} caractères dans une cellule {cell} ({reason}).",
  },
  "selfCheck.long.changed": {
    en: "A text of {length} characters came back changed from a {cell} cell.",
    es: "Un texto de {length} caracteres volvió cambiado de una celda {cell}.",
    fr: "Un texte de {length} caractères est revenu modifié d'une cellule {cell}.",
  },
  "selfCheck.long.textDoes": {
    en: "The add-in refuses cells over 32,767 characters before writing anything; on this Excel even that length fails, so a write holding such a cell stops with an error. Shorten very long texts.",
    es: "El complemento rechaza las celdas de más de 32.767 caracteres antes de escribir nada; en este Excel incluso esa longitud falla, así que una escritura con una celda así se detiene con un error. Acorte los textos muy largos.",
    fr: "Le complément refuse les cellules de plus de 32 767 caractères avant d'écrire quoi que ce soit ; dans cet Excel même cette longueur échoue, donc une écriture contenant une telle cellule s'arrête avec une erreur. Raccourcissez les textes très longs.",
  },
  "selfCheck.request.accepted": {
    en: "A request of {utf16} MB (UTF-16; {utf8} MB as UTF-8) was accepted.",
    es: "Se aceptó una solicitud de {utf16} MB (UTF-16; {utf8} MB en UTF-8).",
    fr: "Une requête de {utf16} Mo (UTF-16 ; {utf8} Mo en UTF-8) a été acceptée.",
  },
  "selfCheck.request.refused": {
    en: "A request of {utf16} MB (UTF-16; {utf8} MB as UTF-8) was refused ({reason}).",
    es: "Se rechazó una solicitud de {utf16} MB (UTF-16; {utf8} MB en UTF-8) ({reason}).",
    fr: "Une requête de {utf16} Mo (UTF-16 ; {utf8} Mo en UTF-8) a été refusée ({reason}).",
  },
  "selfCheck.request.refusedDoes": {
    en: "The add-in sends at most about {target} MB (UTF-16) per request, so large imports and matrices may be refused here; nothing is changed when that happens. Import fewer rows at a time and send this report to your IT contact.",
    es: "El complemento envía como máximo unos {target} MB (UTF-16) por solicitud, así que aquí pueden rechazarse importaciones y matrices grandes; cuando ocurre, no se cambia nada. Importe menos filas a la vez y envíe este informe a su contacto de TI.",
    fr: "Le complément envoie au plus environ {target} Mo (UTF-16) par requête, donc les grosses importations et matrices peuvent être refusées ici ; rien n'est modifié dans ce cas. Importez moins de lignes à la fois et envoyez ce rapport à votre contact informatique.",
  },
  "selfCheck.request.largest": {
    en: "Largest request accepted: {utf16} MB as UTF-16 ({utf8} MB as UTF-8).",
    es: "Solicitud más grande aceptada: {utf16} MB en UTF-16 ({utf8} MB en UTF-8).",
    fr: "Plus grande requête acceptée : {utf16} Mo en UTF-16 ({utf8} Mo en UTF-8).",
  },
  "selfCheck.request.countsUtf16": {
    en: "A request of {utf8} MB as UTF-8 but {utf16} MB as UTF-16 was refused: the 5 MB limit counts UTF-16, as the add-in assumes.",
    es: "Se rechazó una solicitud de {utf8} MB en UTF-8 pero {utf16} MB en UTF-16: el límite de 5 MB cuenta en UTF-16, como supone el complemento.",
    fr: "Une requête de {utf8} Mo en UTF-8 mais {utf16} Mo en UTF-16 a été refusée : la limite de 5 Mo se compte en UTF-16, comme le suppose le complément.",
  },
  "selfCheck.request.countsUtf8": {
    en: "A request of {utf8} MB as UTF-8 but {utf16} MB as UTF-16 was accepted: this Excel counts the limit in UTF-8, or has no 5 MB limit.",
    es: "Se aceptó una solicitud de {utf8} MB en UTF-8 pero {utf16} MB en UTF-16: este Excel cuenta el límite en UTF-8, o no tiene límite de 5 MB.",
    fr: "Une requête de {utf8} Mo en UTF-8 mais {utf16} Mo en UTF-16 a été acceptée : cet Excel compte la limite en UTF-8, ou n'a pas de limite de 5 Mo.",
  },
  "selfCheck.request.countsUtf8Does": {
    en: "The add-in keeps counting UTF-16 (at most about {target} MB per request), which is safe everywhere; a large write only takes a few more requests.",
    es: "El complemento sigue contando en UTF-16 (como máximo unos {target} MB por solicitud), lo que es seguro en todas partes; una escritura grande solo necesita algunas solicitudes más.",
    fr: "Le complément continue de compter en UTF-16 (au plus environ {target} Mo par requête), ce qui est sûr partout ; une grosse écriture demande seulement quelques requêtes de plus.",
  },
  "selfCheck.request.countsUnknown": {
    en: "A request of {utf8} MB as UTF-8 ({utf16} MB as UTF-16) was refused, and so were the smaller ones: how this Excel counts could not be told.",
    es: "Se rechazó una solicitud de {utf8} MB en UTF-8 ({utf16} MB en UTF-16), y también las más pequeñas: no se pudo saber cómo cuenta este Excel.",
    fr: "Une requête de {utf8} Mo en UTF-8 ({utf16} Mo en UTF-16) a été refusée, ainsi que les plus petites : impossible de savoir comment cet Excel compte.",
  },
  "selfCheck.tableResize.works": {
    en: "Table.resize works: new rows join a table in place.",
    es: "Table.resize funciona: las filas nuevas se suman a la tabla en su lugar.",
    fr: "Table.resize fonctionne : les nouvelles lignes rejoignent la table sur place.",
  },
  "selfCheck.tableResize.unsupported": {
    en: "Table.resize is not available (needs ExcelApi {set}).",
    es: "Table.resize no está disponible (requiere ExcelApi {set}).",
    fr: "Table.resize n'est pas disponible (demande ExcelApi {set}).",
  },
  "selfCheck.tableResize.unsupportedDoes": {
    en: "When rows are added, the add-in turns the table into a range and makes it again with the same name and style; formulas that name the table become cell references.",
    es: "Al añadir filas, el complemento convierte la tabla en un rango y la vuelve a crear con el mismo nombre y estilo; las fórmulas que nombran la tabla pasan a ser referencias de celda.",
    fr: "Quand des lignes sont ajoutées, le complément convertit la table en plage et la recrée avec le même nom et le même style ; les formules qui nomment la table deviennent des références de cellules.",
  },
  "selfCheck.tableResize.failed": {
    en: "Table.resize failed ({reason}).",
    es: "Table.resize falló ({reason}).",
    fr: "Table.resize a échoué ({reason}).",
  },
  "selfCheck.tableResize.failedDoes": {
    en: "The add-in uses Table.resize to add rows on this Excel: an import that adds rows may stop with an error, and nothing is changed then. Send this report to your IT contact.",
    es: "El complemento usa Table.resize para añadir filas en este Excel: una importación que añade filas puede detenerse con un error, y entonces no se cambia nada. Envíe este informe a su contacto de TI.",
    fr: "Le complément utilise Table.resize pour ajouter des lignes dans cet Excel : une importation qui ajoute des lignes peut s'arrêter avec une erreur, et rien n'est alors modifié. Envoyez ce rapport à votre contact informatique.",
  },
  "selfCheck.rowGroups.works": {
    en: "Row grouping works: the matrix's clusters can be collapsed.",
    es: "La agrupación de filas funciona: los grupos temáticos de la matriz se pueden contraer.",
    fr: "Le groupement de lignes fonctionne : les groupes thématiques de la matrice peuvent être réduits.",
  },
  "selfCheck.rowGroups.unsupported": {
    en: "Row grouping is not available (needs ExcelApi {set}).",
    es: "La agrupación de filas no está disponible (requiere ExcelApi {set}).",
    fr: "Le groupement de lignes n'est pas disponible (demande ExcelApi {set}).",
  },
  "selfCheck.rowGroups.unsupportedDoes": {
    en: "The add-in writes the matrix without collapsible groups; everything else is the same.",
    es: "El complemento escribe la matriz sin grupos contraíbles; todo lo demás es igual.",
    fr: "Le complément écrit la matrice sans groupes réductibles ; tout le reste est identique.",
  },
  "selfCheck.rowGroups.failed": {
    en: "Row grouping failed ({reason}).",
    es: "La agrupación de filas falló ({reason}).",
    fr: "Le groupement de lignes a échoué ({reason}).",
  },
  "selfCheck.rowGroups.failedDoes": {
    en: "Generating the matrix groups its clusters on this Excel and may stop with an error; nothing is changed then. Send this report to your IT contact.",
    es: "Al generar la matriz se agrupan sus grupos temáticos en este Excel y puede detenerse con un error; entonces no se cambia nada. Envíe este informe a su contacto de TI.",
    fr: "La génération de la matrice groupe ses groupes thématiques dans cet Excel et peut s'arrêter avec une erreur ; rien n'est alors modifié. Envoyez ce rapport à votre contact informatique.",
  },
  "selfCheck.listValidation.works": {
    en: "Dropdowns with an OFFSET source work: a listed value is valid, another one is not.",
    es: "Las listas desplegables con origen OFFSET funcionan: un valor de la lista es válido y otro no.",
    fr: "Les listes déroulantes à source OFFSET fonctionnent : une valeur de la liste est valide, une autre non.",
  },
  "selfCheck.listValidation.unsupported": {
    en: "Dropdowns are not available (needs ExcelApi {set}).",
    es: "Las listas desplegables no están disponibles (requiere ExcelApi {set}).",
    fr: "Les listes déroulantes ne sont pas disponibles (demande ExcelApi {set}).",
  },
  "selfCheck.listValidation.unsupportedDoes": {
    en: "Type the values from the Lists sheet; the Validate page still checks them.",
    es: "Escriba los valores de la hoja Lists; la página Validar los sigue comprobando.",
    fr: "Saisissez les valeurs de la feuille Lists ; la page Valider les vérifie toujours.",
  },
  "selfCheck.listValidation.failed": {
    en: "A dropdown with an OFFSET source did not behave as expected ({reason}).",
    es: "Una lista desplegable con origen OFFSET no se comportó como se esperaba ({reason}).",
    fr: "Une liste déroulante à source OFFSET ne s'est pas comportée comme prévu ({reason}).",
  },
  "selfCheck.listValidation.failedDoes": {
    en: "The add-in's dropdowns use such sources, so they may list nothing or accept anything here; type the values from the Lists sheet, and the Validate page still checks them.",
    es: "Las listas del complemento usan esos orígenes, así que aquí pueden no mostrar nada o aceptar cualquier cosa; escriba los valores de la hoja Lists, y la página Validar los sigue comprobando.",
    fr: "Les listes du complément utilisent de telles sources, elles peuvent donc ici ne rien proposer ou tout accepter ; saisissez les valeurs de la feuille Lists, la page Valider les vérifie toujours.",
  },
  "selfCheck.events.marked": {
    en: "Excel raises change events for the add-in's own writes and marks them as its own: live validation skips them.",
    es: "Excel genera eventos de cambio para las escrituras del propio complemento y las marca como suyas: la validación en directo las omite.",
    fr: "Excel déclenche des événements de modification pour les écritures du complément lui-même et les marque comme telles : la validation en direct les ignore.",
  },
  "selfCheck.events.unmarked": {
    en: "Excel raises change events for the add-in's own writes without marking them.",
    es: "Excel genera eventos de cambio para las escrituras del propio complemento sin marcarlas.",
    fr: "Excel déclenche des événements de modification pour les écritures du complément lui-même sans les marquer.",
  },
  "selfCheck.events.unmarkedDoes": {
    en: "Live validation ignores changes inside the cells the add-in is writing, during the write and for 2 seconds after; a co-author's changes still count.",
    es: "La validación en directo ignora los cambios en las celdas que el complemento está escribiendo, durante la escritura y 2 segundos después; los cambios de un coautor siguen contando.",
    fr: "La validation en direct ignore les modifications dans les cellules que le complément écrit, pendant l'écriture et 2 secondes après ; celles d'un co-auteur comptent toujours.",
  },
  "selfCheck.events.none": {
    en: "Excel raised no change event for the add-in's own write.",
    es: "Excel no generó ningún evento de cambio para la escritura del propio complemento.",
    fr: "Excel n'a déclenché aucun événement de modification pour l'écriture du complément lui-même.",
  },
  "selfCheck.events.noneDoes": {
    en: "Nothing to skip: live validation sees only the changes people make.",
    es: "No hay nada que omitir: la validación en directo solo ve los cambios que hacen las personas.",
    fr: "Rien à ignorer : la validation en direct ne voit que les modifications faites par les personnes.",
  },
  "selfCheck.events.failed": {
    en: "Change events could not be watched ({reason}).",
    es: "No se pudieron observar los eventos de cambio ({reason}).",
    fr: "Les événements de modification n'ont pas pu être observés ({reason}).",
  },
  "selfCheck.events.failedDoes": {
    en: "Live validation will not update on its own here: run the checks again from the Validate page after editing.",
    es: "La validación en directo no se actualizará sola aquí: vuelva a ejecutar las comprobaciones desde la página Validar después de editar.",
    fr: "La validation en direct ne se mettra pas à jour d'elle-même ici : relancez les vérifications depuis la page Valider après vos modifications.",
  },
  "selfCheck.cleanup.removed": {
    en: "The temporary sheet was removed; nothing is left in the workbook.",
    es: "Se eliminó la hoja temporal; no queda nada en el libro.",
    fr: "La feuille temporaire a été supprimée ; rien ne reste dans le classeur.",
  },
  "selfCheck.cleanup.left": {
    en: "The temporary hidden sheet could not be removed; the add-in's next write removes it after 30 minutes.",
    es: "No se pudo eliminar la hoja oculta temporal; la próxima escritura del complemento la elimina pasados 30 minutos.",
    fr: "La feuille masquée temporaire n'a pas pu être supprimée ; la prochaine écriture du complément la supprime au bout de 30 minutes.",
  },
} satisfies Catalog;
