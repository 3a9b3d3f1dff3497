import type { Catalog } from "./catalog-types";

/** Messages of the Excel adapter: what can stop a write into the open workbook. */
export const EXCEL_MESSAGES = {
  "error.excelCellsBelowTable": {
    en: "{file}: table {table} needs {rows} more rows, but {location} below it is not empty. Move what is below the table, then try again; nothing was written.",
    es: "{file}: la tabla {table} necesita {rows} filas más, pero {location}, debajo de ella, no está vacía. Mueva lo que hay debajo de la tabla y vuelva a intentarlo; no se escribió nada.",
    fr: "{file} : la table {table} a besoin de {rows} lignes de plus, mais {location}, sous elle, n'est pas vide. Déplacez ce qui se trouve sous la table, puis réessayez ; rien n'a été écrit.",
  },
  "error.excelTableNameTaken": {
    en: "{file}: a table named {table} already exists on sheet {sheet}. Rename or remove that table, then try again; nothing was written.",
    es: "{file}: ya existe una tabla llamada {table} en la hoja {sheet}. Cambie el nombre de esa tabla o elimínela y vuelva a intentarlo; no se escribió nada.",
    fr: "{file} : une table nommée {table} existe déjà sur la feuille {sheet}. Renommez ou supprimez cette table, puis réessayez ; rien n'a été écrit.",
  },
  "error.excelWriteRefused": {
    en: "{file}: Excel refused the change ({reason}). Nothing in the workbook was changed; try again, or save and reopen the workbook.",
    es: "{file}: Excel rechazó el cambio ({reason}). No se modificó nada en el libro; vuelva a intentarlo, o guarde y vuelva a abrir el libro.",
    fr: "{file} : Excel a refusé la modification ({reason}). Rien n'a été modifié dans le classeur ; réessayez, ou enregistrez et rouvrez le classeur.",
  },
  "error.excelWriteInterrupted": {
    en: "{file}: Excel stopped while writing the last step ({reason}); sheets {sheets} may be only partly written. Run the same command again: it rewrites them whole.",
    es: "{file}: Excel se detuvo al escribir el último paso ({reason}); las hojas {sheets} pueden haber quedado escritas solo en parte. Vuelva a ejecutar el mismo comando: las reescribe enteras.",
    fr: "{file} : Excel s'est arrêté pendant la dernière étape d'écriture ({reason}) ; les feuilles {sheets} peuvent n'être écrites qu'en partie. Relancez la même commande : elle les réécrit entièrement.",
  },
  "error.excelWriteTooLarge": {
    en: "{file}: the change to sheets {sheets} needs more formatting commands than Excel takes in one request. Nothing was written; make the change in smaller parts (fewer rows at a time).",
    es: "{file}: el cambio en las hojas {sheets} necesita más comandos de formato de los que Excel acepta en una solicitud. No se escribió nada; haga el cambio en partes más pequeñas (menos filas a la vez).",
    fr: "{file} : la modification des feuilles {sheets} demande plus de commandes de mise en forme qu'Excel n'en accepte en une requête. Rien n'a été écrit ; faites la modification en plusieurs fois (moins de lignes à la fois).",
  },
} satisfies Catalog;
