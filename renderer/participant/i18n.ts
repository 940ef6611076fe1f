import { createInstance } from 'i18next';
import { useTranslation } from 'react-i18next';
import enVocabulary from '../../shared/locales/en/vocabulary.json';
import enVoting from '../../shared/locales/en/voting.json';
import enWorkshop from '../../shared/locales/en/workshop.json';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LOCALE_TAG,
  type Language,
  languageOfLocales,
} from '../../shared/vocabulary/language';

/**
 * The participant page's words: a light i18next instance of its own with only the namespaces the page reads
 * (`workshop`, `voting`, `vocabulary`), so the page's bundle stays small (the editor's instance carries every
 * catalogue). It starts in the phone's language and falls back to English; the page's language menu switches it.
 */
const PAGE_NAMESPACES = ['workshop', 'voting', 'vocabulary'] as const;

type PageNamespace = (typeof PAGE_NAMESPACES)[number];

/**
 * English is in the page (the fallback for any missing word); each other language is its own small file, fetched
 * only by a page that speaks it, so a room's phones load one language, not five.
 */
const OTHERS = import.meta.glob<Record<string, string>>(
  '../../shared/locales/{ru,uk,pl,zh}/{workshop,voting,vocabulary}.json',
  {
    import: 'default',
  },
);

/** Fetches a language's catalogues into the page's instance (nothing to do for English or one already loaded). */
export async function loadPageLanguage(language: Language): Promise<void> {
  if (language === DEFAULT_LANGUAGE || pageI18n.hasResourceBundle(language, 'workshop')) return;
  await Promise.all(
    PAGE_NAMESPACES.map(async (ns: PageNamespace) => {
      const load = OTHERS[`../../shared/locales/${language}/${ns}.json`];
      if (load) pageI18n.addResourceBundle(language, ns, await load(), true, true);
    }),
  );
}

/** Each language by its own name, for the page's language menu. */
export const PAGE_LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  ru: 'Русский',
  uk: 'Українська',
  pl: 'Polski',
  zh: '中文',
};

/** Where the page remembers a participant's choice of language (a reload keeps it). */
const CHOICE_KEY = 'tandem.workshop.language';

/** The language a page starts in: the participant's earlier choice, else the browser's, else English. */
export function pageStartLanguage(chosen: string | null, browserLocales: readonly string[]): Language {
  return languageOfLocales(chosen ? [chosen] : []) ?? languageOfLocales(browserLocales) ?? DEFAULT_LANGUAGE;
}

function storedChoice(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(CHOICE_KEY);
  } catch {
    return null;
  }
}

export const pageI18n = createInstance();
void pageI18n.init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  resources: { en: { workshop: enWorkshop, voting: enVoting, vocabulary: enVocabulary } },
  partialBundledLanguages: true,
  ns: [...PAGE_NAMESPACES],
  defaultNS: 'workshop',
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The page starts in the participant's earlier choice, else the browser's language, else English. */
export async function startPageLanguage(): Promise<void> {
  const language = pageStartLanguage(storedChoice(), typeof navigator === 'undefined' ? [] : navigator.languages);
  await loadPageLanguage(language).catch(() => undefined);
  showPageLanguage(language);
}

function showPageLanguage(language: Language): void {
  void pageI18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = LOCALE_TAG[language];
}

/** The page's language now. */
export function pageLanguage(): Language {
  return languageOfLocales([pageI18n.language]) ?? DEFAULT_LANGUAGE;
}

/** Switches the page's language at once and remembers it on this device. */
export async function choosePageLanguage(language: Language): Promise<void> {
  await loadPageLanguage(language).catch(() => undefined);
  showPageLanguage(language);
  try {
    localStorage.setItem(CHOICE_KEY, language);
  } catch {
    // A browser that keeps nothing (private tab) still switches for this visit.
  }
}

/** The page's translator of one namespace; its component re-renders when the language changes. */
export function usePageT<N extends (typeof PAGE_NAMESPACES)[number]>(namespace: N) {
  return useTranslation(namespace, { i18n: pageI18n }).t;
}
