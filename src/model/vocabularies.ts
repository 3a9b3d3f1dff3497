import sdgGoals from "./data/sdg-goals.json";
import sdgTargets from "./data/sdg-targets.json";
import uhriThemes from "./data/uhri-themes.json";
import uhriAffectedPersons from "./data/uhri-affected-persons.json";

export type Language = "en" | "es" | "fr";
export const LANGUAGES: readonly Language[] = ["en", "es", "fr"];
export type Localized = Record<Language, string>;

export type MechanismKind = "upr" | "treaty-body" | "special-procedures" | "regional" | "national";

export interface Mechanism {
  code: string;
  name: string;
  kind: MechanismKind;
  /** The body's name in a Spanish or French workbook's Lists sheet (the code stays as it is). */
  translated: { es: string; fr: string };
}

/** Every body that issues recommendations a State follows up. Codes are what the workbook stores. */
export const MECHANISMS: readonly Mechanism[] = [
  { code: "UPR", name: "Universal Periodic Review", kind: "upr" , translated: { es: "Examen Periódico Universal", fr: "Examen périodique universel" } },
  { code: "CCPR", name: "Human Rights Committee", kind: "treaty-body" , translated: { es: "Comité de Derechos Humanos", fr: "Comité des droits de l'homme" } },
  { code: "CESCR", name: "Committee on Economic, Social and Cultural Rights", kind: "treaty-body" , translated: { es: "Comité de Derechos Económicos, Sociales y Culturales", fr: "Comité des droits économiques, sociaux et culturels" } },
  { code: "CERD", name: "Committee on the Elimination of Racial Discrimination", kind: "treaty-body" , translated: { es: "Comité para la Eliminación de la Discriminación Racial", fr: "Comité pour l'élimination de la discrimination raciale" } },
  { code: "CEDAW", name: "Committee on the Elimination of Discrimination against Women", kind: "treaty-body" , translated: { es: "Comité para la Eliminación de la Discriminación contra la Mujer", fr: "Comité pour l'élimination de la discrimination à l'égard des femmes" } },
  { code: "CAT", name: "Committee against Torture", kind: "treaty-body" , translated: { es: "Comité contra la Tortura", fr: "Comité contre la torture" } },
  { code: "SPT", name: "Subcommittee on Prevention of Torture", kind: "treaty-body" , translated: { es: "Subcomité para la Prevención de la Tortura", fr: "Sous-comité pour la prévention de la torture" } },
  { code: "CRC", name: "Committee on the Rights of the Child", kind: "treaty-body" , translated: { es: "Comité de los Derechos del Niño", fr: "Comité des droits de l'enfant" } },
  { code: "CMW", name: "Committee on Migrant Workers", kind: "treaty-body" , translated: { es: "Comité de Trabajadores Migratorios", fr: "Comité des travailleurs migrants" } },
  { code: "CRPD", name: "Committee on the Rights of Persons with Disabilities", kind: "treaty-body" , translated: { es: "Comité sobre los Derechos de las Personas con Discapacidad", fr: "Comité des droits des personnes handicapées" } },
  { code: "CED", name: "Committee on Enforced Disappearances", kind: "treaty-body" , translated: { es: "Comité contra la Desaparición Forzada", fr: "Comité des disparitions forcées" } },
  { code: "SP", name: "Special procedures of the Human Rights Council", kind: "special-procedures" , translated: { es: "Procedimientos especiales del Consejo de Derechos Humanos", fr: "Procédures spéciales du Conseil des droits de l'homme" } },
  { code: "IACHR", name: "Inter-American Commission on Human Rights", kind: "regional" , translated: { es: "Comisión Interamericana de Derechos Humanos", fr: "Commission interaméricaine des droits de l'homme" } },
  { code: "IACtHR", name: "Inter-American Court of Human Rights", kind: "regional" , translated: { es: "Corte Interamericana de Derechos Humanos", fr: "Cour interaméricaine des droits de l'homme" } },
  { code: "ACHPR", name: "African Commission on Human and Peoples' Rights", kind: "regional" , translated: { es: "Comisión Africana de Derechos Humanos y de los Pueblos", fr: "Commission africaine des droits de l'homme et des peuples" } },
  { code: "ECtHR", name: "European Court of Human Rights", kind: "regional" , translated: { es: "Tribunal Europeo de Derechos Humanos", fr: "Cour européenne des droits de l'homme" } },
  { code: "CoE", name: "Council of Europe monitoring bodies (ECRI, GREVIO, CPT, ...)", kind: "regional" , translated: { es: "Órganos de supervisión del Consejo de Europa (ECRI, GREVIO, CPT, ...)", fr: "Organes de suivi du Conseil de l'Europe (ECRI, GREVIO, CPT, ...)" } },
  { code: "NHRI", name: "National human rights institution", kind: "national" , translated: { es: "Institución nacional de derechos humanos", fr: "Institution nationale des droits de l'homme" } },
  { code: "National", name: "National body or plan", kind: "national" , translated: { es: "Órgano o plan nacional", fr: "Organe ou plan national" } },
];

