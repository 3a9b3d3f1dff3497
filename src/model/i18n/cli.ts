import type { Catalog } from "./catalog-types";

export const CLI_MESSAGES = {
  "cli.usage": {
    en: `Usage: rights-matrix <command> [options]

Commands:
  init <workbook.xlsx> [--force] [--language en|es|fr]
                                   Create a new, empty structured monitoring workbook
                                   (--force replaces an existing file; --language gives its
                                   sheets, headers and list values a language, English by default)
  import <workbook.xlsx> <file...> [--format auto|uhri|upr-info|ohchr-docx|text|csv|rights-matrix]
         [--map Column=Field ...] [--country ISO3] [--country-name "Name=ISO3" ...] [--mechanism CODE] [--observations]
         [--skip-invalid] [--dry-run] [--json]
                                   Import recommendations (UHRI and UPR Info exports, OHCHR
                                   thematic lists, concluding observations, other tables);
                                   creates the workbook if missing; see docs/import.md
  suggest <workbook.xlsx> [--clusters N] [--json] [--include-clustered]
                                   Suggest clusters, overlap groups, themes and SDG
                                   targets, with reasons; writes nothing
  accept <workbook.xlsx> (--all | --from suggestions.json) [--clusters N]
                                   Write accepted suggestions into the workbook
  load-plan <workbook.xlsx> <plan.json>
                                   Add a plan's institutions, clusters, actions and indicators
  validate <workbook.xlsx> [--json] [--write-smart]
                                   Check the Actions and Indicators tables; exit 1 on errors
                                   (--write-smart fills the SMART rating column)
  matrix <workbook.xlsx> [--mechanism CODE] [--cycle N] [--cluster ID]
         [--institution NAME] [--response R] [--status S] [--today YYYY-MM-DD] [--json]
                                   Carry matrix edits back to the tables, then regenerate
                                   the Monitoring Matrix and Dashboard sheets (all or a subset)
  progress <workbook.xlsx> submit|approve|reject|publish <reportId> --by NAME
           [--comment TEXT] [--today YYYY-MM-DD]
                                   Move a focal point's progress report through its review
                                   (rejecting needs --comment); records who and when
  progress <workbook.xlsx> due [--today YYYY-MM-DD]
                                   Reports overdue or due within 30 days, per institution
  progress <workbook.xlsx> mine <institution>
                                   An institution's recommendations, actions and open reports
  export <workbook.xlsx> --to <file.docx|file.csv|file.xlsx> [--format report|impactoss|table]
         [--table NAME] [--mechanism CODE] [--cycle N] [--cluster ID] [--institution NAME]
         [--today YYYY-MM-DD] [--date-format dd/MM/yyyy] [--framework 1] [--since <folder|zip|list>]
                                   Word report of the (filtered) matrix; a table or the matrix
                                   as CSV (UTF-8 with BOM) or XLSX; IMPACT OSS import files

Options:
  --lang en|es|fr   Language of messages (default: from LANG)
  --help            Show this help
  --version         Show the version

Exit codes: 0 success, 1 findings, 2 bad usage or bad input.`,
    es: `Uso: rights-matrix <comando> [opciones]

Comandos:
  init <libro.xlsx> [--force] [--language en|es|fr]
                                   Crea un libro de seguimiento estructurado y vacío
                                   (--force reemplaza un archivo existente; --language es da a
                                   sus hojas, encabezados y listas el español; inglés si no se indica)
  import <libro.xlsx> <archivo...> [--format auto|uhri|upr-info|ohchr-docx|text|csv|rights-matrix]
         [--map Columna=Campo ...] [--country ISO3] [--country-name "Nombre=ISO3" ...] [--mechanism CÓDIGO] [--observations]
         [--skip-invalid] [--dry-run] [--json]
                                   Importa recomendaciones (exportaciones del UHRI y de UPR
                                   Info, listas temáticas del ACNUDH, observaciones finales,
                                   otras tablas); crea el libro si no existe; ver docs/import.md
  suggest <libro.xlsx> [--clusters N] [--json] [--include-clustered]
                                   Sugiere grupos temáticos, coincidencias, temas y metas de
                                   los ODS, con sus motivos; no escribe nada
  accept <libro.xlsx> (--all | --from sugerencias.json) [--clusters N]
                                   Escribe en el libro las sugerencias aceptadas
  load-plan <libro.xlsx> <plan.json>
                                   Añade las instituciones, grupos, acciones e indicadores de un plan
  validate <libro.xlsx> [--json] [--write-smart]
                                   Comprueba las tablas Actions e Indicators; sale con 1 si hay errores
                                   (--write-smart rellena la columna SMART rating)
  matrix <libro.xlsx> [--mechanism CÓDIGO] [--cycle N] [--cluster ID]
         [--institution NOMBRE] [--response R] [--status E] [--today AAAA-MM-DD] [--json]
                                   Devuelve los cambios de la matriz a las tablas y regenera
                                   las hojas Monitoring Matrix y Dashboard (todo o un subconjunto)
  progress <libro.xlsx> submit|approve|reject|publish <idInforme> --by NOMBRE
           [--comment TEXTO] [--today AAAA-MM-DD]
                                   Avanza un informe de avance en su revisión (rechazar
                                   exige --comment); registra quién y cuándo
  progress <libro.xlsx> due [--today AAAA-MM-DD]
                                   Informes vencidos o que vencen en 30 días, por institución
  progress <libro.xlsx> mine <institución>
                                   Recomendaciones, acciones e informes abiertos de una institución
  export <libro.xlsx> --to <archivo.docx|archivo.csv|archivo.xlsx> [--format report|impactoss|table]
         [--table NOMBRE] [--mechanism CÓDIGO] [--cycle N] [--cluster ID] [--institution NOMBRE]
         [--today AAAA-MM-DD] [--date-format dd/MM/yyyy] [--framework 1] [--since <carpeta|zip|lista>]
                                   Informe Word de la matriz (filtrada); una tabla o la matriz
                                   en CSV (UTF-8 con BOM) o XLSX; archivos de importación de IMPACT OSS

Opciones:
  --lang en|es|fr   Idioma de los mensajes (por defecto: según LANG)
  --help            Muestra esta ayuda
  --version         Muestra la versión

Códigos de salida: 0 éxito, 1 hallazgos, 2 uso o datos incorrectos.`,
    fr: `Usage : rights-matrix <commande> [options]

Commandes :
  init <classeur.xlsx> [--force] [--language en|es|fr]
                                   Crée un classeur de suivi structuré et vide
                                   (--force remplace un fichier existant ; --language fr donne le
                                   français à ses feuilles, en-têtes et listes ; anglais par défaut)
  import <classeur.xlsx> <fichier...> [--format auto|uhri|upr-info|ohchr-docx|text|csv|rights-matrix]
         [--map Colonne=Champ ...] [--country ISO3] [--country-name "Nom=ISO3" ...] [--mechanism CODE] [--observations]
         [--skip-invalid] [--dry-run] [--json]
                                   Importe des recommandations (exports de l'UHRI et d'UPR
                                   Info, listes thématiques du HCDH, observations finales,
                                   autres tableaux) ; crée le classeur s'il manque ; voir docs/import.md
  suggest <classeur.xlsx> [--clusters N] [--json] [--include-clustered]
                                   Suggère groupes, recoupements, thèmes et cibles
                                   des ODD, avec leurs raisons ; n'écrit rien
  accept <classeur.xlsx> (--all | --from suggestions.json) [--clusters N]
                                   Écrit dans le classeur les suggestions acceptées
  load-plan <classeur.xlsx> <plan.json>
                                   Ajoute les institutions, groupes, actions et indicateurs d'un plan
  validate <classeur.xlsx> [--json] [--write-smart]
                                   Vérifie les tables Actions et Indicators ; sort avec 1 en cas d'erreur
                                   (--write-smart remplit la colonne SMART rating)
  matrix <classeur.xlsx> [--mechanism CODE] [--cycle N] [--cluster ID]
         [--institution NOM] [--response R] [--status S] [--today AAAA-MM-JJ] [--json]
                                   Reporte les modifications de la matrice dans les tables, puis
                                   régénère les feuilles Monitoring Matrix et Dashboard (tout ou partie)
  progress <classeur.xlsx> submit|approve|reject|publish <idRapport> --by NOM
           [--comment TEXTE] [--today AAAA-MM-JJ]
                                   Fait avancer un rapport d'avancement dans sa revue (rejeter
                                   demande --comment) ; enregistre qui et quand
  progress <classeur.xlsx> due [--today AAAA-MM-JJ]
                                   Rapports en retard ou à rendre sous 30 jours, par institution
  progress <classeur.xlsx> mine <institution>
                                   Recommandations, actions et rapports ouverts d'une institution
  export <classeur.xlsx> --to <fichier.docx|fichier.csv|fichier.xlsx> [--format report|impactoss|table]
         [--table NOM] [--mechanism CODE] [--cycle N] [--cluster ID] [--institution NOM]
         [--today AAAA-MM-JJ] [--date-format dd/MM/yyyy] [--framework 1] [--since <dossier|zip|liste>]
                                   Rapport Word de la matrice (filtrée) ; une table ou la matrice
                                   en CSV (UTF-8 avec BOM) ou XLSX ; fichiers d'import IMPACT OSS

Options :
  --lang en|es|fr   Langue des messages (par défaut : selon LANG)
  --help            Affiche cette aide
  --version         Affiche la version

Codes de sortie : 0 succès, 1 constats, 2 usage ou données incorrects.`,
  },
  "cli.unknownCommand": {
    en: "Unknown command \"{command}\". Run rights-matrix --help to see the commands.",
    es: "Comando desconocido \"{command}\". Ejecute rights-matrix --help para ver los comandos.",
    fr: "Commande inconnue « {command} ». Lancez rights-matrix --help pour voir les commandes.",
  },
  "cli.unknownOption": {
    en: "Unknown option {option} for {command}. Run rights-matrix --help.",
    es: "Opción desconocida {option} para {command}. Ejecute rights-matrix --help.",
    fr: "Option inconnue {option} pour {command}. Lancez rights-matrix --help.",
  },
  "cli.missingArgument": {
    en: "{command} needs {argument}. Example: {example}",
    es: "{command} necesita {argument}. Ejemplo: {example}",
    fr: "{command} a besoin de {argument}. Exemple : {example}",
  },
  "cli.fileExists": {
    en: "{file} already exists. Choose another name, or add --force to replace it.",
    es: "{file} ya existe. Elija otro nombre o añada --force para reemplazarlo.",
    fr: "{file} existe déjà. Choisissez un autre nom, ou ajoutez --force pour le remplacer.",
  },
  "cli.fileMissing": {
    en: "{file} does not exist. Check the path, or create it with rights-matrix init {file}.",
    es: "{file} no existe. Compruebe la ruta o créelo con rights-matrix init {file}.",
    fr: "{file} n'existe pas. Vérifiez le chemin, ou créez-le avec rights-matrix init {file}.",
  },
  "cli.initDone": {
    en: "Created {file}: sheets {tables}, and the {listsSheet} sheet with {lists} lists.",
    es: "Se creó {file}: hojas {tables} y la hoja {listsSheet} con {lists} listas.",
    fr: "{file} créé : feuilles {tables}, et la feuille {listsSheet} avec {lists} listes.",
  },
  "cli.unknownWorkbookLanguage": {
    en: "--language {value} is not a workbook language: give en (English), es (Spanish) or fr (French).",
    es: "--language {value} no es un idioma de libro: indique en (inglés), es (español) o fr (francés).",
    fr: "--language {value} n'est pas une langue de classeur : indiquez en (anglais), es (espagnol) ou fr (français).",
  },
  "cli.unexpected": {
    en: "Something went wrong that Rights Matrix did not expect: {detail}. Nothing was written. Please report it with the command you ran.",
    es: "Ocurrió un error inesperado: {detail}. No se escribió nada. Infórmelo junto con el comando que ejecutó.",
    fr: "Une erreur inattendue s'est produite : {detail}. Rien n'a été écrit. Signalez-la avec la commande lancée.",
  },
  "cli.fileReadOnly": {
    en: "{file} is read-only, so Rights Matrix leaves it as it is. Make it writable (or work on a copy), then run the command again. Nothing was written.",
    es: "{file} es de solo lectura, así que Rights Matrix no lo modifica. Permita escribir en él (o trabaje en una copia) y vuelva a ejecutar el comando. No se escribió nada.",
    fr: "{file} est en lecture seule, donc Rights Matrix n'y touche pas. Rendez-le modifiable (ou travaillez sur une copie), puis relancez la commande. Rien n'a été écrit.",
  },
  "cli.filePermission": {
    en: "{file}: permission denied ({code}). Check that you may read and write this file and its folder, then run the command again. Nothing was written.",
    es: "{file}: permiso denegado ({code}). Compruebe que puede leer y escribir este archivo y su carpeta, y vuelva a ejecutar el comando. No se escribió nada.",
    fr: "{file} : permission refusée ({code}). Vérifiez que vous pouvez lire et écrire ce fichier et son dossier, puis relancez la commande. Rien n'a été écrit.",
  },
  "cli.fileDiskFull": {
    en: "{file}: the disk is full ({code}). Free some space, then run the command again. Nothing was written.",
    es: "{file}: el disco está lleno ({code}). Libere espacio y vuelva a ejecutar el comando. No se escribió nada.",
    fr: "{file} : le disque est plein ({code}). Libérez de l'espace, puis relancez la commande. Rien n'a été écrit.",
  },
  "cli.fileReadOnlyDisk": {
    en: "{file} is on a read-only disk or share ({code}). Copy it somewhere you can write, then run the command again. Nothing was written.",
    es: "{file} está en un disco o recurso compartido de solo lectura ({code}). Cópielo donde pueda escribir y vuelva a ejecutar el comando. No se escribió nada.",
    fr: "{file} se trouve sur un disque ou un partage en lecture seule ({code}). Copiez-le là où vous pouvez écrire, puis relancez la commande. Rien n'a été écrit.",
  },
  "cli.fileIsFolder": {
    en: "{file} is a folder, not a file ({code}). Give the path of a file. Nothing was written.",
    es: "{file} es una carpeta, no un archivo ({code}). Indique la ruta de un archivo. No se escribió nada.",
    fr: "{file} est un dossier, pas un fichier ({code}). Indiquez le chemin d'un fichier. Rien n'a été écrit.",
  },
  "cli.fileNoFolder": {
    en: "{file}: the file or its folder cannot be found ({code}). Check the path, then run the command again. Nothing was written.",
    es: "{file}: no se encuentra el archivo o su carpeta ({code}). Compruebe la ruta y vuelva a ejecutar el comando. No se escribió nada.",
    fr: "{file} : le fichier ou son dossier est introuvable ({code}). Vérifiez le chemin, puis relancez la commande. Rien n'a été écrit.",
  },
  "cli.fileIoError": {
    en: "{file}: the system could not read or write it ({code}). Check the disk or the network share, then run the command again. Nothing was written.",
    es: "{file}: el sistema no pudo leerlo ni escribirlo ({code}). Compruebe el disco o el recurso de red y vuelva a ejecutar el comando. No se escribió nada.",
    fr: "{file} : le système n'a pas pu le lire ni l'écrire ({code}). Vérifiez le disque ou le partage réseau, puis relancez la commande. Rien n'a été écrit.",
  },
} satisfies Catalog;
