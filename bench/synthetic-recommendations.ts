import { seededRandom } from "../src/core/suggest/clusters";
import type { RecommendationText } from "../src/core/suggest/types";

/**
 * Recommendations shaped like real UPR and treaty-body ones: an opening ("Continue efforts
 * to", "Consider"), a verb, an object from a wide range of topics, groups and instruments, a
 * qualifier; about one in ten in Spanish or French. Deterministic for a given count.
 */
const OPENINGS = ["", "Continue efforts to", "Take further measures to", "Consider", "Step up efforts to", "Redouble its efforts to", "Take all necessary steps to", "Intensify efforts to", "Ensure the effective implementation of measures to"];
const VERBS = ["strengthen", "adopt", "implement", "ensure", "combat", "prevent", "improve", "guarantee", "promote", "review", "develop"];
const OBJECTS = [
  "the legal framework on violence against women, including domestic violence",
  "access to quality education for Roma children",
  "a comprehensive anti-discrimination law covering sexual orientation and gender identity",
  "the independence and resources of the national human rights institution in line with the Paris Principles",
  "measures against trafficking in persons, in particular women and children",
  "conditions of detention and reduce prison overcrowding",
  "access to health care for migrants and asylum seekers",
  "the rights of persons with disabilities to independent living",
  "the national action plan on business and human rights",
  "birth registration and access to nationality for stateless children",
  "measures to combat hate speech and hate crimes against minorities",
  "the participation of women in political and public life",
  "access to safe drinking water and sanitation in rural areas",
  "social protection for older persons and persons living in poverty",
  "the prohibition of corporal punishment in all settings",
  "juvenile justice in line with international standards",
  "freedom of expression and the safety of journalists",
  "the investigation and prosecution of cases of torture by law enforcement officials",
  "the national mechanism for implementation, reporting and follow-up",
  "labour rights of migrant domestic workers",
  "climate change adaptation policies that take into account the rights of indigenous peoples",
  "the collection of data disaggregated by sex, age, disability and ethnicity",
  "human rights training for police, judges and prosecutors",
  "access to justice and legal aid for victims of discrimination",
  "the right to adequate housing and prevent forced evictions",
  "inclusive education for children with disabilities",
  "measures to eliminate the gender pay gap",
  "the fight against corruption and transparency in public administration",
  "the protection of human rights defenders and civil society organizations",
  "sexual and reproductive health services, including for adolescents",
];
const RATIFICATIONS = [
  "Ratify the Optional Protocol to the Convention against Torture",
  "Ratify OP-CAT",
  "Consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
  "Accede to the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness",
  "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance",
  "Ratify ILO Convention No. 189 on domestic workers",
  "Ratify the Istanbul Convention",
  "Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights",
  "Establish an independent national human rights institution in accordance with the Paris Principles",
  "Withdraw its reservations to the Convention on the Elimination of All Forms of Discrimination against Women",
];
const OTHER_LANGUAGES = [
  "Ratificar el Protocolo Facultativo de la Convención contra la Tortura",
  "Redoblar los esfuerzos para combatir la violencia contra la mujer y la violencia doméstica",
  "Establecer una institución nacional de derechos humanos conforme a los Principios de París",
  "Garantizar el acceso a la educación de los niños indígenas y afrodescendientes",
  "Ratifier la Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille",
  "Renforcer la lutte contre la traite des êtres humains, en particulier des femmes et des enfants",
  "Améliorer les conditions de détention et réduire la surpopulation carcérale",
  "Garantir l'accès aux soins de santé pour les personnes handicapées",
];
const QUALIFIERS = ["", ", with adequate human and financial resources", ", in consultation with civil society", ", in particular in rural areas", ", in line with its international obligations", ", including through awareness-raising campaigns", ", and report on progress in its next report"];

export function syntheticRecommendations(count: number, seed = 7): RecommendationText[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, (_, index) => {
    const roll = random();
    let text: string;
    if (roll < 0.08) text = pick(OTHER_LANGUAGES);
    else if (roll < 0.2) text = pick(RATIFICATIONS);
    else {
      const opening = pick(OPENINGS);
      const verb = pick(VERBS);
      const sentence = `${opening ? `${opening} ${verb}` : verb.charAt(0).toUpperCase() + verb.slice(1)} ${pick(OBJECTS)}`;
      text = random() < 0.3 ? `${sentence} and ${pick(VERBS)} ${pick(OBJECTS)}${pick(QUALIFIERS)}` : `${sentence}${pick(QUALIFIERS)}`;
    }
    return { id: `REC-${String(index + 1).padStart(6, "0")}`, text };
  });
}
