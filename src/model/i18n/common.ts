import type { Catalog } from "./catalog-types";

export const COMMON_MESSAGES = {
  "app.name": { en: "Rights Matrix", es: "Rights Matrix", fr: "Rights Matrix" },
  "app.tagline": {
    en: "Follow up UN human rights recommendations where you already work: in Excel.",
    es: "Dé seguimiento a las recomendaciones de derechos humanos de la ONU donde ya trabaja: en Excel.",
    fr: "Suivez les recommandations des droits de l'homme de l'ONU là où vous travaillez déjà : dans Excel.",
  },
  "app.privacy": {
    en: "Rights Matrix sends nothing anywhere: your workbook's content stays in your workbook.",
    es: "Rights Matrix no envía nada a ningún sitio: el contenido de su libro se queda en su libro.",
    fr: "Rights Matrix n'envoie rien nulle part : le contenu de votre classeur reste dans votre classeur.",
  },
  "error.cellTooLong": {
    en: "{location}: the text has {length} characters; an Excel cell holds at most {max}. Shorten it or split it; nothing was written.",
    es: "{location}: el texto tiene {length} caracteres; una celda de Excel admite como máximo {max}. Acórtelo o divídalo; no se escribió nada.",
    fr: "{location} : le texte compte {length} caractères ; une cellule Excel en contient au plus {max}. Raccourcissez-le ou divisez-le ; rien n'a été écrit.",
  },
  "error.duplicateId": {
    en: "{location}: the ID {id} appears more than once in table {table}. Give each row its own ID; nothing was written.",
    es: "{location}: el ID {id} aparece más de una vez en la tabla {table}. Dé a cada fila su propio ID; no se escribió nada.",
    fr: "{location} : l'identifiant {id} figure plusieurs fois dans la table {table}. Donnez à chaque ligne son propre identifiant ; rien n'a été écrit.",
  },
  "error.missingId": {
    en: "{location}: a row in table {table} has no {column}. Every row needs one; nothing was written.",
    es: "{location}: una fila de la tabla {table} no tiene {column}. Cada fila necesita uno; no se escribió nada.",
    fr: "{location} : une ligne de la table {table} n'a pas de {column}. Chaque ligne en a besoin ; rien n'a été écrit.",
  },
  "error.notAWorkbook": {
    en: "{file} is not an .xlsx workbook that Rights Matrix can read ({reason}).",
    es: "{file} no es un libro .xlsx que Rights Matrix pueda leer ({reason}).",
    fr: "{file} n'est pas un classeur .xlsx que Rights Matrix peut lire ({reason}).",
  },
  "error.tableMissingColumn": {
    en: "{file}: table {table} has no column \"{column}\". Restore the column header (or run init on a new file); nothing was written.",
    es: "{file}: la tabla {table} no tiene la columna \"{column}\". Restaure el encabezado (o ejecute init en un archivo nuevo); no se escribió nada.",
    fr: "{file} : la table {table} n'a pas de colonne « {column} ». Rétablissez l'en-tête (ou lancez init sur un nouveau fichier) ; rien n'a été écrit.",
  },
  "error.workbookTooLarge": {
    en: "{file} expands to more than {limit} MB when unzipped, more than Rights Matrix reads. It may be damaged or built to exhaust memory; nothing was read.",
    es: "{file} ocupa más de {limit} MB al descomprimirse, más de lo que Rights Matrix lee. Puede estar dañado o hecho para agotar la memoria; no se leyó nada.",
    fr: "{file} occupe plus de {limit} Mo une fois décompressé, plus que ce que Rights Matrix lit. Il est peut-être endommagé ou conçu pour épuiser la mémoire ; rien n'a été lu.",
  },
  "error.workbookPartTooLarge": {
    en: "{file}: its part {part} expands to more than {limit} MB when unzipped, more than Rights Matrix reads. It may be damaged or built to exhaust memory; nothing was read.",
    es: "{file}: su parte {part} ocupa más de {limit} MB al descomprimirse, más de lo que Rights Matrix lee. Puede estar dañado o hecho para agotar la memoria; no se leyó nada.",
    fr: "{file} : sa partie {part} occupe plus de {limit} Mo une fois décompressée, plus que ce que Rights Matrix lit. Il est peut-être endommagé ou conçu pour épuiser la mémoire ; rien n'a été lu.",
  },
  "error.tableBlocked": {
    en: "{file}: table {table} needs to grow, but {cell} just below or beside it holds something. Move that cell (or add it to the table); nothing was written.",
    es: "{file}: la tabla {table} necesita crecer, pero {cell}, justo debajo o al lado, contiene algo. Mueva esa celda (o inclúyala en la tabla); no se escribió nada.",
    fr: "{file} : la table {table} doit s'agrandir, mais {cell}, juste en dessous ou à côté, contient quelque chose. Déplacez cette cellule (ou ajoutez-la à la table) ; rien n'a été écrit.",
  },
  "error.tableTotalsRow": {
    en: "{file}: table {table} on sheet {sheet} has a totals row, so rows cannot be added or removed below it. Turn the totals row off (Table Design > Total Row) and try again; nothing was written.",
    es: "{file}: la tabla {table} de la hoja {sheet} tiene una fila de totales, así que no se pueden añadir ni quitar filas. Desactive la fila de totales (Diseño de tabla > Fila de totales) y vuelva a intentarlo; no se escribió nada.",
    fr: "{file} : la table {table} de la feuille {sheet} a une ligne de total, on ne peut donc pas y ajouter ni en retirer de lignes. Désactivez la ligne de total (Création de tableau > Ligne de total) et réessayez ; rien n'a été écrit.",
  },
} satisfies Catalog;
