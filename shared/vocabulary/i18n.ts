import { createInstance, type i18n } from 'i18next';
import { CATALOGUES, type ExportKey } from './catalogues';
import type { Translate } from './index';
import { DEFAULT_LANGUAGE, type Language, LOCALE_TAG } from './language';

/** Values filled into an export text's `{{placeholders}}`. */
export type Fill = Readonly<Record<string, string | number>>;

/** Everything an export needs to speak one language: words by key, and numbers, shares and dates as its readers write them. */
export interface MapLocale {
  language: Language;
  /** The BCP 47 tag for `lang` attributes and `Intl`. */
  tag: string;
  /** Display names of domain values (the vocabulary namespace), for `label(key, { t })`. */
  t: Translate;
  /** The export's own words (the export namespace), `{{placeholders}}` filled from `fill`. */
  say: (key: ExportKey, fill?: Fill) => string;
  /** A number rounded to `decimals` places, a negative one with a true minus sign ("−12", "4,25"); `fixed` keeps trailing zeros ("3,90"). */
  number: (value: number, decimals?: number, fixed?: boolean) => string;
  /** A share of 0–1 as a whole percentage ("41%", "41 %"). */
  percent: (share: number) => string;
  /** A calendar date, in UTC so an export made anywhere prints the same day ("3 грудня 2026 р."). */
  date: (when: Date) => string;
}

/**
 * One i18next instance per language, built synchronously from the JSON catalogues (no backend, no `window`), with
 * English as the fallback for a key a catalogue lacks. Keys contain dots and are stored flat, so the key and
 * namespace separators are off; the exports escape text themselves, so i18next does not.
 */
function instanceFor(language: Language): i18n {
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: Object.keys(CATALOGUES),
    resources: CATALOGUES,
    ns: ['vocabulary', 'export'],
    defaultNS: 'vocabulary',
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

const locales = new Map<Language, MapLocale>();

/** The locale of a language, built once and kept. */
export function localeFor(language: Language): MapLocale {
  const known = locales.get(language);
  if (known) return known;
  const instance = instanceFor(language);
  const tag = LOCALE_TAG[language];
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (decimals: number, fixed: boolean) => {
    const key = fixed ? -decimals - 1 : decimals;
    let format = numbers.get(key);
    if (!format) {
      // Grouping only from five digits: "n=1200" stays one word, "12 000" reads as a number.
      format = new Intl.NumberFormat(tag, {
        maximumFractionDigits: decimals,
        minimumFractionDigits: fixed ? decimals : 0,
        useGrouping: 'min2',
      });
      numbers.set(key, format);
    }
    return format;
  };
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const locale: MapLocale = {
    language,
    tag,
    t: (key, options = {}) =>
      options.count === undefined
        ? instance.t(key, { ns: 'vocabulary' })
        : instance.t(key, { ns: 'vocabulary', count: options.count }),
    say: (key, fill = {}) => instance.t(key, { ns: 'export', ...fill }),
    number: (value, decimals = 1, fixed = false) => {
      const rounded = Math.round(value * 10 ** decimals) / 10 ** decimals;
      const text = numberFormat(decimals, fixed).format(Math.abs(rounded));
      return rounded < 0 ? `−${text}` : text;
    },
    percent: (share) => percent.format(share),
    date: (when) => date.format(when),
  };
  locales.set(language, locale);
  return locale;
}

/** The translator of a language's display names, for `label(key, { t })`; English is the default and the fallback. */
export function translatorFor(language: Language): Translate {
  return localeFor(language).t;
}
