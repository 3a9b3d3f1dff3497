import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import { languageFromTag, translate, type MessageKey, type MessageParams } from "../model/i18n/messages";
import type { Language } from "../model/vocabularies";

const STORAGE_KEY = "rights-matrix.language";

/**
 * Each interface language with its name; the Record type makes a new Language fail to compile
 * until it is listed here. (Not LANGUAGES from vocabularies.ts: that module carries the SDG
 * data, which the first screen does not need.)
 */
export const LANGUAGE_NAMES: Record<Language, MessageKey> = {
  en: "taskpane.language.en",
  es: "taskpane.language.es",
  fr: "taskpane.language.fr",
};

/** A language chosen on the About page wins; then Office's display language; then the browser's. */
export function initialLanguage(officeDisplayLanguage: string | null): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  if (officeDisplayLanguage) return languageFromTag(officeDisplayLanguage);
  return languageFromTag(navigator.languages?.[0] ?? navigator.language);
}

function readStoredLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value && Object.prototype.hasOwnProperty.call(LANGUAGE_NAMES, value) ? (value as Language) : null;
  } catch {
    return null; // storage can be disabled (private mode, some Office webviews)
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // The choice then lasts for this session only.
  }
}

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageState>({ language: "en", setLanguage: () => undefined });

export function LanguageProvider({ value, children }: { value: LanguageState; children: ReactNode }) {
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** `t(key, params)` in the interface language. */
export function useTranslate(): Translate {
  const { language } = useLanguage();
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(language, key, params), [language]);
  return useMemo(() => t, [t]);
}
