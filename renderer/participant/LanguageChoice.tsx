import { LANGUAGES, type Language } from '../../shared/vocabulary/language';
import { choosePageLanguage, PAGE_LANGUAGE_NAMES, pageLanguage, usePageT } from './i18n';

/** The page's small language menu: each language by its own name; a choice shows at once and is remembered. */
export function LanguageChoice() {
  const t = usePageT('workshop');
  return (
    <label className="language">
      <span>{t('participant.language')}</span>
      <select value={pageLanguage()} onChange={(e) => void choosePageLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {PAGE_LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
