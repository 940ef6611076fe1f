import { useEditor } from '../../store/useEditor';
import type { CardGap } from '../../store/surveySlice';

/** The worst flagged perception gap at this card's touchpoint, or null. O(1): read from a map built once per statistics answer. */
export function useCardGap(cardId: string): CardGap | null {
  return useEditor((s) => s.gapByCard.get(cardId) ?? null);
}
