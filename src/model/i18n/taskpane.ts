import type { Catalog } from "./catalog-types";

export const TASKPANE_MESSAGES = {
  "taskpane.loading": { en: "Loading…", es: "Cargando…", fr: "Chargement…" },
  "taskpane.mode.excel": {
    en: "Working on the open Excel workbook.",
    es: "Trabajando en el libro de Excel abierto.",
    fr: "Travail sur le classeur Excel ouvert.",
  },
  "taskpane.mode.standalone": {
    en: "Standalone mode: Excel is not hosting this page. Open or create a workbook here, then download it.",
    es: "Modo independiente: Excel no aloja esta página. Abra o cree un libro aquí y descárguelo después.",
    fr: "Mode autonome : Excel n'héberge pas cette page. Ouvrez ou créez un classeur ici, puis téléchargez-le.",
  },
  "taskpane.structure.title": { en: "Workbook structure", es: "Estructura del libro", fr: "Structure du classeur" },
  "taskpane.structure.create": {
    en: "Create the monitoring tables",
    es: "Crear las tablas de seguimiento",
    fr: "Créer les tables de suivi",
  },
  "taskpane.structure.created": {
    en: "The monitoring tables and the Lists sheet are in place.",
    es: "Las tablas de seguimiento y la hoja Lists están listas.",
    fr: "Les tables de suivi et la feuille Lists sont en place.",
  },
  "taskpane.structure.present": {
    en: "{count} of {total} tables present.",
    es: "{count} de {total} tablas presentes.",
    fr: "{count} tables présentes sur {total}.",
  },
  "taskpane.error.title": { en: "That did not work", es: "No funcionó", fr: "Cela n'a pas fonctionné" },
  "taskpane.download": { en: "Download workbook", es: "Descargar el libro", fr: "Télécharger le classeur" },
  "taskpane.language": { en: "Language", es: "Idioma", fr: "Langue" },
} satisfies Catalog;
