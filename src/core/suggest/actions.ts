import { normalizeText } from "../../model/ids";

/** What a recommendation asks the State to do with the thing it names. */
export type AskAction = "ratify" | "withdraw-reservations" | "establish" | "strengthen" | "comply" | "implement" | "other";

/** Verbs in English, Spanish and French, on normalised text (lower case, no accents). */
const ACTION_PATTERNS: readonly (readonly [AskAction, RegExp])[] = [
  ["withdraw-reservations", /\b(withdraw\w*|lift\w*|retir\w*|levantar|lever)\b(\s+\S+){0,6}\s+(reserv\w*)/],
  ["ratify", /\b(ratif\w*|accede|acceding|accession|adhere|adhering|adher\w*|adhesion|sign|signing|firmar|signer|become party|devenir partie|hacerse parte)\b/],
  ["establish", /\b(establish\w*|create|creating|creation|set up|setting up|establec\w*|crear|creacion|creer|creation|mettre en place|mise en place|instaurer|designate|designar|designer)\b/],
  ["comply", /\b(complian\w*|comply\w*|compliant|conformity|conform\w*|accordance|in line with|a status|categoria a|statut a)\b/],
  ["strengthen", /\b(strengthen\w*|reinforc\w*|fortalec\w*|reforzar|renforc\w*|enhance\w*|mandate|mandat\w*|resources|recursos|ressources)\b/],
  ["implement", /\b(implement\w*|aplicar|aplique|applique\w*|mettre en oeuvre|mise en oeuvre|enforce\w*)\b/],
];

/** The first ask of a recommendation, by where its verb appears; "other" when no known verb is there. */
export function askAction(text: string): AskAction {
  const normalized = normalizeText(text);
  let best: AskAction = "other";
  let bestIndex = Number.POSITIVE_INFINITY;
  for (const [action, pattern] of ACTION_PATTERNS) {
    const match = pattern.exec(normalized);
    if (match && match.index < bestIndex) {
      best = action;
      bestIndex = match.index;
    }
  }
  return best;
}
