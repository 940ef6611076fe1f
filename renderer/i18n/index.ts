import { createInstance, type TFunction } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { CATALOGUES, type ENGLISH, NAMESPACES, type Namespace } from '../../shared/vocabulary/catalogues';
import type { Translate } from '../../shared/vocabulary';
import { DEFAULT_LANGUAGE, type Language, LOCALE_TAG, languageOfLocales } from '../../shared/vocabulary/language';

/**
 * The UI's words (issue 14, ADR 0018). Every word a user reads sits in a JSON catalogue in
 * `shared/locales/<language>/<namespace>.json` under a key named by its meaning, and components read it with
 *
 *     const t = useT('app');
 *     <button>{t('toolbar.addCard')}</button>            // keys are type-checked against the English catalogue
 *     t('status.cards', { count: 3 })                      // plural forms by the language's rules (_one, _few, …)
 *
 * Code outside components (actions, store messages) uses `say('app', 'key')`, which reads the current language.
 * The language is the user's, not the map's: chosen in View › Language and remembered in the user's settings,
 * else the operating system's, else English; switching re-renders every reader at once, without a reload.
 */
export const i18n = createInstance();
void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: Object.keys(CATALOGUES),
  resources: CATALOGUES,
  ns: [...NAMESPACES],
  defaultNS: 'app',
  // Keys contain dots and are stored flat.
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: typeof ENGLISH;
    keySeparator: false;
    nsSeparator: false;
    returnNull: false;
  }
}

/** The translator of one namespace, re-rendering its component when the language changes. */
export function useT<N extends Namespace>(namespace: N) {
  return useTranslation(namespace, { i18n }).t;
}

/** The translator of one namespace outside React (actions, store messages): the current language at call time. */
export function sayIn<N extends Namespace>(namespace: N): TFunction<N> {
  return i18n.getFixedT(null, namespace);
}

/** The UI's language now. */
export function uiLanguage(): Language {
  return (languageOfLocales([i18n.language]) ?? DEFAULT_LANGUAGE) as Language;
}

/** The language the UI starts in: the user's choice, else the first of the OS's preferred locales Tandem speaks, else English. */
export function startLanguage(chosen: Language | null, osLocales: readonly string[]): Language {
  return chosen ?? languageOfLocales(osLocales) ?? DEFAULT_LANGUAGE;
}

/** Switches the UI's language at once (every `useT` reader re-renders) and marks the page's language for screen readers and fonts. */
export function showLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = LOCALE_TAG[language];
}

/**
 * The display names of domain values (lane kinds, line labels, severities, statuses…) in the UI's language, as a
 * `Translate` for `label(key, { t })` and the other vocabulary readers; re-renders its component on a switch.
 */
export function useVocabulary(): Translate {
  const t = useT('vocabulary');
  return (key, options = {}) => (options.count === undefined ? t(key) : t(key, { count: options.count }));
}

/** The same outside React: the UI's language at call time. */
export const vocabularyNow: Translate = (key, options = {}) => {
  const t = sayIn('vocabulary');
  return options.count === undefined ? t(key) : t(key, { count: options.count });
};
