/**
 * What Rights Matrix knows about the words of recommendations: the core instruments and bodies
 * (names, acronyms and common variants in English, Spanish and French) and the recurring
 * concepts ("a human rights commission in accordance with the Paris Principles" is an NHRI),
 * each linked to the UHRI themes and SDG targets it points to.
 *
 * Term syntax: a phrase matches its content words in order ("convention against torture");
 * a phrase starting with "~" matches its content words in any order within a short window
 * ("~institución nacional derechos humanos"). Acronyms match whole words, case-sensitively
 * ("OP-CAT" and "OPCAT" alike).
 */
import { CONCEPT_MESSAGES } from "../../model/i18n/suggest-concepts";

/** Every concept has its name in the catalogue, in the three languages; a missing one fails here, at load. */
function englishLabel(id: string): string {
  const entry = (CONCEPT_MESSAGES as Record<string, { en: string }>)[`concept.${id}`];
  if (!entry) throw new Error(`Concept ${id} has no name in src/model/i18n/suggest-concepts.ts`);
  return entry.en;
}

export type ConceptKind = "instrument" | "body" | "institution" | "topic";

export interface Concept {
  id: string;
  kind: ConceptKind;
  /** Its English name; reasons name it in the reader's language (`concept.<id>` in the message catalogue). */
  label: string;
  terms: readonly string[];
  acronyms?: readonly string[];
  /** UHRI theme names (as in `UHRI_THEMES`), strongest first. */
  themes?: readonly string[];
  /** SDG targets such as "16.a". */
  sdgTargets?: readonly string[];
  /** The broader concept this one is part of: an optional protocol's treaty, a form of violence. */
  parent?: string;
}

const RATIFICATION = "Ratification of & accession to international instruments";
const ACCEPTANCE = "Acceptance of international norms";
const TREATY_BODIES = "Cooperation & Follow up with Treaty Bodies";
const SPECIAL_PROCEDURES = "Cooperation & Follow up with Special Procedures";
const EQUALITY = "Equality & non-discrimination";
const RACIAL = "Racial discrimination";
const MINORITIES = "Members of minorities";
const WOMEN_DISCRIMINATION = "Discrimination against women";
const VAW = "Violence against women";
const SGBV = "Sexual & gender-based violence";
const CHILDREN = "Children: definition";
const CHILD_EXPLOITATION = "Children: protection against exploitation";
const DISABILITY = "Persons with disabilities: definition, general principles";
const DISABILITY_INCLUSION = "Persons with disabilities: independence, inclusion";
const TORTURE = "Prohibition of torture & cruel, inhuman or degrading treatment";
const TRAFFICKING = "Human trafficking & contemporary forms of slavery";
const LEGISLATION = "Constitutional & legislative framework";
const POLICY = "Legal, institutional & policy framework";
const ACTION_PLANS = "National Human Rights Action Plans (or specific areas) / implementation plans";
const WORK = "Right to work and to just & favorable conditions of work & labour rights";
const JUSTICE = "Administration of justice & fair trial";
const REMEDY = "Right to effective remedy & reparations";
const EXPRESSION = "Freedom of opinion and expression & access to information";

/** Themes that apply when a recommendation asks to join an instrument, not when it merely cites one. */
export const RATIFICATION_THEMES: readonly string[] = [RATIFICATION, ACCEPTANCE];

const instrument = (id: string, terms: string[], acronyms: string[], themes: string[] = [], sdgTargets: string[] = [], parent?: string): Concept => ({
  id,
  kind: "instrument",
  label: englishLabel(id),
  terms,
  acronyms,
  themes: [RATIFICATION, ACCEPTANCE, ...themes],
  sdgTargets,
  parent,
});

