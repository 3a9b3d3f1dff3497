import type { Catalog } from "./catalog-types";
import { CONCEPT_MESSAGES } from "./suggest-concepts";

/** Suggestions (themes, SDG targets, overlaps, clusters), their reasons, and accepting them. */
export const SUGGEST_MESSAGES = {
  ...CONCEPT_MESSAGES,
  "suggest.reason.theme": {
    en: "Mentions {evidence}",
    es: "Menciona {evidence}",
    fr: "Mentionne {evidence}",
  },
  "suggest.reason.sdg": {
    en: "Mentions {evidence}",
    es: "Menciona {evidence}",
    fr: "Mentionne {evidence}",
  },
  "suggest.reason.sdgWording": {
    en: "wording close to the target ({words})",
    es: "redacción cercana a la meta ({words})",
    fr: "formulation proche de la cible ({words})",
  },
  "suggest.reason.overlapSameAsk": {
    en: "Same ask: {ask}. Wording similarity {similarity}.",
    es: "Misma petición: {ask}. Similitud de redacción {similarity}.",
    fr: "Même demande : {ask}. Similarité de formulation {similarity}.",
  },
  "suggest.reason.overlapPartialAsk": {
    en: "Overlapping asks: {ask}; some ask for more, or for part. Wording similarity {similarity}.",
    es: "Peticiones que se solapan: {ask}; algunas piden más, o una parte. Similitud de redacción {similarity}.",
    fr: "Demandes qui se recoupent : {ask} ; certaines demandent plus, ou une partie. Similarité de formulation {similarity}.",
  },
  "suggest.reason.overlapSimilar": {
    en: "Nearly the same wording; shared terms: {terms}. Similarity {similarity}.",
    es: "Redacción casi idéntica; términos comunes: {terms}. Similitud {similarity}.",
    fr: "Formulation presque identique ; termes communs : {terms}. Similarité {similarity}.",
  },
  "suggest.reason.overlapSimilarPartial": {
    en: "Similar wording, one asks for more or for part; shared terms: {terms}. Similarity {similarity}.",
    es: "Redacción parecida, una pide más o una parte; términos comunes: {terms}. Similitud {similarity}.",
    fr: "Formulation proche, l'une demande plus ou une partie ; termes communs : {terms}. Similarité {similarity}.",
  },
  "suggest.reason.clusterTheme": {
    en: "{shared} of {count} recommendations share the theme “{label}”. Also shared by most: {others}. Frequent words: {terms}.",
    es: "{shared} de {count} recomendaciones comparten el tema «{label}». También comparten la mayoría: {others}. Palabras frecuentes: {terms}.",
    fr: "{shared} recommandations sur {count} partagent le thème « {label} ». Également partagé par la plupart : {others}. Mots fréquents : {terms}.",
  },
  "suggest.reason.clusterConcept": {
    en: "{shared} of {count} recommendations mention {label}. Also shared by most: {others}. Frequent words: {terms}.",
    es: "{shared} de {count} recomendaciones mencionan {label}. También comparten la mayoría: {others}. Palabras frecuentes: {terms}.",
    fr: "{shared} recommandations sur {count} mentionnent {label}. Également partagé par la plupart : {others}. Mots fréquents : {terms}.",
  },
  "suggest.reason.clusterMixed": {
    en: "{count} recommendations with no theme shared by most of them; themes that come up: {themes}. Frequent words: {terms}.",
    es: "{count} recomendaciones sin un tema que compartan la mayoría; temas que aparecen: {themes}. Palabras frecuentes: {terms}.",
    fr: "{count} recommandations sans thème partagé par la plupart ; thèmes présents : {themes}. Mots fréquents : {terms}.",
  },
  "suggest.reason.existingCluster": {
    en: "{count} recommendations not yet in a cluster fit your cluster “{name}”.",
    es: "{count} recomendaciones que aún no están en un grupo temático encajan en su grupo «{name}».",
    fr: "{count} recommandations qui ne sont encore dans aucun groupe thématique correspondent à votre groupe « {name} ».",
  },
  "suggest.reason.fits": {
    en: "Fits “{name}”: both mention {evidence}.",
    es: "Encaja en «{name}»: ambos mencionan {evidence}.",
    fr: "Correspond à « {name} » : les deux mentionnent {evidence}.",
  },
  "suggest.reason.fitsWithOverlap": {
    en: "Goes with “{name}” because it asks for the same thing as recommendations placed there (overlap group {group}).",
    es: "Va con «{name}» porque pide lo mismo que recomendaciones asignadas allí (grupo de coincidencia {group}).",
    fr: "Va avec « {name} » car elle demande la même chose que des recommandations placées là (groupe de recoupement {group}).",
  },
  "suggest.clusterWithoutTheme": {
    en: "Other recommendations",
    es: "Otras recomendaciones",
    fr: "Autres recommandations",
  },
  "suggest.action.ratify": { en: "ratify or accede to", es: "ratificar o adherirse a", fr: "ratifier ou adhérer à" },
  "suggest.action.withdraw-reservations": { en: "withdraw reservations to", es: "retirar reservas a", fr: "retirer les réserves à" },
  "suggest.action.establish": { en: "establish", es: "establecer", fr: "établir" },
  "suggest.action.strengthen": { en: "strengthen", es: "fortalecer", fr: "renforcer" },
  "suggest.action.comply": { en: "bring into line with the standards", es: "ajustar a las normas", fr: "mettre en conformité" },
  "suggest.action.implement": { en: "implement", es: "aplicar", fr: "mettre en œuvre" },
  "suggest.action.other": { en: "act on", es: "actuar sobre", fr: "agir sur" },
  "suggest.noRecommendationsTable": {
    en: "{workbook} has no Recommendations table. Create the structure first (rights-matrix init), then import recommendations.",
    es: "{workbook} no tiene la tabla Recommendations. Cree primero la estructura (rights-matrix init) y luego importe recomendaciones.",
    fr: "{workbook} n'a pas de table Recommendations. Créez d'abord la structure (rights-matrix init), puis importez des recommandations.",
  },
  "suggest.noRecommendations": {
    en: "{workbook}: the Recommendations table is empty, so there is nothing to suggest. Import recommendations first.",
    es: "{workbook}: la tabla Recommendations está vacía; no hay nada que sugerir. Importe primero recomendaciones.",
    fr: "{workbook} : la table Recommendations est vide ; il n'y a rien à suggérer. Importez d'abord des recommandations.",
  },
  "suggest.allClustered": {
    en: "{workbook}: all {count} recommendations are in a cluster already, so there is nothing new to cluster. To review them all again, include the recommendations already in a cluster.",
    es: "{workbook}: las {count} recomendaciones ya están en un grupo temático; no hay nada nuevo que agrupar. Para revisarlas todas de nuevo, incluya las recomendaciones que ya están en un grupo.",
    fr: "{workbook} : les {count} recommandations sont déjà dans un groupe thématique ; il n'y a rien de nouveau à regrouper. Pour toutes les revoir, incluez les recommandations déjà dans un groupe.",
  },
  "suggest.badClusterCount": {
    en: "The number of clusters must be a whole number from 1 to {max}; got \"{value}\".",
    es: "El número de grupos temáticos debe ser un número entero de 1 a {max}; se recibió \"{value}\".",
    fr: "Le nombre de groupes thématiques doit être un nombre entier de 1 à {max} ; reçu « {value} ».",
  },
  "suggest.cancelled": {
    en: "The analysis was cancelled. Nothing was written.",
    es: "Se canceló el análisis. No se escribió nada.",
    fr: "L'analyse a été annulée. Rien n'a été écrit.",
  },
  "accept.notJson": {
    en: "{file} is not a suggestions file that Rights Matrix can read ({detail}). Save the output of rights-matrix suggest --json; nothing was written.",
    es: "{file} no es un archivo de sugerencias que Rights Matrix pueda leer ({detail}). Guarde la salida de rights-matrix suggest --json; no se escribió nada.",
    fr: "{file} n'est pas un fichier de suggestions que Rights Matrix peut lire ({detail}). Enregistrez la sortie de rights-matrix suggest --json ; rien n'a été écrit.",
  },
  "accept.badField": {
    en: "{file}, {path}: expected {expected}. Nothing was written.",
    es: "{file}, {path}: se esperaba {expected}. No se escribió nada.",
    fr: "{file}, {path} : {expected} attendu. Rien n'a été écrit.",
  },
  "accept.unknownRecommendation": {
    en: "{file}, {path}: there is no recommendation with ID {id} in {workbook}. Nothing was written.",
    es: "{file}, {path}: no hay ninguna recomendación con el ID {id} en {workbook}. No se escribió nada.",
    fr: "{file}, {path} : aucune recommandation n'a l'identifiant {id} dans {workbook}. Rien n'a été écrit.",
  },
  "accept.unknownTarget": {
    en: "{file}, {path}: \"{target}\" is not one of the 169 SDG targets (write it like 16.3 or 1.a). Nothing was written.",
    es: "{file}, {path}: \"{target}\" no es una de las 169 metas de los ODS (escríbala como 16.3 o 1.a). No se escribió nada.",
    fr: "{file}, {path} : « {target} » n'est pas l'une des 169 cibles des ODD (écrivez-la comme 16.3 ou 1.a). Rien n'a été écrit.",
  },
  "accept.twiceInClusters": {
    en: "{file}, {path}: recommendation {id} is already in another accepted cluster; a recommendation belongs to one cluster. Nothing was written.",
    es: "{file}, {path}: la recomendación {id} ya está en otro grupo aceptado; una recomendación pertenece a un solo grupo. No se escribió nada.",
    fr: "{file}, {path} : la recommandation {id} est déjà dans un autre groupe accepté ; une recommandation appartient à un seul groupe. Rien n'a été écrit.",
  },
  "accept.badValue": {
    en: "{file}, {path}: \"{value}\" cannot go into a cell of the {column} column (it contains \";\", the separator of that column). Nothing was written.",
    es: "{file}, {path}: \"{value}\" no puede ir en una celda de la columna {column} (contiene \";\", el separador de esa columna). No se escribió nada.",
    fr: "{file}, {path} : « {value} » ne peut pas aller dans une cellule de la colonne {column} (il contient « ; », le séparateur de cette colonne). Rien n'a été écrit.",
  },
  "cli.suggestSummary": {
    en: "{workbook}: {recommendations} recommendations, {clusters} suggested clusters, {overlaps} overlap groups ({direct} direct, {partial} partial), themes for {themed}, SDG targets for {targeted}.",
    es: "{workbook}: {recommendations} recomendaciones, {clusters} grupos temáticos sugeridos, {overlaps} grupos de coincidencia ({direct} directos, {partial} parciales), temas para {themed}, metas de los ODS para {targeted}.",
    fr: "{workbook} : {recommendations} recommandations, {clusters} groupes thématiques suggérés, {overlaps} groupes de recoupement ({direct} directs, {partial} partiels), thèmes pour {themed}, cibles des ODD pour {targeted}.",
  },
  "cli.suggestClustersHeading": { en: "Clusters:", es: "Grupos temáticos:", fr: "Groupes thématiques :" },
  "cli.suggestOverlapsHeading": { en: "Overlap groups:", es: "Grupos de coincidencia:", fr: "Groupes de recoupement :" },
  "cli.suggestCluster": {
    en: "  {id}  {name} ({count})\n        {reason}",
    es: "  {id}  {name} ({count})\n        {reason}",
    fr: "  {id}  {name} ({count})\n        {reason}",
  },
  "cli.suggestOverlap": {
    en: "  {id}  [{kind}] {ids}\n        {reason}",
    es: "  {id}  [{kind}] {ids}\n        {reason}",
    fr: "  {id}  [{kind}] {ids}\n        {reason}",
  },
  "cli.andMore": {
    en: "{list} and {count} more",
    es: "{list} y {count} más",
    fr: "{list} et {count} de plus",
  },
  "cli.suggestHint": {
    en: "Nothing was written. Accept everything with: rights-matrix accept {file} --all\nor save the suggestions with --json, delete what you reject, and run: rights-matrix accept {file} --from suggestions.json",
    es: "No se escribió nada. Acepte todo con: rights-matrix accept {file} --all\no guarde las sugerencias con --json, borre lo que rechace y ejecute: rights-matrix accept {file} --from suggestions.json",
    fr: "Rien n'a été écrit. Acceptez tout avec : rights-matrix accept {file} --all\nou enregistrez les suggestions avec --json, supprimez ce que vous refusez, puis lancez : rights-matrix accept {file} --from suggestions.json",
  },
  "cli.acceptNeedsSource": {
    en: "accept needs either --all or --from suggestions.json (not both). Example: rights-matrix accept monitoring.xlsx --all",
    es: "accept necesita --all o --from suggestions.json (no ambos). Ejemplo: rights-matrix accept seguimiento.xlsx --all",
    fr: "accept a besoin de --all ou de --from suggestions.json (pas des deux). Exemple : rights-matrix accept suivi.xlsx --all",
  },
  "cli.acceptDone": {
    en: "{file}: added {clusters} clusters and set the cluster of {assigned} recommendations ({keptClusters} already had one and kept it); overlap group on {grouped} ({keptGroups} kept); themes added on {themed}, SDG targets on {targeted}.",
    es: "{file}: se añadieron {clusters} grupos temáticos y se asignó el grupo temático de {assigned} recomendaciones ({keptClusters} ya tenían uno y lo conservan); grupo de coincidencia en {grouped} ({keptGroups} conservados); temas añadidos en {themed}, metas de los ODS en {targeted}.",
    fr: "{file} : {clusters} groupes thématiques ajoutés et groupe thématique attribué à {assigned} recommandations ({keptClusters} en avaient déjà un et le gardent) ; groupe de recoupement sur {grouped} ({keptGroups} gardés) ; thèmes ajoutés sur {themed}, cibles des ODD sur {targeted}.",
  },
  "accept.unknownCluster": {
    en: "{file}, {path}: {workbook} has no cluster {id}, so recommendations cannot be added to it. Nothing was written.",
    es: "{file}, {path}: {workbook} no tiene el grupo temático {id}; no se le pueden añadir recomendaciones. No se escribió nada.",
    fr: "{file}, {path} : {workbook} n'a pas de groupe thématique {id} ; on ne peut pas y ajouter de recommandations. Rien n'a été écrit.",
  },
  "accept.outcome.cluster": { en: "{id} {name} ({count})", es: "{id} {name} ({count})", fr: "{id} {name} ({count})" },
  "accept.outcome.renumbered": {
    en: "{id} {name} ({count}; suggested as {suggestedId})",
    es: "{id} {name} ({count}; sugerido como {suggestedId})",
    fr: "{id} {name} ({count} ; suggéré comme {suggestedId})",
  },
  "accept.outcome.added": { en: "New clusters: {list}.", es: "Grupos temáticos nuevos: {list}.", fr: "Nouveaux groupes thématiques : {list}." },
  "accept.outcome.filled": {
    en: "Recommendations placed in your clusters: {list}.",
    es: "Recomendaciones asignadas a sus grupos temáticos: {list}.",
    fr: "Recommandations placées dans vos groupes thématiques : {list}.",
  },
  "accept.outcome.notAdded": {
    en: "Not added, because each of their recommendations already had a cluster: {list}.",
    es: "No añadidos, porque cada una de sus recomendaciones ya tenía un grupo temático: {list}.",
    fr: "Non ajoutés, car chacune de leurs recommandations avait déjà un groupe thématique : {list}.",
  },
  "cli.suggestExistingCluster": {
    en: "  {id}  {name}: {count} to add to this cluster of yours\n        {reason}",
    es: "  {id}  {name}: {count} para añadir a este grupo suyo\n        {reason}",
    fr: "  {id}  {name} : {count} à ajouter à ce groupe qui est le vôtre\n        {reason}",
  },
  "cli.suggestLeftOut": {
    en: "{count} recommendations already in a cluster were left out; add --include-clustered to analyse them too.",
    es: "Se dejaron fuera {count} recomendaciones que ya están en un grupo temático; añada --include-clustered para analizarlas también.",
    fr: "{count} recommandations déjà dans un groupe thématique ont été laissées de côté ; ajoutez --include-clustered pour les analyser aussi.",
  },
} satisfies Catalog;
