import { localeFor } from '../../../shared/vocabulary/i18n';
import { uiLanguage } from '../../i18n';

/** An index (0–100) to one decimal in the UI language's numbers; "–" where it has no value. */
export const indexText = (value: number | null): string =>
  value === null ? '–' : localeFor(uiLanguage()).number(value, 1, true);
