import { useEditor } from '../../store/useEditor';
import { isCardDimmed } from '../../store/teamFocus';

/**
 * True when the "what my team touches" filter is on and this card is outside the team's reach, so the canvas
 * draws it faded. The selector returns a boolean, so a card re-renders only when its own answer changes.
 */
export function useCardDimmed(cardId: string): boolean {
  return useEditor((s) => isCardDimmed(s.doc, s.teamFilter, cardId));
}
