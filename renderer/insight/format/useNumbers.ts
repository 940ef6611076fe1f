import { type Language, LOCALE_TAG } from '../../../shared/vocabulary/language';
import { useLanguageNow } from './useLanguageNow';

/** Numbers as the UI's language writes them: decimal mark, percent sign and spacing, lists ("a and b"). */
export interface Numbers {
  /** A figure such as a priority: up to two decimals ("15.6", "15,6"). */
  number(value: number): string;
  /** A share 0…1 as a percentage, with up to `digits` decimals ("41%", "41 %"). */
  percent(value: number, digits?: number): string;
  /** A share with exactly `digits` decimals ("0.417", "0,417"). */
  fixed(value: number, digits: number): string;
  /** Items joined as a sentence lists them ("a and b", "a i b", "a 和 b"). */
  list(items: readonly string[]): string;
}

const made = new Map<Language, Numbers>();

/** The number writers of one language, made once: `Intl` with the language's tag (`zh` → `zh-Hans`). */
export function numbersIn(language: Language): Numbers {
  const known = made.get(language);
  if (known) return known;
  const tag = LOCALE_TAG[language];
  const plain = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percents = new Map<number, Intl.NumberFormat>();
  const fixeds = new Map<number, Intl.NumberFormat>();
  const lists = new Intl.ListFormat(tag, { type: 'conjunction' });
  const numbers: Numbers = {
    number: (value) => plain.format(value),
    percent: (value, digits = 0) => {
      let f = percents.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits });
        percents.set(digits, f);
      }
      return f.format(value);
    },
    fixed: (value, digits) => {
      let f = fixeds.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
        fixeds.set(digits, f);
      }
      return f.format(value);
    },
    list: (items) => lists.format(items),
  };
  made.set(language, numbers);
  return numbers;
}

/** The number writers of the UI's language, re-rendering the component when the language changes. */
export function useNumbers(): Numbers {
  return numbersIn(useLanguageNow());
}
