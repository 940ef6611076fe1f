import { LANGUAGES, type Language } from '../../../shared/vocabulary/language';
import { defineActions } from '../../ui/actions/action';
import { showLanguage, uiLanguage } from '../../i18n';

/** Each language by its own name, as a reader of that language looks for it in a menu whatever the UI speaks now. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  ru: 'Русский',
  uk: 'Українська',
  pl: 'Polski',
  zh: '中文（简体）',
};

/**
 * View › Language: one choice per language, checked on the one in effect. Switching shows the UI in it at once and
 * remembers it in the user's settings (not in the map); the next start opens in it.
 */
export const LANGUAGE_ACTIONS = defineActions(
  LANGUAGES.map((language) => ({
    id: `language-${language}`,
    labelKey: `language.${language}` as const,
    descriptionKey: 'language.description' as const,
    words: { language: LANGUAGE_NAMES[language] },
    group: 'Map' as const,
    menu: { name: 'view' as const, section: 9 },
    checked: () => uiLanguage() === language,
    perform: ({ client }) => {
      showLanguage(language);
      void client?.['settings/set']({ uiLanguage: language });
    },
  })),
);