export const INSTRUMENTS: readonly Concept[] = [
  instrument("iccpr", [
    "~covenant civil political right", "~pacto derecho civil politico", "~pacte droit civil politique",
  ], ["ICCPR", "PIDCP"], ["Civil & political rights - general measures of implementation"]),
  instrument("iccpr-op1", [
    "first optional protocol covenant civil political right", "primer protocolo facultativo pacto derecho civil politico",
    "premier protocole facultatif pacte droit civil politique",
  ], ["OP1-ICCPR", "ICCPR-OP1"], [], [], "iccpr"),
  instrument("iccpr-op2", [
    "second optional protocol covenant civil political right", "segundo protocolo facultativo pacto derecho civil politico",
    "deuxieme protocole facultatif pacte droit civil politique", "~optional protocol abolition death penalty",
    "~protocolo facultativo abolicion pena muerte", "~protocole facultatif abolition peine mort",
  ], ["OP2-ICCPR", "ICCPR-OP2", "OP2"], ["Death penalty"], ["16.1"], "iccpr"),
  instrument("icescr", [
    "~covenant economic social cultural right", "~pacto derecho economico social cultural",
    "~pacte droit economique social culturel", "~pacte droit economique sociaux culturel",
  ], ["ICESCR", "PIDESC"], ["Economic, social & cultural rights - general measures of implementation"], ["1.3", "10.2"]),
  instrument("icescr-op", [], ["OP-ICESCR", "OPICESCR"], ["Economic, social & cultural rights - general measures of implementation"], [], "icescr"),
  instrument("icerd", [
    "convention elimination form racial discrimination", "~convencion eliminacion forma discriminacion racial",
    "~convention elimination forme discrimination raciale",
  ], ["ICERD"], [RACIAL], ["10.3", "16.b"]),
  instrument("cedaw", [
    "convention elimination form discrimination against women", "~convencion eliminacion forma discriminacion contra mujer",
    "~convention elimination forme discrimination egard femme", "women convention",
  ], ["CEDAW"], [WOMEN_DISCRIMINATION], ["5.1"]),
  instrument("cedaw-op", [], ["OP-CEDAW"], [WOMEN_DISCRIMINATION], ["5.1"], "cedaw"),
  instrument("cat", [
    "convention against torture", "convencion contra tortura", "convention contre torture",
  ], ["UNCAT", "CAT"], [TORTURE], ["16.1", "16.3"]),
  instrument("opcat", [
    "optional protocol convention against torture", "protocolo facultativo convencion contra tortura",
    "protocole facultatif convention contre torture", "optional protocol against torture",
  ], ["OPCAT", "OP-CAT", "OP CAT"], [TORTURE, "National Preventive Mechanism (NPM)"], ["16.1", "16.3"], "cat"),
  instrument("crc", [
    "convention right child", "convencion derecho nino", "convention relative droit enfant", "convention droit enfant",
  ], ["UNCRC", "CDN", "CRC"], [CHILDREN], ["16.2"]),
  instrument("crc-opsc", [
    "~optional protocol sale child prostitution pornography", "~protocolo facultativo venta nino prostitucion pornografia",
    "~protocole facultatif vente enfant prostitution pornographie",
  ], ["OPSC", "OP-SC", "OPSC-CRC"], [CHILD_EXPLOITATION], ["16.2"], "crc"),
  instrument("crc-opac", [
    "~optional protocol child armed conflict", "~protocolo facultativo nino conflicto armado",
    "~protocole facultatif enfant conflit arme",
  ], ["OPAC", "OP-AC", "OPAC-CRC"], [CHILD_EXPLOITATION], ["8.7", "16.2"], "crc"),
  instrument("crc-opic", [
    "~optional protocol child communication procedure", "~protocolo facultativo nino procedimiento comunicacion",
    "~protocole facultatif enfant procedure presentation communication", "~optional protocol right child communication",
  ], ["OPIC", "OP3-CRC", "OP3 CRC", "OPIC-CRC"], [CHILDREN], ["16.3"], "crc"),
  instrument("crpd", [
    "convention right person disability", "convencion derecho persona discapacidad",
    "convention relative droit personne handicapee", "convention droit personne handicapee",
  ], ["CRPD", "CDPD", "UNCRPD"], [DISABILITY], ["10.2"]),
  instrument("crpd-op", [], ["OP-CRPD"], [DISABILITY], [], "crpd"),
  instrument("icmw", [
    "~protection right migrant worker member family", "~right migrant worker member family convention",
    "~convencion derecho trabajador migratorio familiar", "~convention droit travailleur migrant membre famille",
    "migrant workers convention",
  ], ["ICMW", "ICRMW", "ICPMW", "ICPRMW", "MWC"], ["Migrants"], ["8.8", "10.7"]),
  instrument("cped", [
    "~convention protection person enforced disappearance", "~convencion proteccion persona desaparicion forzada",
    "~convention protection personne disparition forcee",
  ], ["CPED", "ICPPED", "ICPED"], ["Enforced disappearances"], ["16.1", "16.3"]),
  instrument("rome-statute", [
    "rome statute", "estatuto roma", "statut rome", "kampala amendment", "enmienda kampala", "amendement kampala",
  ], ["ICC"], ["International criminal & humanitarian law (including crimes against humanity, war crimes, genocide)"], ["16.3"]),
  instrument("refugee-convention", [
    "convention relating status refugee", "1951 convention", "1951 refugee convention", "refugee convention",
    "protocol relating status refugee", "1967 protocol", "convencion sobre estatuto refugiado", "convencion 1951",
    "convention relative statut refugie", "convention 1951",
  ], [], ["Refugees & asylum seekers"], ["10.7"]),
  instrument("statelessness-1954", [
    "convention relating status stateless person", "1954 convention", "convencion sobre estatuto apatrida", "convencion 1954",
    "convention relative statut apatride", "convention 1954",
    "~1954 statelessness", "~1954 stateless", "~1954 apatridia", "~1954 apatrida", "~1954 apatridie", "~1954 apatride",
  ], [], ["Rights related to name, identity & nationality"], ["16.9"]),
  instrument("statelessness-1961", [
    "convention reduction statelessness", "1961 convention", "~convencion reducir caso apatridia", "convencion 1961",
    "~convention reduction cas apatridie", "convention 1961",
    "~1961 statelessness", "~1961 stateless", "~1961 apatridia", "~1961 apatridie",
  ], [], ["Rights related to name, identity & nationality"], ["16.9"]),
  instrument("ilo-169", [
    "~ilo convention 169", "~ilo 169", "indigenous tribal peoples convention", "~oit convenio 169", "~oit convention 169",
    "~convenio 169 pueblo indigena tribal", "~convention 169 peuple indigene tribal",
  ], [], ["Indigenous peoples"], ["2.3", "10.2"]),
  instrument("ilo-189", [
    "~ilo convention 189", "~ilo 189", "domestic workers convention", "~oit convenio 189", "~oit convention 189",
    "~convenio 189 trabajador domestico", "~convention 189 travailleur domestique",
  ], [], [WORK], ["8.8", "5.4"]),
  instrument("ilo-190", [
    "~ilo convention 190", "~ilo 190", "violence harassment convention", "~oit convenio 190", "~oit convention 190",
  ], [], [WORK], ["8.8", "5.2"]),
  instrument("ilo-forced-labour", [
    "~protocol forced labour convention", "~ilo convention 29", "~protocolo convenio trabajo forzoso", "~protocole convention travail force",
  ], [], [TRAFFICKING], ["8.7"]),
  instrument("istanbul-convention", [
    "istanbul convention", "convenio estambul", "convention istanbul",
    "~council europe convention preventing combating violence against women domestic",
    "~convenio consejo europa prevencion lucha contra violencia mujer domestica",
    "~convention conseil europe prevention lutte contre violence egard femme domestique",
  ], [], [VAW, "Domestic violence"], ["5.2"]),
  instrument("lanzarote-convention", [
    "lanzarote convention", "convenio lanzarote", "convention lanzarote",
  ], [], [CHILD_EXPLOITATION], ["16.2"]),
  instrument("minorities-framework-convention", [
    "~framework convention protection national minority", "~convenio marco proteccion minoria nacional",
    "~convention cadre protection minorite nationale",
  ], ["FCNM"], [MINORITIES], ["10.2"]),
  instrument("palermo-protocol", [
    "palermo protocol", "protocolo palermo", "protocole palerme", "~protocol prevent suppress punish trafficking person",
  ], [], [TRAFFICKING], ["16.2", "8.7"]),
  instrument("genocide-convention", [
    "~convention prevention punishment crime genocide", "~convencion prevencion sancion delito genocidio",
    "~convention prevention repression crime genocide",
  ], [], ["International criminal & humanitarian law (including crimes against humanity, war crimes, genocide)"]),
  instrument("education-discrimination-convention", [
    "convention against discrimination education", "~convencion relativa lucha contra discriminacion esfera ensenanza",
    "~convention concernant lutte contre discrimination domaine enseignement",
  ], [], ["Right to education"], ["4.5"]),
  instrument("arms-trade-treaty", ["arms trade treaty", "tratado comercio arma", "traite commerce arme"], ["ATT"], [], ["16.4"]),
  instrument("undrip", [
    "~declaration right indigenous peoples", "~declaracion derecho pueblo indigena", "~declaration droit peuple autochtone",
  ], ["UNDRIP"], ["Indigenous peoples"], ["10.2"]),
  instrument("durban", [
    "durban declaration", "declaracion durban", "declaration durban", "durban programme action",
  ], ["DDPA"], [RACIAL], ["10.3"]),
  instrument("business-guiding-principles", [
    "~guiding principle business human right", "~principio rector empresa derecho humano",
    "~principe directeur entreprise droit homme", "national action plan business human right",
  ], ["UNGP", "UNGPs"], ["Business & Human Rights"], ["8.8", "12.6"]),
  instrument("safe-schools-declaration", ["safe schools declaration", "declaracion escuela segura", "declaration securite ecole"], [], ["Right to education"], ["4.a"]),
  instrument("migration-compact", [
    "~global compact migration", "~pacto mundial migracion", "~pacte mondial migration",
  ], [], ["Migrants"], ["10.7"]),
  instrument("beijing-platform", [
    "~beijing platform action", "~beijing declaration", "~plataforma accion beijing", "~programme action beijing",
  ], [], [WOMEN_DISCRIMINATION, "Advancement of women"], ["5.1", "5.c"]),
];