export const RESPONSES = ["Supported", "Supported in part", "Noted", "Pending", "Not applicable"] as const;
export type RecommendationResponse = (typeof RESPONSES)[number];

export const IMPLEMENTATION_STATUSES = [
  "Not assessed",
  "Not started",
  "In progress",
  "Partially implemented",
  "Implemented",
  "Not applicable",
] as const;

export const ACTION_STATUSES = ["Planned", "In progress", "Completed", "Delayed", "Cancelled"] as const;
export const COMPLETED_ACTION_STATUS = "Completed";
/** A cancelled action addresses nothing any more (the gap list). */
export const CANCELLED_ACTION_STATUS = "Cancelled";

/** The OHCHR indicator framework (HR/PUB/12/5). */
export const INDICATOR_TYPES = ["Structural", "Process", "Outcome"] as const;

export const REPORTING_FREQUENCIES = ["Monthly", "Quarterly", "Semi-annual", "Annual", "Biennial", "One-off"] as const;

export const REVIEW_STATUSES = ["Draft", "Submitted", "Approved", "Rejected", "Published"] as const;

export const INSTITUTION_BRANCHES = [
  "Executive",
  "Legislative",
  "Judiciary",
  "Independent institution",
  "Local government",
  "Civil society",
  "International partner",
  "Other",
] as const;

export const YES_NO = ["Yes", "No"] as const;

/** ISO 4217 codes most often met in national action plans; the Lists sheet takes more. */
export const CURRENCIES = [
  "USD", "EUR", "GBP", "CHF", "XOF", "XAF", "KES", "NGN", "ZAR", "EGP", "MAD", "ETB", "GHS", "UGX", "TZS",
  "PYG", "ARS", "BRL", "CLP", "COP", "MXN", "PEN", "UYU", "BOB", "GTQ", "HNL", "DOP",
  "WST", "FJD", "AUD", "NZD", "INR", "IDR", "PHP", "THB", "PKR", "BDT", "JPY", "CNY",
  "TRY", "UAH", "GEL", "AMD", "KZT", "JOD", "LBP", "TND",
] as const;

export interface SdgGoal {
  goal: number;
  short: Localized;
  title: Localized;
}

export interface SdgTarget {
  goal: number;
  /** "16.3", "1.a" */
  target: string;
  kind: "outcome" | "means_of_implementation";
  text: Localized;
}

/** The 17 goals and 169 targets of A/RES/70/1, in English, Spanish and French (Open SDG, MIT). */
export const SDG_GOALS: readonly SdgGoal[] = sdgGoals as SdgGoal[];
export const SDG_TARGETS: readonly SdgTarget[] = sdgTargets as SdgTarget[];

/** UHRI theme names as OHCHR prints them (see data/PROVENANCE.md). */
export const UHRI_THEMES: readonly string[] = uhriThemes;
export const UHRI_AFFECTED_PERSONS: readonly string[] = uhriAffectedPersons;
