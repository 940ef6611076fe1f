import type { Catalogue } from './catalogues';
import { type Language, LOCALE_TAG } from './language';

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([^}\s,]+)[^}]*\}\}/g;

/** The `{{placeholders}}` a text fills, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/** The plural forms a language's counts need (Intl's categories: en one/other, ru/uk/pl one/few/many/other, zh other). */
export function pluralForms(language: Language): string[] {
  return [...new Intl.PluralRules(LOCALE_TAG[language]).resolvedOptions().pluralCategories].sort();
}

/** The key a count's forms share (`count.card` for `count.card_few`), for the keys English stores as counts. */
function baseOf(key: string, countBases: ReadonlySet<string>): string {
  const m = PLURAL.exec(key);
  return m?.[1] !== undefined && countBases.has(m[1]) ? m[1] : key;
}

/**
 * What is wrong with a catalogue measured against the English one of the same namespace: a key English has and it
 * lacks, a key it has and English lacks, a count without exactly the plural forms its language needs, an empty
 * text, or a text whose `{{placeholders}}` differ from English's. Empty when the catalogue is complete.
 */
export function catalogueProblems(english: Catalogue, other: Catalogue, language: Language): string[] {
  const problems: string[] = [];
  const countBases = new Set(
    Object.keys(english)
      .map((k) => PLURAL.exec(k)?.[1])
      .filter((b): b is string => b !== undefined),
  );
  const englishText = (key: string): string | undefined => {
    const base = baseOf(key, countBases);
    return base === key ? english[key] : english[`${base}_other`];
  };
  const forms = pluralForms(language);
  for (const key of Object.keys(english)) {
    if (countBases.has(baseOf(key, countBases))) continue;
    if (!(key in other)) problems.push(`${key}: missing`);
  }
  for (const base of countBases) {
    const have = Object.keys(other)
      .filter((k) => k !== base && baseOf(k, countBases) === base)
      .map((k) => k.slice(base.length + 1))
      .sort();
    if (have.join() !== forms.join())
      problems.push(`${base}: plural forms ${have.join('/') || 'none'}, ${language} needs ${forms.join('/')}`);
  }
  for (const [key, text] of Object.entries(other)) {
    const source = englishText(key);
    if (source === undefined) {
      problems.push(`${key}: not in English`);
      continue;
    }
    if (text.trim() === '') problems.push(`${key}: empty`);
    const want = placeholders(source).join();
    const got = placeholders(text).join();
    if (want !== got) problems.push(`${key}: placeholders {${got}} where English has {${want}}`);
  }
  return problems;
}
