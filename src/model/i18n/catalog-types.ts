import type { Localized } from "../vocabularies";

/** A domain's messages: every message exists in English, Spanish and French, or it does not compile. */
export type Catalog = Record<string, Localized>;
