import type { Catalog } from "./catalog-types";

/** Messages of the validation rules (`core/validate`), the SMART rating and the validate command. */
export const VALIDATE_MESSAGES = {
  "validate.ACT-ID-MISSING": {
    en: "This action has no Action ID; give it one (for example A-001) so indicators and reports can refer to it.",
    es: "Esta acción no tiene ID de acción; asígnele uno (por ejemplo A-001) para que los indicadores e informes puedan referirse a ella.",
    fr: "Cette action n'a pas d'ID d'action ; donnez-lui-en un (par exemple A-001) pour que les indicateurs et rapports puissent s'y référer.",
  },
  "validate.ACT-ID-DUPLICATE": {
    en: "The Action ID {id} is used by more than one action; each action needs its own ID.",
    es: "El ID de acción {id} lo usa más de una acción; cada acción necesita su propio ID.",
    fr: "L'ID d'action {id} est utilisé par plusieurs actions ; chaque action a besoin de son propre identifiant.",
  },
  "validate.ACT-DESCRIPTION-MISSING": {
    en: "The action has no description: say what will be done.",
    es: "La acción no tiene descripción: indique qué se hará.",
    fr: "L'action n'a pas de description : indiquez ce qui sera fait.",
  },
  "validate.ACT-DESCRIPTION-PLACEHOLDER": {
    en: "\"{value}\" is a placeholder, not a description: say what will be done.",
    es: "\"{value}\" es un marcador de posición, no una descripción: indique qué se hará.",
    fr: "« {value} » est un espace réservé, pas une description : indiquez ce qui sera fait.",
  },
  "validate.ACT-DESCRIPTION-VAGUE": {
    en: "\"{value}\" is too short to say what will be done; describe the action in at least {words} words.",
    es: "\"{value}\" es demasiado breve para indicar qué se hará; describa la acción en al menos {words} palabras.",
    fr: "« {value} » est trop bref pour dire ce qui sera fait ; décrivez l'action en {words} mots au moins.",
  },
  "validate.ACT-LINK-MISSING": {
    en: "The action implements nothing: add at least one recommendation ID or a cluster ID.",
    es: "La acción no implementa nada: añada al menos un ID de recomendación o un ID de grupo temático.",
    fr: "L'action ne met rien en œuvre : ajoutez au moins un identifiant de recommandation ou de groupe thématique.",
  },
  "validate.ACT-RECOMMENDATION-UNKNOWN": {
    en: "No recommendation has the ID {ids}; check the spelling against the Recommendations sheet.",
    es: "Ninguna recomendación tiene el ID {ids}; compruebe la ortografía en la hoja Recommendations.",
    fr: "Aucune recommandation n'a l'identifiant {ids} ; vérifiez l'orthographe dans la feuille Recommendations.",
  },
  "validate.ACT-CLUSTER-UNKNOWN": {
    en: "No cluster has the ID {id}; pick one from the Clusters sheet.",
    es: "Ningún grupo temático tiene el ID {id}; elija uno de la hoja Clusters.",
    fr: "Aucun groupe thématique n'a l'identifiant {id} ; choisissez-en un dans la feuille Clusters.",
  },
  "validate.ACT-LEAD-MISSING": {
    en: "The action has no lead institution: say who is responsible.",
    es: "La acción no tiene institución responsable: indique quién está a cargo.",
    fr: "L'action n'a pas d'institution cheffe de file : indiquez qui en est responsable.",
  },
  "validate.ACT-LEAD-UNKNOWN": {
    en: "\"{value}\" is not listed in Institutions; pick it from the list or add it to the Institutions sheet.",
    es: "\"{value}\" no figura en Institutions; elíjala de la lista o añádala a la hoja Institutions.",
    fr: "« {value} » ne figure pas dans Institutions ; choisissez-la dans la liste ou ajoutez-la à la feuille Institutions.",
  },
  "validate.ACT-PARTNER-UNKNOWN": {
    en: "Partner {names} not listed in Institutions; add them there or correct the spelling.",
    es: "Socio(s) {names} no figura(n) en Institutions; añádalos allí o corrija la ortografía.",
    fr: "Partenaire(s) {names} absent(s) de Institutions ; ajoutez-les-y ou corrigez l'orthographe.",
  },
  "validate.ACT-DATE-INVALID": {
    en: "{column}: \"{value}\" is not a date between {earliest} and {latest}; enter a date such as 2026-03-31.",
    es: "{column}: \"{value}\" no es una fecha entre {earliest} y {latest}; introduzca una fecha como 2026-03-31.",
    fr: "{column} : « {value} » n'est pas une date entre {earliest} et {latest} ; saisissez une date comme 2026-03-31.",
  },
  "validate.ACT-DATE-TEXT": {
    en: "{column}: \"{value}\" is text, read as {date}; retype it as a date so Excel can sort and check it.",
    es: "{column}: \"{value}\" es texto, leído como {date}; vuelva a escribirlo como fecha para que Excel pueda ordenarlo y comprobarlo.",
    fr: "{column} : « {value} » est du texte, lu comme {date} ; ressaisissez-le comme date pour qu'Excel puisse le trier et le vérifier.",
  },
  "validate.ACT-DEADLINE-MISSING": {
    en: "The action has no deadline: say when it will be done.",
    es: "La acción no tiene plazo: indique cuándo se realizará.",
    fr: "L'action n'a pas d'échéance : indiquez quand elle sera réalisée.",
  },
  "validate.ACT-DEADLINE-BEFORE-START": {
    en: "The deadline {deadline} is before the start {start}.",
    es: "El plazo {deadline} es anterior al inicio {start}.",
    fr: "L'échéance {deadline} précède le début {start}.",
  },
  "validate.ACT-STATUS-MISSING": {
    en: "The action has no status; pick one from the list ({allowed}).",
    es: "La acción no tiene estado; elija uno de la lista ({allowed}).",
    fr: "L'action n'a pas de statut ; choisissez-en un dans la liste ({allowed}).",
  },
  "validate.ACT-STATUS-UNKNOWN": {
    en: "\"{value}\" is not an action status; use one of {allowed}.",
    es: "\"{value}\" no es un estado de acción; use uno de {allowed}.",
    fr: "« {value} » n'est pas un statut d'action ; utilisez l'un de {allowed}.",
  },
  "validate.ACT-PROGRESS-INVALID": {
    en: "Progress \"{value}\" is not a number from 0 to 100.",
    es: "El avance \"{value}\" no es un número de 0 a 100.",
    fr: "L'avancement « {value} » n'est pas un nombre de 0 à 100.",
  },
  "validate.ACT-PROGRESS-COMPLETE-NOT-COMPLETED": {
    en: "Progress is 100% but the status is \"{status}\": set the status to {completed}, or lower the progress.",
    es: "El avance es 100 % pero el estado es \"{status}\": ponga el estado {completed} o reduzca el avance.",
    fr: "L'avancement est de 100 % mais le statut est « {status} » : passez le statut à {completed} ou réduisez l'avancement.",
  },
  "validate.ACT-COMPLETED-PROGRESS-LOW": {
    en: "The action is {completed} but its progress is {value}%.",
    es: "La acción está {completed} pero su avance es {value} %.",
    fr: "L'action est {completed} mais son avancement est de {value} %.",
  },
  "validate.ACT-NUMBER-TEXT": {
    en: "{column}: \"{value}\" is text, read as {number}; retype it as a number so Excel can add it up.",
    es: "{column}: \"{value}\" es texto, leído como {number}; vuelva a escribirlo como número para que Excel pueda sumarlo.",
    fr: "{column} : « {value} » est du texte, lu comme {number} ; ressaisissez-le comme nombre pour qu'Excel puisse l'additionner.",
  },
  "validate.ACT-BUDGET-INVALID": {
    en: "Budget \"{value}\" is not a number of zero or more.",
    es: "El presupuesto \"{value}\" no es un número igual o mayor que cero.",
    fr: "Le budget « {value} » n'est pas un nombre positif ou nul.",
  },
  "validate.ACT-CURRENCY-MISSING": {
    en: "The budget has no currency; pick one from the list.",
    es: "El presupuesto no tiene moneda; elija una de la lista.",
    fr: "Le budget n'a pas de devise ; choisissez-en une dans la liste.",
  },
  "validate.ACT-CURRENCY-UNKNOWN": {
    en: "\"{value}\" is not a currency on the Lists sheet; use an ISO 4217 code such as EUR or USD (add it to the Lists sheet if it is missing).",
    es: "\"{value}\" no es una moneda de la hoja de listas; use un código ISO 4217 como EUR o USD (añádalo a la hoja de listas si falta).",
    fr: "« {value} » n'est pas une devise de la feuille des listes ; utilisez un code ISO 4217 comme EUR ou USD (ajoutez-le à la feuille des listes s'il manque).",
  },
  "validate.ACT-COMPLETED-FUTURE-DEADLINE": {
    en: "The action is {completed} but its deadline {deadline} is still to come; check the status or the deadline.",
    es: "La acción está {completed} pero su plazo {deadline} aún no ha llegado; compruebe el estado o el plazo.",
    fr: "L'action est {completed} mais son échéance {deadline} n'est pas encore passée ; vérifiez le statut ou l'échéance.",
  },
  "validate.ACT-DUPLICATE": {
    en: "Same description and recommendations as action {other}: likely a duplicate.",
    es: "Misma descripción y recomendaciones que la acción {other}: probablemente un duplicado.",
    fr: "Même description et mêmes recommandations que l'action {other} : probablement un doublon.",
  },
  "validate.IND-ID-MISSING": {
    en: "This indicator has no Indicator ID; give it one (for example I-001).",
    es: "Este indicador no tiene ID de indicador; asígnele uno (por ejemplo I-001).",
    fr: "Cet indicateur n'a pas d'ID d'indicateur ; donnez-lui-en un (par exemple I-001).",
  },
  "validate.IND-ID-DUPLICATE": {
    en: "The Indicator ID {id} is used by more than one indicator; each indicator needs its own ID.",
    es: "El ID de indicador {id} lo usa más de un indicador; cada indicador necesita su propio ID.",
    fr: "L'ID d'indicateur {id} est utilisé par plusieurs indicateurs ; chaque indicateur a besoin de son propre identifiant.",
  },
  "validate.IND-ACTION-MISSING": {
    en: "The indicator is not linked to an action; enter the Action ID it measures.",
    es: "El indicador no está vinculado a ninguna acción; introduzca el ID de la acción que mide.",
    fr: "L'indicateur n'est lié à aucune action ; saisissez l'ID de l'action qu'il mesure.",
  },
  "validate.IND-ACTION-UNKNOWN": {
    en: "No action has the ID {id}; pick one from the Actions sheet.",
    es: "Ninguna acción tiene el ID {id}; elija una de la hoja Actions.",
    fr: "Aucune action n'a l'identifiant {id} ; choisissez-en une dans la feuille Actions.",
  },
  "validate.IND-NAME-MISSING": {
    en: "The indicator has no name: say what is measured.",
    es: "El indicador no tiene nombre: indique qué se mide.",
    fr: "L'indicateur n'a pas de nom : indiquez ce qui est mesuré.",
  },
  "validate.IND-TYPE-MISSING": {
    en: "The indicator has no type; choose structural, process or outcome (OHCHR indicator framework).",
    es: "El indicador no tiene tipo; elija estructural, de proceso o de resultado (marco de indicadores del ACNUDH).",
    fr: "L'indicateur n'a pas de type ; choisissez structurel, de processus ou de résultat (cadre d'indicateurs du HCDH).",
  },
  "validate.IND-TYPE-UNKNOWN": {
    en: "\"{value}\" is not an indicator type; use one of {allowed}.",
    es: "\"{value}\" no es un tipo de indicador; use uno de {allowed}.",
    fr: "« {value} » n'est pas un type d'indicateur ; utilisez l'un de {allowed}.",
  },
  "validate.IND-UNIT-MISSING": {
    en: "A {type} indicator needs a unit (%, number of cases, EUR...).",
    es: "Un indicador de tipo {type} necesita una unidad (%, número de casos, EUR...).",
    fr: "Un indicateur de type {type} a besoin d'une unité (%, nombre de cas, EUR...).",
  },
  "validate.IND-BASELINE-MISSING": {
    en: "The indicator has no baseline: progress cannot be measured without a starting point.",
    es: "El indicador no tiene línea de base: sin punto de partida no se puede medir el avance.",
    fr: "L'indicateur n'a pas de valeur de référence : sans point de départ, le progrès ne peut être mesuré.",
  },
  "validate.IND-TARGET-MISSING": {
    en: "The indicator has no target: say what value the action should reach.",
    es: "El indicador no tiene meta: indique qué valor debe alcanzar la acción.",
    fr: "L'indicateur n'a pas de cible : indiquez la valeur que l'action doit atteindre.",
  },
  "validate.IND-VALUE-NOT-NUMERIC": {
    en: "{column}: \"{value}\" is not a number, but the unit \"{unit}\" is numeric.",
    es: "{column}: \"{value}\" no es un número, pero la unidad \"{unit}\" es numérica.",
    fr: "{column} : « {value} » n'est pas un nombre, alors que l'unité « {unit} » est numérique.",
  },
  "validate.IND-YEAR-MISSING": {
    en: "{column} is missing: a {value} needs the year it refers to.",
    es: "Falta {column}: el dato «{value}» necesita el año al que se refiere.",
    fr: "{column} manque : la donnée « {value} » a besoin de l'année à laquelle elle se rapporte.",
  },
  "validate.IND-YEAR-INVALID": {
    en: "{column}: \"{value}\" is not a year between {earliest} and {latest}.",
    es: "{column}: \"{value}\" no es un año entre {earliest} y {latest}.",
    fr: "{column} : « {value} » n'est pas une année entre {earliest} et {latest}.",
  },
  "validate.IND-TARGET-YEAR-BEFORE-BASELINE": {
    en: "The target year {target} is before the baseline year {baseline}.",
    es: "El año de la meta {target} es anterior al año de la línea de base {baseline}.",
    fr: "L'année cible {target} précède l'année de référence {baseline}.",
  },
  "validate.IND-CURRENT-DATE-MISSING": {
    en: "The current value has no date: say when it was measured.",
    es: "El valor actual no tiene fecha: indique cuándo se midió.",
    fr: "La valeur actuelle n'a pas de date : indiquez quand elle a été mesurée.",
  },
  "validate.IND-DATE-INVALID": {
    en: "{column}: \"{value}\" is not a date between {earliest} and {latest}; enter a date such as 2026-03-31.",
    es: "{column}: \"{value}\" no es una fecha entre {earliest} y {latest}; introduzca una fecha como 2026-03-31.",
    fr: "{column} : « {value} » n'est pas une date entre {earliest} et {latest} ; saisissez une date comme 2026-03-31.",
  },
  "validate.IND-DATE-TEXT": {
    en: "{column}: \"{value}\" is text, read as {date}; retype it as a date so Excel can sort and check it.",
    es: "{column}: \"{value}\" es texto, leído como {date}; vuelva a escribirlo como fecha para que Excel pueda ordenarlo y comprobarlo.",
    fr: "{column} : « {value} » est du texte, lu comme {date} ; ressaisissez-le comme date pour qu'Excel puisse le trier et le vérifier.",
  },
  "validate.IND-SOURCE-MISSING": {
    en: "The indicator has no data source: say where the figures come from.",
    es: "El indicador no tiene fuente de datos: indique de dónde provienen las cifras.",
    fr: "L'indicateur n'a pas de source de données : indiquez d'où viennent les chiffres.",
  },
  "validate.IND-FREQUENCY-MISSING": {
    en: "The indicator has no reporting frequency; pick one from the list ({allowed}).",
    es: "El indicador no tiene frecuencia de informe; elija una de la lista ({allowed}).",
    fr: "L'indicateur n'a pas de fréquence de collecte ; choisissez-en une dans la liste ({allowed}).",
  },
  "validate.IND-FREQUENCY-UNKNOWN": {
    en: "\"{value}\" is not a frequency; use one of {allowed}.",
    es: "\"{value}\" no es una frecuencia; use una de {allowed}.",
    fr: "« {value} » n'est pas une fréquence ; utilisez l'une de {allowed}.",
  },
  "validate.IND-RESPONSIBLE-UNKNOWN": {
    en: "\"{value}\" is not listed in Institutions; pick it from the list or add it to the Institutions sheet.",
    es: "\"{value}\" no figura en Institutions; elíjala de la lista o añádala a la hoja Institutions.",
    fr: "« {value} » ne figure pas dans Institutions ; choisissez-la dans la liste ou ajoutez-la à la feuille Institutions.",
  },
  "validate.COV-RECOMMENDATION-UNADDRESSED": {
    en: "No action addresses this recommendation, directly or through its cluster.",
    es: "Ninguna acción atiende esta recomendación, ni directamente ni a través de su grupo temático.",
    fr: "Aucune action ne répond à cette recommandation, ni directement ni par son groupe thématique.",
  },
  "validate.COV-CLUSTER-NO-LEAD": {
    en: "The cluster {id} has no lead institution: say who coordinates it.",
    es: "El grupo temático {id} no tiene institución líder: indique quién lo coordina.",
    fr: "Le groupe thématique {id} n'a pas d'institution cheffe de file : indiquez qui le coordonne.",
  },
  "validate.smart.full": { en: "5/5 SMART", es: "5/5 SMART", fr: "5/5 SMART" },
  "validate.smart.partial": {
    en: "{score}/5, missing: {missing}",
    es: "{score}/5, falta: {missing}",
    fr: "{score}/5, manque : {missing}",
  },
  "validate.smart.specific": { en: "specific", es: "específica", fr: "spécifique" },
  "validate.smart.measurable": { en: "measurable", es: "medible", fr: "mesurable" },
  "validate.smart.assignable": { en: "assignable", es: "asignable", fr: "attribuable" },
  "validate.smart.relevant": { en: "relevant", es: "pertinente", fr: "pertinente" },
  "validate.smart.timeBound": { en: "time-bound", es: "con plazo", fr: "datée" },
  "validate.severity.error": { en: "error", es: "error", fr: "erreur" },
  "validate.severity.warning": { en: "warning", es: "aviso", fr: "avertissement" },
  "validate.noTables": {
    en: "{file} has no Actions or Indicators table to validate. Create the structure with rights-matrix init, or restore the tables.",
    es: "{file} no tiene tabla Actions ni Indicators que validar. Cree la estructura con rights-matrix init o restaure las tablas.",
    fr: "{file} n'a pas de table Actions ou Indicators à valider. Créez la structure avec rights-matrix init, ou rétablissez les tables.",
  },
  "cli.validate.clean": {
    en: "{file}: no findings in {actions} actions and {indicators} indicators.",
    es: "{file}: ningún hallazgo en {actions} acciones y {indicators} indicadores.",
    fr: "{file} : aucun constat dans {actions} actions et {indicators} indicateurs.",
  },
  "cli.validate.summary": {
    en: "{file}: {errors} errors, {warnings} warnings in {actions} actions and {indicators} indicators.",
    es: "{file}: {errors} errores, {warnings} avisos en {actions} acciones y {indicators} indicadores.",
    fr: "{file} : {errors} erreurs, {warnings} avertissements dans {actions} actions et {indicators} indicateurs.",
  },
  "cli.validate.smartWritten": {
    en: "SMART rating written for {count} actions.",
    es: "Calificación SMART escrita para {count} acciones.",
    fr: "Note SMART écrite pour {count} actions.",
  },
  "cli.validate.table": {
    en: "{table}: {errors} errors, {warnings} warnings",
    es: "{table}: {errors} errores, {warnings} avisos",
    fr: "{table} : {errors} erreurs, {warnings} avertissements",
  },
  "cli.validate.more": {
    en: "… and {count} more {code} (all of them with --json)",
    es: "… y {count} más {code} (todos con --json)",
    fr: "… et {count} autres {code} (tous avec --json)",
  },
  "cli.loadPlanDone": {
    en: "Loaded {file}: {institutions} institutions, {clusters} clusters, {actions} actions, {indicators} indicators.",
    es: "Cargado {file}: {institutions} instituciones, {clusters} grupos temáticos, {actions} acciones, {indicators} indicadores.",
    fr: "{file} chargé : {institutions} institutions, {clusters} groupes thématiques, {actions} actions, {indicators} indicateurs.",
  },
  "error.planNotJson": {
    en: "{file} is not a JSON plan file ({reason}); nothing was written.",
    es: "{file} no es un archivo de plan JSON ({reason}); no se escribió nada.",
    fr: "{file} n'est pas un fichier de plan JSON ({reason}) ; rien n'a été écrit.",
  },
  "error.planUnknownTable": {
    en: "{file}: \"{section}\" is not a table of a plan; use institutions, clusters, actions or indicators. Nothing was written.",
    es: "{file}: \"{section}\" no es una tabla de un plan; use institutions, clusters, actions o indicators. No se escribió nada.",
    fr: "{file} : « {section} » n'est pas une table d'un plan ; utilisez institutions, clusters, actions ou indicators. Rien n'a été écrit.",
  },
  "error.planBadRow": {
    en: "{file}, {section}, row {row}: {problem}. Nothing was written.",
    es: "{file}, {section}, fila {row}: {problem}. No se escribió nada.",
    fr: "{file}, {section}, ligne {row} : {problem}. Rien n'a été écrit.",
  },
  "error.planUnknownColumn": {
    en: "{file}, {section}, row {row}: \"{column}\" is not a column of {table}. Nothing was written.",
    es: "{file}, {section}, fila {row}: \"{column}\" no es una columna de {table}. No se escribió nada.",
    fr: "{file}, {section}, ligne {row} : « {column} » n'est pas une colonne de {table}. Rien n'a été écrit.",
  },
} satisfies Catalog;