/** Concepts that can stand for an optional protocol of a treaty when "optional protocol" precedes the treaty's name. */
export interface OptionalProtocolRule {
  id: string;
  /** Words after "optional protocol ... <treaty>" that pick this protocol. */
  cue?: readonly string[];
  /** The protocol meant when no cue is there. */
  fallback?: boolean;
}

export const OPTIONAL_PROTOCOLS: Readonly<Record<string, readonly OptionalProtocolRule[]>> = {
  iccpr: [
    { id: "iccpr-op2", cue: ["second", "segundo", "deuxieme", "death", "muerte", "mort"] },
    { id: "iccpr-op1", cue: ["first", "primer", "premier"], fallback: true },
  ],
  icescr: [{ id: "icescr-op", fallback: true }],
  cedaw: [{ id: "cedaw-op", fallback: true }],
  cat: [{ id: "opcat", fallback: true }],
  crc: [
    { id: "crc-opsc", cue: ["sale", "venta", "vente", "prostitution", "prostitucion", "pornography", "pornografia", "pornographie"] },
    { id: "crc-opac", cue: ["armed", "armado", "arme", "conflict", "conflicto", "conflit"] },
    { id: "crc-opic", cue: ["communication", "comunicacion", "communications", "comunicaciones"] },
  ],
  crpd: [{ id: "crpd-op", fallback: true }],
};

/** "Optional protocol" in the three languages; also "OP". */
export const OPTIONAL_PROTOCOL_TERMS: readonly string[] = ["optional protocol", "protocolo facultativo", "protocole facultatif", "op", "op1", "op2", "op3"];

const body = (id: string, terms: string[], acronyms: string[], themes: string[], sdgTargets: string[] = []): Concept => ({
  id,
  kind: "body",
  label: englishLabel(id),
  terms,
  acronyms,
  themes,
  sdgTargets,
});

export const BODIES: readonly Concept[] = [
  body("treaty-bodies", [
    "treaty body", "~treaty reporting obligation", "~overdue report committee", "organo tratado", "~informe atrasado comite",
    "organe conventionnel", "~rapport retard comite", "concluding observation", "observacione finale", "observation finale",
    "~report committee", "~informe comite", "~rapport comite",
  ], ["CERD", "CCPR", "CESCR", "CMW", "CED", "SPT", "HRC"], [TREATY_BODIES]),
  body("special-procedures", [
    "special procedure", "standing invitation", "special rapporteur", "mandate holder", "working group arbitrary detention",
    "procedimiento especial", "invitacion permanente", "relator especial", "titular mandato", "procedure speciale",
    "invitation permanente", "rapporteur special", "titulaire mandat",
  ], [], [SPECIAL_PROCEDURES]),
  body("upr", [
    "universal periodic review", "examen periodico universal", "examen periodique universel", "mid term report", "midterm report",
    "informe mitad periodo", "rapport mi parcours",
  ], ["UPR", "EPU"], ["Cooperation & follow up with the Universal Periodic Review (UPR)"]),
  body("ohchr", [
    "office high commissioner human right", "oficina alto comisionado derecho humano", "haut commissariat droit homme",
  ], ["OHCHR", "ACNUDH", "HCDH"], ["Cooperation with human rights mechanisms & requests for technical assistance"]),
  body("council-of-europe", [
    "council europe", "european commission against racism intolerance", "consejo europa", "conseil europe",
  ], ["ECRI", "GREVIO", "GRETA", "CPT"], ["Cooperation with international organizations"]),
  body("un-agencies", ["united nations agencie", "agencia nacione unida", "agence nation unie"], ["UNICEF", "UNHCR", "ACNUR", "HCR", "UNFPA", "ILO", "OIT", "WHO", "OMS", "UNESCO", "IOM", "OIM"], ["Cooperation with international organizations"]),
];

