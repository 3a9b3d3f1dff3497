import type { Catalog } from "./catalog-types";

/** The pane's navigation, first steps, status wording and the pane's own wording of shared errors. */
export const TASKPANE_UX_MESSAGES = {
  "taskpane.mode.standaloneShort": {
    en: "In this browser, without Excel: the workbook stays on this computer.",
    es: "En este navegador, sin Excel: el libro se queda en este equipo.",
    fr: "Dans ce navigateur, sans Excel : le classeur reste sur cet ordinateur.",
  },
  "taskpane.nav.next": { en: "Next: {n} · {name}", es: "Siguiente: {n} · {name}", fr: "Suivant : {n} · {name}" },
  "taskpane.nav.stepTitle": { en: "Step {n}: {name}", es: "Paso {n}: {name}", fr: "Étape {n} : {name}" },
  "taskpane.steps.title": { en: "How it works", es: "Cómo funciona", fr: "Comment ça marche" },
  "taskpane.steps.open": {
    en: "Open a workbook, or start a new one (above).",
    es: "Abra un libro o empiece uno nuevo (arriba).",
    fr: "Ouvrez un classeur ou commencez-en un nouveau (ci-dessus).",
  },
  "taskpane.steps.import": {
    en: "Import the recommendations you received (step 1).",
    es: "Importe las recomendaciones que recibió (paso 1).",
    fr: "Importez les recommandations reçues (étape 1).",
  },
  "taskpane.steps.review": {
    en: "Review the suggested clusters, themes and overlaps (step 2).",
    es: "Revise los grupos temáticos, temas y coincidencias sugeridos (paso 2).",
    fr: "Passez en revue les groupes thématiques, thèmes et recoupements suggérés (étape 2).",
  },
  "taskpane.steps.check": {
    en: "Check the actions and indicators (step 3).",
    es: "Revise las acciones y los indicadores (paso 3).",
    fr: "Vérifiez les actions et les indicateurs (étape 3).",
  },
  "taskpane.steps.generate": {
    en: "Generate the monitoring matrix (step 4).",
    es: "Genere la matriz de seguimiento (paso 4).",
    fr: "Générez la matrice de suivi (étape 4).",
  },
  "taskpane.steps.export": {
    en: "Export a report or files, and keep the workbook (step 5).",
    es: "Exporte un informe o archivos y guarde el libro (paso 5).",
    fr: "Exportez un rapport ou des fichiers, et conservez le classeur (étape 5).",
  },
  "taskpane.structure.importCreates": {
    en: "Your first import below creates the tables too, so you can go straight to it.",
    es: "La primera importación (abajo) también crea las tablas: puede ir directamente a ella.",
    fr: "Le premier import (ci-dessous) crée aussi les tables : vous pouvez y aller directement.",
  },
  "taskpane.import.chooseMore": { en: "Add more files…", es: "Añadir más archivos…", fr: "Ajouter d'autres fichiers…" },
  "taskpane.import.found": {
    en: "Files and texts: {files} · recommendations found: {recommendations}",
    es: "Archivos y textos: {files} · recomendaciones encontradas: {recommendations}",
    fr: "Fichiers et textes : {files} · recommandations trouvées : {recommendations}",
  },
  "taskpane.import.sourceFound": {
    en: "Recommendations found: {n}.",
    es: "Recomendaciones encontradas: {n}.",
    fr: "Recommandations trouvées : {n}.",
  },
  "taskpane.import.sourceUnreadable": {
    en: "Rows that cannot be read: {n}.",
    es: "Filas que no se pueden leer: {n}.",
    fr: "Lignes illisibles : {n}.",
  },

  "taskpane.wording.unknownMechanism": {
    en: "unknown mechanism \"{value}\": use a code of the Lists sheet (UPR, CRC, CEDAW...), or choose the mechanism under Options",
    es: "mecanismo desconocido \"{value}\": use un código de la hoja de listas (EPU, CRC, CEDAW...) o elija el mecanismo en Opciones",
    fr: "mécanisme inconnu « {value} » : utilisez un code de la feuille des listes (EPU, CRC, CEDAW...) ou choisissez le mécanisme sous Options",
  },
  "taskpane.wording.unknownCountry": {
    en: "unknown country \"{value}\": write the State's name or ISO code, or type the country under Options",
    es: "país desconocido \"{value}\": escriba el nombre del Estado o su código ISO, o indique el país en Opciones",
    fr: "pays inconnu « {value} » : écrivez le nom de l'État ou son code ISO, ou indiquez le pays sous Options",
  },
  "taskpane.wording.textNeedsSymbol": {
    en: "no document symbol (such as CRC/C/PRY/CO/4-6) in the text: choose the mechanism and type the country under Options",
    es: "el texto no contiene una signatura (como CRC/C/PRY/CO/4-6): elija el mecanismo e indique el país en Opciones",
    fr: "aucune cote de document (comme CRC/C/PRY/CO/4-6) dans le texte : choisissez le mécanisme et indiquez le pays sous Options",
  },
  "taskpane.wording.unknownFormat": {
    en: "{file}: Rights Matrix does not recognise this file. It reads UHRI exports (columns {uhri}), UPR Info exports (columns {uprInfo}), OHCHR thematic lists (.docx), concluding observations (.docx, .txt) and other tables with a header row and a column of recommendation texts ({csv}).",
    es: "{file}: Rights Matrix no reconoce este archivo. Lee exportaciones del UHRI (columnas {uhri}), de UPR Info (columnas {uprInfo}), listas temáticas del ACNUDH (.docx), observaciones finales (.docx, .txt) y otras tablas con una fila de encabezados y una columna con los textos de las recomendaciones ({csv}).",
    fr: "{file} : Rights Matrix ne reconnaît pas ce fichier. Il lit les exports de l'IUDH/UHRI (colonnes {uhri}), d'UPR Info (colonnes {uprInfo}), les listes thématiques du HCDH (.docx), les observations finales (.docx, .txt) et les autres tableaux avec une ligne d'en-têtes et une colonne de textes de recommandations ({csv}).",
  },
  "taskpane.wording.formatMismatch": {
    en: "{file} is not a {format} file: {reason}. Remove it (✕) and add the right file.",
    es: "{file} no es un archivo {format}: {reason}. Quítelo (✕) y añada el archivo correcto.",
    fr: "{file} n'est pas un fichier {format} : {reason}. Retirez-le (✕) et ajoutez le bon fichier.",
  },
  "taskpane.wording.badCountryOption": {
    en: "\"{value}\" is not a country Rights Matrix knows: type an ISO code such as PRY, or the country's name.",
    es: "\"{value}\" no es un país que Rights Matrix conozca: escriba un código ISO como PRY o el nombre del país.",
    fr: "« {value} » n'est pas un pays connu de Rights Matrix : tapez un code ISO comme PRY, ou le nom du pays.",
  },
  "taskpane.wording.badMechanismOption": {
    en: "\"{value}\" is not a mechanism: choose one in the Mechanism list.",
    es: "\"{value}\" no es un mecanismo: elija uno en la lista Mecanismo.",
    fr: "« {value} » n'est pas un mécanisme : choisissez-en un dans la liste Mécanisme.",
  },
  "taskpane.wording.rejectNeedsComment": {
    en: "Rejecting report {id} needs a comment telling the focal point what to change: write it under \"Review comment\", then choose Reject again. Nothing was written.",
    es: "Para rechazar el informe {id} hace falta un comentario que diga al punto focal qué cambiar: escríbalo en «Comentario de revisión» y elija Rechazar de nuevo. No se escribió nada.",
    fr: "Rejeter le rapport {id} demande un commentaire indiquant au point focal ce qu'il faut changer : écrivez-le sous « Commentaire de revue », puis choisissez à nouveau Rejeter. Rien n'a été écrit.",
  },
  "taskpane.wording.nameRequired": {
    en: "Type your name under \"Your name\" first: the Progress table records who took each step on report {id}. Nothing was written.",
    es: "Escriba primero su nombre en «Su nombre»: la tabla de avances registra quién dio cada paso del informe {id}. No se escribió nada.",
    fr: "Tapez d'abord votre nom sous « Votre nom » : la table d'avancement enregistre qui a fait chaque étape du rapport {id}. Rien n'a été écrit.",
  },
  "taskpane.wording.filterUnknown": {
    en: "A value chosen in the filters (\"{value}\") is no longer in the workbook. Set that filter back to All, or choose another value.",
    es: "Un valor elegido en los filtros (\"{value}\") ya no está en el libro. Vuelva a poner ese filtro en Todos o elija otro valor.",
    fr: "Une valeur choisie dans les filtres (« {value} ») n'est plus dans le classeur. Remettez ce filtre sur Tous, ou choisissez une autre valeur.",
  },
  "taskpane.wording.exportUnknownFormat": {
    en: "Rights Matrix cannot export \"{format}\" to {file}. Choose what to export and its format above, then export again.",
    es: "Rights Matrix no puede exportar \"{format}\" a {file}. Elija arriba qué exportar y en qué formato, y vuelva a exportar.",
    fr: "Rights Matrix ne peut pas exporter « {format} » vers {file}. Choisissez ci-dessus quoi exporter et dans quel format, puis exportez à nouveau.",
  },
  "taskpane.institution.noneYet": {
    en: "No institution is listed in this workbook yet. Add yours below: it goes into the Institutions table.",
    es: "Este libro aún no tiene ninguna institución. Añada la suya abajo: se guarda en la tabla de instituciones.",
    fr: "Ce classeur ne compte encore aucune institution. Ajoutez la vôtre ci-dessous : elle va dans la table des institutions.",
  },
  "taskpane.institution.addTitle": { en: "Add an institution", es: "Añadir una institución", fr: "Ajouter une institution" },
  "taskpane.institution.addName": { en: "Name", es: "Nombre", fr: "Nom" },
  "taskpane.institution.addAcronym": { en: "Acronym", es: "Sigla", fr: "Sigle" },
  "taskpane.institution.addFocalPoint": { en: "Focal point", es: "Punto focal", fr: "Point focal" },
  "taskpane.institution.add": { en: "Add the institution", es: "Añadir la institución", fr: "Ajouter l'institution" },
  "taskpane.institution.addAnother": { en: "Add an institution…", es: "Añadir una institución…", fr: "Ajouter une institution…" },
  "taskpane.institution.adding": { en: "Adding the institution…", es: "Añadiendo la institución…", fr: "Ajout de l'institution…" },
  "taskpane.institution.added": {
    en: "{name} is in the Institutions table and chosen below.",
    es: "{name} está en la tabla de instituciones y elegida abajo.",
    fr: "{name} est dans la table des institutions et choisie ci-dessous.",
  },
  "taskpane.institution.nameNeeded": {
    en: "Type the institution's name first. Nothing was written.",
    es: "Escriba primero el nombre de la institución. No se escribió nada.",
    fr: "Tapez d'abord le nom de l'institution. Rien n'a été écrit.",
  },
  "taskpane.institution.formName": { en: "the form", es: "el formulario", fr: "le formulaire" },
  "taskpane.institution.addPathStandalone": {
    en: "For many institutions at once: download the workbook, fill in the Institutions sheet in Excel, then open the file here again.",
    es: "Para muchas instituciones a la vez: descargue el libro, complete la hoja Institutions en Excel y vuelva a abrir aquí el archivo.",
    fr: "Pour beaucoup d'institutions à la fois : téléchargez le classeur, remplissez la feuille Institutions dans Excel, puis rouvrez ici le fichier.",
  },
  "taskpane.institution.addPathExcel": {
    en: "For many institutions at once: type them into the Institutions sheet, one per row.",
    es: "Para muchas instituciones a la vez: escríbalas en la hoja Institutions, una por fila.",
    fr: "Pour beaucoup d'institutions à la fois : saisissez-les dans la feuille Institutions, une par ligne.",
  },
  "taskpane.matrix.wholeMatrix": {
    en: "The matrix holds every recommendation (no filter).",
    es: "La matriz contiene todas las recomendaciones (sin filtro).",
    fr: "La matrice contient toutes les recommandations (aucun filtre).",
  },
  "taskpane.matrix.filteredBy": {
    en: "Filtered matrix: only the recommendations with {filters}. It replaced the full matrix; set every filter to All and generate again for the whole one.",
    es: "Matriz filtrada: solo las recomendaciones con {filters}. Reemplazó la matriz completa; ponga todos los filtros en Todos y vuelva a generar para tenerla entera.",
    fr: "Matrice filtrée : seulement les recommandations avec {filters}. Elle a remplacé la matrice complète ; remettez chaque filtre sur Tous et générez à nouveau pour l'avoir entière.",
  },
  "taskpane.matrix.count.lostEdits": {
    en: "Edits on rows whose recommendations were removed: {n}",
    es: "Cambios en filas cuyas recomendaciones se quitaron: {n}",
    fr: "Modifications sur des lignes dont les recommandations ont été retirées : {n}",
  },
  "taskpane.matrix.viewTitle": { en: "The matrix as written", es: "La matriz tal como se escribió", fr: "La matrice telle qu'écrite" },
  "taskpane.matrix.viewHint": {
    en: "Read only. Open a row to see all its columns; to fill it in, download the workbook and open it in Excel.",
    es: "Solo lectura. Abra una fila para ver todas sus columnas; para completarla, descargue el libro y ábralo en Excel.",
    fr: "Lecture seule. Ouvrez une ligne pour voir toutes ses colonnes ; pour la remplir, téléchargez le classeur et ouvrez-le dans Excel.",
  },
  "taskpane.matrix.viewMore": {
    en: "Show more rows (shown: {shown} of {total})",
    es: "Mostrar más filas (mostradas: {shown} de {total})",
    fr: "Afficher plus de lignes (affichées : {shown} sur {total})",
  },
  "taskpane.validate.whereCell": { en: "Cell: {cell}", es: "Celda: {cell}", fr: "Cellule : {cell}" },
  "taskpane.validate.rule": { en: "(rule {code})", es: "(regla {code})", fr: "(règle {code})" },
  "taskpane.validate.howToFix": {
    en: "This page cannot edit cells. To correct it: download the workbook, change cell {cell} in Excel, save, then open the file here again and choose Check again.",
    es: "Esta página no puede editar celdas. Para corregirlo: descargue el libro, cambie la celda {cell} en Excel, guárdelo, vuelva a abrir aquí el archivo y elija Revisar de nuevo.",
    fr: "Cette page ne peut pas modifier les cellules. Pour corriger : téléchargez le classeur, modifiez la cellule {cell} dans Excel, enregistrez, puis rouvrez ici le fichier et choisissez Vérifier à nouveau.",
  },
  "taskpane.validate.noActionsStandalone": {
    en: "There are no actions to check yet. Add your plan's actions and indicators: download the workbook, fill in the Actions and Indicators sheets in Excel (one row each), then open the file here again.",
    es: "Aún no hay acciones que revisar. Añada las acciones e indicadores de su plan: descargue el libro, complete las hojas Actions e Indicators en Excel (una fila por cada uno) y vuelva a abrir aquí el archivo.",
    fr: "Il n'y a pas encore d'actions à vérifier. Ajoutez les actions et indicateurs de votre plan : téléchargez le classeur, remplissez les feuilles Actions et Indicators dans Excel (une ligne chacun), puis rouvrez ici le fichier.",
  },
  "taskpane.validate.noActionsExcel": {
    en: "There are no actions to check yet. Type your plan's actions and indicators into the Actions and Indicators sheets (one row each), then choose Check again.",
    es: "Aún no hay acciones que revisar. Escriba las acciones e indicadores de su plan en las hojas Actions e Indicators (una fila por cada uno) y elija Revisar de nuevo.",
    fr: "Il n'y a pas encore d'actions à vérifier. Saisissez les actions et indicateurs de votre plan dans les feuilles Actions et Indicators (une ligne chacun), puis choisissez Vérifier à nouveau.",
  },
} satisfies Catalog;
