import type { TandemDoc } from '../../../shared/schema/document';
import { useCardT, useCardVocabulary, useLanguageNow } from '../../insight/format/useLanguageNow';
import { useEditor } from '../../store/useEditor';
import { cardNames } from './accessibleNames';

// The names of one document in one language, made once for all cards: each card then looks its own up.
const cache = new WeakMap<TandemDoc, { language: string; names: Map<string, string> }>();

/** A card's accessible name (stage, lane, title, pain points, emotion, metrics) in the UI's language. */
export function useCardName(cardId: string): string {
  const language = useLanguageNow();
  const t = useCardT('keyboard');
  const vocabulary = useCardVocabulary();
  return useEditor((s) => {
    let entry = cache.get(s.doc);
    if (!entry || entry.language !== language) {
      entry = { language, names: cardNames(s.doc, { t, vocabulary }) };
      cache.set(s.doc, entry);
    }
    return entry.names.get(cardId) ?? '';
  });
}