const topic = (id: string, terms: string[], themes: string[], sdgTargets: string[] = [], acronyms: string[] = [], parent?: string): Concept => ({
  id,
  kind: "topic",
  label: englishLabel(id),
  terms,
  acronyms,
  themes,
  sdgTargets,
  parent,
});

const institution = (id: string, terms: string[], acronyms: string[], themes: string[], sdgTargets: string[] = []): Concept => ({
  id,
  kind: "institution",
  label: englishLabel(id),
  terms,
  acronyms,
  themes,
  sdgTargets,
});

export const INSTITUTIONS: readonly Concept[] = [
  institution("nhri", [
    "~national human right institution", "~national institution human right", "human right commission", "paris principle",
    "~national human right commission", "ombudsman", "ombudsperson", "human right ombudsman", "public defender", "people advocate",
    "~institucion nacional derecho humano", "principio paris", "comision derecho humano", "defensor pueblo", "defensoria pueblo",
    "procurador derecho humano", "procuraduria derecho humano",
    "~institution nationale droit homme", "principe paris", "commission droit homme", "mediateur", "protecteur citoyen",
    "defenseur droit",
  ], ["NHRI", "NHRIs", "INDH", "INDHs", "NHRC"], ["National Human Rights Institution (NHRI)"], ["16.a", "16.6"]),
  institution("children-ombudsman", [
    "child ombudsman", "children ombudsman", "~ombudsman child right", "~ombudsman children", "~ombudsperson child", "children commissioner",
    "~defensor nino", "~defensoria nino", "~defenseur enfant", "~mediateur enfant",
  ], [], [CHILDREN, "National Human Rights Institution (NHRI)"], ["16.a", "16.2"]),
  institution("npm", [
    "national preventive mechanism", "mecanismo nacional prevencion", "mecanismo nacional prevencion tortura",
    "mecanisme national prevention", "mecanisme national prevention torture",
  ], ["NPM", "MNP"], ["National Preventive Mechanism (NPM)", TORTURE], ["16.a"]),
  institution("nmrf", [
    "~national mechanism implementation reporting follow", "~national mechanism reporting follow", "~mecanismo nacional aplicacion presentacion informe seguimiento",
    "~mecanismo nacional informe seguimiento", "~mecanisme national mise oeuvre etablissement rapport suivi", "~mecanisme national rapport suivi",
  ], ["NMRF", "NMIRF", "MNIS", "MNPIS"], ["National Mechanisms for Implementation, Reporting and Follow-up (NMIRF)", "Cooperation & follow up with the Universal Periodic Review (UPR)"], ["16.6"]),
  institution("equality-body", [
    "equality body", "equality ombudsman", "equality commission", "anti discrimination body", "~organismo igualdad", "~organisme egalite",
  ], [], [EQUALITY], ["10.3"]),
  institution("national-action-plan", [
    "national action plan", "action plan", "national strategy", "plan nacional accion", "plan accion", "estrategia nacional",
    "plan action national", "plan action", "strategie nationale",
  ], ["NAP"], [ACTION_PLANS], []),
];

