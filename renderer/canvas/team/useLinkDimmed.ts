import { useEditor } from '../../store/useEditor';
import { isCardDimmed } from '../../store/teamFocus';

/**
 * True when the team filter is on and a link does not connect two cards in the team's reach, so the canvas
 * draws it faded: the links from a team's cards to the moments they shape stay bright.
 */
export function useLinkDimmed(fromId: string, toId: string): boolean {
  return useEditor((s) => isCardDimmed(s.doc, s.teamFilter, fromId) || isCardDimmed(s.doc, s.teamFilter, toId));
}
