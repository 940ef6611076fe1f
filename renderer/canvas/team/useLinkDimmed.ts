import { useEditor } from '../../store/useEditor';
import { isLinkDimmed } from '../../store/teamFocus';

/**
 * True when the team filter is on and a link is not on the way from the team's cards to a customer moment they
 * shape, so the canvas draws it faded: the links of that way stay bright, side branches and the journey fade.
 */
export function useLinkDimmed(linkId: string): boolean {
  return useEditor((s) => isLinkDimmed(s.doc, s.teamFilter, linkId));
}
