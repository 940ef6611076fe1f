import type { TandemClient } from '../api/client';
import { Menu } from './Menu';
import { LANGUAGES } from '../../shared/vocabulary/language';
import { showLanguage, uiLanguage, useT } from '../i18n';
import { LANGUAGE_NAMES } from './actions/languageActions';

/**
 * The UI language picker of the toolbar and the start screen (the desktop app also has View › Language): each
 * language by its own name, the one in effect checked. A choice shows at once and is remembered for the user.
 */
export function LanguageMenu({ client }: { client: TandemClient }) {
  const t = useT('app');
  const current = uiLanguage();
  return (
    <Menu
      label={<span lang={current}>{LANGUAGE_NAMES[current]}</span>}
      ariaLabel={t('language.menu', { language: LANGUAGE_NAMES[current] })}
      title={t('language.menu', { language: LANGUAGE_NAMES[current] })}
      items={LANGUAGES.map((language) => ({
        label: LANGUAGE_NAMES[language],
        checked: language === current,
        onSelect: () => {
          showLanguage(language);
          void client['settings/set']({ uiLanguage: language });
        },
      }))}
    />
  );
}