export const TOPICS: readonly Concept[] = [
  // Framework and cooperation
  topic("ratification", ["ratify", "ratification", "accede", "accession", "ratificar", "ratificacion", "adherir", "adhesion", "ratifier", "adhesion"], [RATIFICATION, ACCEPTANCE]),
  topic("reservations", ["withdraw reservation", "~retirar reserva", "~retirer reserve", "reservation", "interpretative declaration"], ["Reservations", ACCEPTANCE]),
  topic("legislation", ["legislation", "law", "legal framework", "amend", "criminal code", "penal code", "constitution", "bill", "legislacion", "ley", "marco juridico", "codigo penal", "constitucion", "legislation", "loi", "cadre juridique", "code penal"], [LEGISLATION], ["16.b"]),
  topic("policy", ["policy", "strategy", "institutional framework", "coordination", "politica", "estrategia", "politique", "strategie"], [POLICY]),
  topic("resources", ["budget", "resource", "funding", "financial resource", "human financial", "presupuesto", "recurso", "financiacion", "budget", "ressource", "financement"], ["Budget & resources (for human rights implementation)"], ["16.6", "17.1"]),
  topic("training", ["training", "train", "awareness", "awareness raising", "campaign", "human right education", "capacity building", "sensitize", "capacitacion", "formacion", "sensibilizacion", "campana", "educacion derecho humano", "formation", "sensibilisation", "campagne", "education droit homme"], ["Human rights education, trainings & awareness raising"], ["4.7"]),
  topic("data", ["data", "disaggregated data", "statistic", "indicator", "data collection", "dato", "dato desglosado", "estadistica", "indicador", "donnee", "donnee ventilee", "statistique", "indicateur"], ["Statistics, indicators & disaggregated data", "Data collection & research"], ["17.18"]),
  topic("civil-society", ["civil society", "non governmental organization", "ngo", "human right defender", "consultation", "sociedad civil", "organizacion gubernamental", "defensor derecho humano", "societe civile", "organisation gouvernementale", "defenseur droit homme"], ["Cooperation and meaningful consultation with civil society & participation"], ["16.7", "16.10"], ["NGO", "NGOs", "ONG", "ONGs"]),
  topic("development-cooperation", ["official development assistance", "development assistance", "development cooperation", "humanitarian assistance", "international cooperation", "asistencia oficial desarrollo", "cooperacion desarrollo", "cooperacion internacional", "aide publique developpement", "cooperation developpement", "cooperation internationale"], ["Inter-State cooperation & development or humanitarian assistance"], ["17.2", "17.9"], ["ODA", "AOD", "APD"]),
  topic("sdg", ["sustainable development goal", "2030 agenda", "objetivo desarrollo sostenible", "agenda 2030", "objectif developpement durable", "programme 2030"], ["2030 Agenda & other voluntary commitments"], ["17.14"], ["SDG", "SDGs", "ODS", "ODD"]),
  topic("development", ["right development", "derecho desarrollo", "droit developpement"], ["Right to development"], ["17.1"]),
  // Equality and groups
  topic("discrimination", ["discrimination", "non discrimination", "equality", "equal", "intolerance", "discriminacion", "igualdad", "intolerancia", "discrimination", "egalite", "intolerance"], [EQUALITY], ["10.2", "10.3", "16.b"]),
  topic("anti-discrimination-law", ["~comprehensive anti discrimination law", "anti discrimination law", "~ley integral contra discriminacion", "~loi globale contre discrimination"], [EQUALITY, LEGISLATION], ["10.3", "16.b"], [], "discrimination"),
  topic("racism", ["racism", "racist", "racial discrimination", "racial", "xenophobia", "xenophobic", "racista", "xenofobo", "raciste", "xenophobe", "racial profiling", "afro descendant", "people african descent", "racismo", "discriminacion racial", "xenofobia", "afrodescendiente", "racisme", "discrimination raciale", "xenophobie", "afrodescendant"], [RACIAL, EQUALITY], ["10.3", "16.b"]),
  topic("hate-speech", ["hate speech", "hate crime", "incitement hatred", "discurso odio", "delito odio", "incitacion odio", "discours haine", "crime haine", "incitation haine"], [RACIAL, EQUALITY], ["16.1", "10.3"]),
  topic("minorities", ["minority", "ethnic", "national minority", "minority language", "roma", "sinti", "traveller", "minoria", "etnico", "gitano", "minorite", "ethnique"], [MINORITIES, RACIAL], ["10.2"]),
  topic("roma", ["roma", "roma community", "romani", "gitano", "pueblo gitano", "communaute rom"], [MINORITIES, RACIAL, EQUALITY], ["10.2", "4.5"], [], "minorities"),
  topic("indigenous", ["indigenous", "indigenous peoples", "free prior informed consent", "pueblo indigena", "indigena", "consentimiento libre previo informado", "peuple autochtone", "autochtone", "consentement prealable libre eclaire"], ["Indigenous peoples"], ["2.3", "4.5", "10.2"]),
  topic("lgbti", ["sexual orientation", "gender identity", "sex characteristic", "same sex", "lesbian", "gay", "bisexual", "transgender", "intersex", "orientacion sexual", "identidad genero", "mismo sexo", "orientation sexuelle", "identite genre", "meme sexe"], [EQUALITY], ["10.2", "10.3", "16.b"], ["LGBT", "LGBTI", "LGBTIQ", "LGBTQI", "LGBTIQ+", "LGBTQ"]),
  topic("older-persons", ["older person", "elderly", "ageing", "persona mayor", "adulto mayor", "personne agee"], [EQUALITY, "Right to social security"], ["1.3", "10.2"]),
  topic("migrants", ["migrant", "migration", "migrant worker", "undocumented", "irregular migrant", "non citizen", "foreigner", "migrante", "migracion", "trabajador migrante", "extranjero", "migrant", "migration", "travailleur migrant", "etranger"], ["Migrants"], ["10.7", "8.8"]),
  topic("refugees", ["refugee", "asylum", "asylum seeker", "non refoulement", "international protection", "refugiado", "asilo", "solicitante asilo", "devolucion", "refugie", "asile", "demandeur asile", "refoulement"], ["Refugees & asylum seekers", "Migrants"], ["10.7"]),
  topic("statelessness", ["stateless", "statelessness", "nationality", "citizenship", "apatrida", "apatridia", "nacionalidad", "ciudadania", "apatride", "apatridie", "nationalite", "citoyennete"], ["Rights related to name, identity & nationality"], ["16.9"]),
  topic("birth-registration", ["birth registration", "civil registration", "registro nacimiento", "inscripcion nacimiento", "enregistrement naissance", "declaration naissance"], ["Rights related to name, identity & nationality", CHILDREN], ["16.9", "17.19"]),
  // Women
  topic("women", ["women", "woman", "gender equality", "gender", "girl", "mujer", "nina", "igualdad genero", "genero", "femme", "fille", "egalite genre", "egalite entre femme homme"], [WOMEN_DISCRIMINATION, "Advancement of women"], ["5.1", "5.c"]),
  topic("gender-pay-gap", ["pay gap", "equal pay", "equal remuneration", "wage gap", "brecha salarial", "igualdad salarial", "ecart salarial", "egalite salariale"], [WOMEN_DISCRIMINATION, WORK], ["8.5"], [], "women"),
  topic("women-participation", ["~women participation political public life", "~women decision making position", "~representation women", "~participacion mujer vida politica", "~participation femme vie politique", "women leadership"], ["Participation of women in political & public life", "Advancement of women"], ["5.5"], [], "women"),
  topic("violence-against-women", ["violence against women", "~violence women girl", "gender based violence", "femicide", "feminicide", "violencia contra mujer", "violencia genero", "feminicidio", "violence egard femme", "violence sexiste", "violence fondee genre", "feminicide"], [VAW, SGBV], ["5.2"], ["GBV", "SGBV", "VAW"]),
  topic("domestic-violence", ["domestic violence", "family violence", "intimate partner violence", "marital rape", "violencia domestica", "violencia intrafamiliar", "violence domestique", "violence familiale", "violence conjugale"], ["Domestic violence", VAW], ["5.2", "16.1"], [], "violence-against-women"),
  topic("sexual-violence", ["sexual violence", "rape", "sexual abuse", "sexual harassment", "violencia sexual", "violacion", "abuso sexual", "acoso sexual", "violence sexuelle", "viol", "harcelement sexuel"], [SGBV, VAW], ["5.2", "16.1"]),
  topic("harmful-practices", ["female genital mutilation", "child marriage", "early marriage", "forced marriage", "mutilacion genital femenina", "matrimonio infantil", "matrimonio forzado", "mutilation genitale feminine", "mariage enfant", "mariage force", "mariage precoce"], [VAW, "Rights related to marriage & family"], ["5.3"], ["FGM"]),
  // Children
  topic("children", ["child", "children", "childhood", "minor", "adolescent", "nino", "infancia", "adolescente", "menor", "enfant", "enfance", "adolescent", "mineur"], [CHILDREN], ["16.2"]),
  topic("child-abuse", ["~violence against child", "corporal punishment", "child abuse", "sexual exploitation child", "child pornography", "~castigo corporal", "~violencia contra nino", "~chatiment corporel", "~violence contre enfant"], [CHILD_EXPLOITATION, CHILDREN], ["16.2"], [], "children"),
  topic("child-labour", ["child labour", "child labor", "trabajo infantil", "travail enfant"], [CHILD_EXPLOITATION], ["8.7"], [], "children"),
  topic("alternative-care", ["alternative care", "foster care", "institutional care", "deinstitutionalization", "cuidado alternativo", "acogimiento", "protection remplacement", "placement", "family environment"], ["Children: family environment & alternative care"], ["16.2"], [], "children"),
  topic("juvenile-justice", ["juvenile justice", "age criminal responsibility", "child justice", "justicia juvenil", "edad responsabilidad penal", "justice mineur", "age responsabilite penale"], ["Children: juvenile justice"], ["16.3"], [], "children"),
  // Disability
  topic("disability", ["disability", "disabilities", "disabled", "person disability", "discapacidad", "persona discapacidad", "handicap", "handicapee", "personne handicapee"], [DISABILITY, DISABILITY_INCLUSION], ["10.2", "4.5"]),
  topic("accessibility", ["accessibility", "accessible", "reasonable accommodation", "accesibilidad", "ajuste razonable", "accessibilite", "amenagement raisonnable"], ["Persons with disabilities: accessibility, mobility", DISABILITY_INCLUSION], ["11.2", "11.7"]),
  topic("inclusive-education", ["inclusive education", "educacion inclusiva", "education inclusive"], ["Right to education", DISABILITY_INCLUSION], ["4.5", "4.a"]),
  topic("independent-living", ["independent living", "~living community", "vida independiente", "vie autonome", "deinstitutionalization", "desinstitucionalizacion", "desinstitutionnalisation"], [DISABILITY_INCLUSION], ["10.2"]),
  topic("legal-capacity", ["legal capacity", "guardianship", "supported decision making", "capacidad juridica", "tutela", "capacite juridique", "tutelle"], ["Persons with disabilities: protecting the integrity of the person", "Right to be recognized as a person before the law"], ["16.3"]),
  // Economic and social
  topic("education", ["education", "school", "schooling", "teacher", "curriculum", "educacion", "escuela", "ensenanza", "docente", "education", "ecole", "enseignement", "scolarisation"], ["Right to education"], ["4.1", "4.5"]),
  topic("health", ["health", "healthcare", "health care", "health service", "medical", "mental health", "salud", "atencion salud", "servicio salud", "salud mental", "sante", "soin sante", "sante mentale"], ["Right to health"], ["3.8"]),
  topic("reproductive-health", ["sexual reproductive health", "reproductive health", "abortion", "contraception", "family planning", "maternal health", "salud sexual reproductiva", "aborto", "anticoncepcion", "planificacion familiar", "sante sexuelle reproductive", "avortement", "contraception"], ["Sexual & reproductive health and rights", "Right to health"], ["3.7", "5.6"]),
  topic("hiv", ["hiv", "aids", "vih", "sida"], ["Right to health"], ["3.3"], ["HIV", "AIDS", "VIH", "SIDA"]),
  topic("poverty", ["poverty", "social exclusion", "social inclusion", "pobreza", "exclusion social", "inclusion social", "pauvrete", "exclusion sociale", "inclusion sociale"], ["Human rights & poverty", "Right to an adequate standard of living"], ["1.2", "10.2"]),
  topic("standard-of-living", ["standard living", "living condition", "nivel vida adecuado", "condicione vida", "niveau vie suffisant", "condition vie"], ["Right to an adequate standard of living"], ["1.4"]),
  topic("housing", ["housing", "homeless", "homelessness", "eviction", "settlement", "vivienda", "sin hogar", "desalojo", "logement", "sans abri", "expulsion", "campement"], ["Right to adequate housing", "Right to an adequate standard of living"], ["11.1"]),
  topic("water-sanitation", ["drinking water", "water", "sanitation", "agua potable", "agua", "saneamiento", "eau potable", "eau", "assainissement"], ["Safe drinking water & sanitation", "Right to an adequate standard of living"], ["6.1", "6.2"]),
  topic("food", ["food", "hunger", "malnutrition", "nutrition", "alimentacion", "hambre", "malnutricion", "alimentation", "faim"], ["Right to food"], ["2.1", "2.2"]),
  topic("social-security", ["social security", "social protection", "social assistance", "pension", "seguridad social", "proteccion social", "asistencia social", "securite sociale", "protection sociale", "aide sociale"], ["Right to social security"], ["1.3"]),
  topic("employment", ["employment", "unemployment", "labour market", "labor market", "decent work", "worker", "working condition", "empleo", "desempleo", "mercado laboral", "trabajo decente", "trabajador", "emploi", "chomage", "marche travail", "travail decent", "travailleur"], [WORK, "Labour rights and right to work"], ["8.5", "8.8"]),
  topic("trade-unions", ["trade union", "collective bargaining", "right strike", "sindicato", "negociacion colectiva", "syndicat", "negociation collective", "droit greve"], ["Trade union rights", "Freedom of association"], ["8.8"]),
  topic("culture", ["cultural right", "cultural heritage", "culture", "derecho cultural", "patrimonio cultural", "droit culturel", "patrimoine culturel"], ["Cultural rights"], ["11.4"]),
  topic("environment", ["environment", "environmental", "pollution", "biodiversity", "medio ambiente", "ambiental", "contaminacion", "environnement", "environnemental"], ["Human rights & the environment"], ["12.4", "15.1"]),
  topic("climate", ["climate change", "climate action", "climate adaptation", "greenhouse gas", "emission", "cambio climatico", "changement climatique"], ["Human rights & climate change"], ["13.1", "13.2"]),
  topic("business", ["business", "corporate", "company", "due diligence", "empresa", "diligencia debida", "entreprise", "devoir vigilance", "diligence raisonnable"], ["Business & Human Rights"], ["8.8", "12.6"]),
  // Civil and political
  topic("torture", ["torture", "ill treatment", "cruel inhuman degrading", "tortura", "malos trato", "cruel inhumano degradante", "mauvais traitement", "cruel inhumain degradant"], [TORTURE], ["16.1", "16.3"]),
  topic("detention", ["prison", "detention", "overcrowding", "prisoner", "detainee", "penitentiary", "carcel", "prision", "detencion", "hacinamiento", "recluso", "detenido", "penitenciario", "prison", "detention", "surpopulation", "detenu", "penitentiaire"], ["Conditions of detention"], ["16.3"]),
  topic("pretrial", ["pretrial detention", "pre trial detention", "arbitrary detention", "arbitrary arrest", "prision preventiva", "detencion arbitraria", "detention provisoire", "detention arbitraire"], ["Arbitrary arrest & detention", "Liberty & security of the person"], ["16.3"]),
  topic("death-penalty", ["death penalty", "capital punishment", "moratorium execution", "pena muerte", "pena capital", "peine mort", "peine capitale"], ["Death penalty", "Right to life"], ["16.1"]),
  topic("police", ["police", "law enforcement", "excessive use force", "policia", "fuerza seguridad", "uso excesivo fuerza", "force ordre", "usage excessif force"], ["Liberty & security of the person", TORTURE], ["16.1", "16.3"]),
  topic("disappearance", ["enforced disappearance", "desaparicion forzada", "disparition forcee"], ["Enforced disappearances"], ["16.1"]),
  topic("trafficking", ["trafficking", "human trafficking", "trafficking person", "trafficking human being", "forced labour", "forced labor", "slavery", "trata", "trata persona", "trabajo forzoso", "esclavitud", "traite", "traite personne", "traite etre humain", "travail force", "esclavage"], [TRAFFICKING, "Prohibition of slavery, trafficking"], ["16.2", "8.7", "5.2"]),
  topic("victims", ["victim", "survivor", "shelter", "witness", "victima", "sobreviviente", "refugio", "albergue", "testigo", "victime", "survivant", "refuge", "temoin"], ["Support to victims & witnesses"], ["16.3"]),
  topic("justice", ["judiciary", "court", "judge", "fair trial", "judicial", "legal aid", "length proceeding", "poder judicial", "tribunal", "juez", "juicio justo", "asistencia juridica", "pouvoir judiciaire", "juge", "proces equitable", "aide juridictionnelle"], [JUSTICE, "Access to justice & remedy"], ["16.3"]),
  topic("access-to-justice", ["access justice", "remedy", "reparation", "compensation", "redress", "acceso justicia", "recurso efectivo", "reparacion", "indemnizacion", "acces justice", "recours", "reparation", "indemnisation"], ["Access to justice & remedy", REMEDY], ["16.3"]),
  topic("impunity", ["impunity", "accountability", "investigate prosecute", "investigate", "prosecute", "punish", "perpetrator", "impunidad", "rendicion cuenta", "investigar", "enjuiciar", "sancionar", "impunite", "responsabilite", "enqueter", "poursuivre", "sanctionner", "auteur"], ["Rule of law & impunity", REMEDY], ["16.3"]),
  topic("corruption", ["corruption", "good governance", "transparency", "bribery", "corrupcion", "buena gobernanza", "transparencia", "corruption", "bonne gouvernance", "transparence"], ["Good governance & corruption"], ["16.5", "16.6"]),
  topic("expression", ["freedom expression", "freedom opinion expression", "journalist", "media", "press freedom", "access information", "defamation", "libertad expresion", "periodista", "medio comunicacion", "libertad prensa", "acceso informacion", "liberte expression", "journaliste", "medias", "liberte presse", "acces information", "diffamation"], [EXPRESSION], ["16.10"]),
  topic("association-assembly", ["freedom association", "peaceful assembly", "freedom assembly", "libertad asociacion", "reunion pacifica", "liberte association", "reunion pacifique"], ["Freedom of association", "Right to peaceful assembly"], ["16.10"]),
  topic("religion", ["freedom religion", "religious", "religion belief", "conscience", "libertad religion", "religioso", "liberte religion", "religieux", "antisemitism", "islamophobia", "antisemitismo", "islamofobia", "antisemitisme", "islamophobie"], ["Freedom of thought, conscience & religion"], ["16.10"]),
  topic("privacy", ["privacy", "private life", "surveillance", "personal data", "data protection", "privacidad", "vida privada", "vigilancia", "dato personal", "vie privee", "donnee personnelle"], ["Right to private life, privacy"], ["16.10"]),
  topic("participation", ["political participation", "public affair", "right vote", "election", "electoral", "participacion politica", "asunto publico", "derecho voto", "eleccion", "participation politique", "affaire publique", "droit vote", "election"], ["Right to participate in public affairs & right to vote"], ["16.7"]),
  topic("family", ["marriage", "family", "family life", "family reunification", "matrimonio", "familia", "reunificacion familiar", "mariage", "famille", "regroupement familial"], ["Rights related to marriage & family"], ["16.2"]),
  topic("counter-terrorism", ["terrorism", "counter terrorism", "terrorist", "terrorismo", "antiterrorista", "terrorisme", "antiterroriste"], ["Human rights & counter-terrorism"], ["16.a"]),
  topic("life", ["right life", "killing", "homicide", "derecho vida", "asesinato", "droit vie", "meurtre"], ["Right to life"], ["16.1"]),
  topic("international-crimes", ["war crime", "crime against humanity", "genocide", "international humanitarian law", "crimen guerra", "lesa humanidad", "genocidio", "crime guerre", "crime contre humanite", "droit international humanitaire"], ["International criminal & humanitarian law (including crimes against humanity, war crimes, genocide)"], ["16.1"]),
  topic("emergencies", ["natural disaster", "disaster", "emergency", "pandemic", "covid", "economic crisis", "financial crisis", "crisis economica", "crise economique", "desastre", "emergencia", "pandemia", "catastrophe", "urgence", "pandemie"], ["Economic & political crisis, natural disasters or other emergencies"], ["1.5", "11.5", "13.1"], ["COVID"]),
  topic("land", ["land", "property", "land tenure", "tierra", "propiedad", "terre", "propriete", "foncier"], ["Land & property rights"], ["1.4", "2.3"]),
  topic("transitional-justice", ["transitional justice", "truth commission", "justicia transicional", "comision verdad", "justice transitionnelle", "commission verite"], ["Transitional justice"], ["16.3"]),
];

