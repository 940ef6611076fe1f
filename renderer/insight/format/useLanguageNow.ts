import { useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { i18n, uiLanguage } from '../../i18n';
import type { Language } from '../../../shared/vocabulary/language';
import type { Namespace } from '../../../shared/vocabulary/catalogues';
import type { Translate } from '../../../shared/vocabulary';

function subscribe(onChange: () => void): () => void {
  i18n.on('languageChanged', onChange);
  return () => i18n.off('languageChanged', onChange);
}

/** The UI's language, re-rendering the component when it changes: one cheap subscription, for parts drawn per card. */
export function useLanguageNow(): Language {
  return useSyncExternalStore(subscribe, uiLanguage, uiLanguage);
}

const fixed = new Map<string, TFunction<Namespace>>();

/**
 * `useT` for what the canvas draws once per card (a 2,000-card map draws thousands): the same words and keys, read
 * through one external-store subscription and a translator kept per language, instead of react-i18next's hook with
 * its several states and effects per component.
 */
export function useCardT<N extends Namespace>(namespace: N): TFunction<N> {
  const language = useLanguageNow();
  const key = `${language}|${namespace}`;
  let t = fixed.get(key);
  if (!t) {
    t = i18n.getFixedT(language, namespace) as TFunction<Namespace>;
    fixed.set(key, t);
  }
  return t as TFunction<N>;
}

const vocabularies = new Map<Language, Translate>();

/** `useVocabulary` for what the canvas draws once per card: the domain's display names in the UI's language. */
export function useCardVocabulary(): Translate {
  const language = useLanguageNow();
  let vocab = vocabularies.get(language);
  if (!vocab) {
    const t = i18n.getFixedT(language, 'vocabulary');
    vocab = (key, options = {}) => (options.count === undefined ? t(key) : t(key, { count: options.count }));
    vocabularies.set(language, vocab);
  }
  return vocab;
}
