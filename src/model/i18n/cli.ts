import type { Catalog } from "./catalog-types";

export const CLI_MESSAGES = {
  "cli.usage": {
    en: `Usage: rights-matrix <command> [options]

Commands:
  init <workbook.xlsx> [--force]   Create a new, empty structured monitoring workbook
                                   (--force replaces an existing file)
  sample <workbook.xlsx> <plan.json>
                                   Add a plan's institutions, clusters, actions and indicators
  validate <workbook.xlsx> [--json] [--write-smart]
                                   Check the Actions and Indicators tables; exit 1 on errors
                                   (--write-smart fills the SMART rating column)

Options:
  --lang en|es|fr   Language of messages (default: from LANG)
  --help            Show this help
  --version         Show the version

Exit codes: 0 success, 1 findings, 2 bad usage or bad input.`,
    es: `Uso: rights-matrix <comando> [opciones]

Comandos:
  init <libro.xlsx> [--force]      Crea un libro de seguimiento estructurado y vacío
                                   (--force reemplaza un archivo existente)
  sample <libro.xlsx> <plan.json>
                                   Añade las instituciones, grupos, acciones e indicadores de un plan
  validate <libro.xlsx> [--json] [--write-smart]
                                   Comprueba las tablas Actions e Indicators; sale con 1 si hay errores
                                   (--write-smart rellena la columna SMART rating)

Opciones:
  --lang en|es|fr   Idioma de los mensajes (por defecto: según LANG)
  --help            Muestra esta ayuda
  --version         Muestra la versión

Códigos de salida: 0 éxito, 1 hallazgos, 2 uso o datos incorrectos.`,
    fr: `Usage : rights-matrix <commande> [options]

Commandes :
  init <classeur.xlsx> [--force]   Crée un classeur de suivi structuré et vide
                                   (--force remplace un fichier existant)
  sample <classeur.xlsx> <plan.json>
                                   Ajoute les institutions, groupes, actions et indicateurs d'un plan
  validate <classeur.xlsx> [--json] [--write-smart]
                                   Vérifie les tables Actions et Indicators ; sort avec 1 en cas d'erreur
                                   (--write-smart remplit la colonne SMART rating)

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
    en: "Created {file}: tables {tables}, and the Lists sheet with {lists} lists.",
    es: "Se creó {file}: tablas {tables} y la hoja Lists con {lists} listas.",
    fr: "{file} créé : tables {tables}, et la feuille Lists avec {lists} listes.",
  },
  "cli.unexpected": {
    en: "Something went wrong that Rights Matrix did not expect: {detail}. Nothing was written. Please report it with the command you ran.",
    es: "Ocurrió un error inesperado: {detail}. No se escribió nada. Infórmelo junto con el comando que ejecutó.",
    fr: "Une erreur inattendue s'est produite : {detail}. Rien n'a été écrit. Signalez-la avec la commande lancée.",
  },
} satisfies Catalog;