/** A protocol without SDG targets of its own serves those of its treaty. */
function inheritTargets(concepts: readonly Concept[]): Concept[] {
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  return concepts.map((concept) => {
    const parent = concept.parent ? byId.get(concept.parent) : undefined;
    return parent && (concept.sdgTargets ?? []).length === 0 ? { ...concept, sdgTargets: parent.sdgTargets } : concept;
  });
}

/** Every concept Rights Matrix recognises. */
export const CONCEPTS: readonly Concept[] = inheritTargets([...INSTRUMENTS, ...BODIES, ...INSTITUTIONS, ...TOPICS]);

/**
 * UHRI theme names that OHCHR has printed for the same theme over the years: the current name
 * first, then renamed or older ones (the 2015 level-2 names among them). A suggestion of one
 * counts as the other. Case, "and"/"&", commas and a trailing "- General" are ignored anyway.
 */
export const THEME_VARIANTS: readonly (readonly string[])[] = [
  [TORTURE, "Prohibition of torture & ill-treatment (including cruel, inhuman or degrading treatment)", "Prohibition of torture and cruel, inhuman or degrading treatment"],
  [EXPRESSION, "Freedom of opinion & expression & right to information", "Freedom of opinion and expression"],
  ["Cooperation and meaningful consultation with civil society & participation", "Cooperation & consultation with civil society"],
  [WORK, "Labour rights and right to work", "Right to work", "Right to just and favourable conditions of work"],
  ["Safe drinking water & sanitation", "Human Rights & drinking water & sanitation"],
  [CHILDREN, "Children: definition; general principles; protection"],
  [ACTION_PLANS, "National Plans of Action on Human Rights (or specific areas)"],
  ["Right to private life, privacy", "Private life & privacy"],
  [SGBV, "Sexual & other forms of gender-based violence"],
  ["Sexual & reproductive health and rights", "Access to sexual & reproductive health & services"],
  [POLICY, "Legal & institutional reform", "Institutions & policies", "Human rights policies"],
  [TRAFFICKING, "Prohibition of slavery, trafficking"],
  ["Inter-State cooperation & development or humanitarian assistance", "Inter-State cooperation and assistance", "Inter-State cooperation & development assistance"],
  ["Rule of law & impunity", "Impunity & transparency"],
  ["Statistics, indicators & disaggregated data", "Data collection & research", "Statistics and indicators"],
  [TREATY_BODIES, "Cooperation with treaty bodies"],
  [SPECIAL_PROCEDURES, "Cooperation with special procedures"],
  ["Cooperation & follow up with the Universal Periodic Review (UPR)", "Follow-up to Universal Periodic Review (UPR)"],
  [REMEDY, "Right to an effective remedy"],
  ["Human rights education, trainings & awareness raising", "Human rights education", "Awareness raising and dissemination"],
  ["Right to participate in public affairs & right to vote", "Right to participation in public affairs and right to vote"],
];
