import { onTeamPath, teamPath, type TeamPath } from '../../shared/insight/teamPath';
import type { TandemDoc } from '../../shared/schema/document';

// One path per (document, team): every card's dimmed-selector asks, but the walk over the links runs once per
// edit, not once per card. Documents are immutable, so a WeakMap keyed by them never serves a stale answer.
const cache = new WeakMap<TandemDoc, Map<string, TeamPath | null>>();

/** The team's path to the customer in this document, or null when the team no longer exists (then nothing is dimmed). */
export function teamReach(doc: TandemDoc, teamId: string): TeamPath | null {
  let perTeam = cache.get(doc);
  if (!perTeam) {
    perTeam = new Map();
    cache.set(doc, perTeam);
  }
  if (!perTeam.has(teamId)) perTeam.set(teamId, doc.teams.some((t) => t.id === teamId) ? teamPath(doc, teamId) : null);
  return perTeam.get(teamId) ?? null;
}

/** True when the team filter is on and the card is neither the team's, a customer moment it shapes, nor on the way. */
export function isCardDimmed(doc: TandemDoc, teamFilter: string | null, cardId: string): boolean {
  if (teamFilter === null) return false;
  const reach = teamReach(doc, teamFilter);
  return reach !== null && !onTeamPath(reach, cardId);
}

/** True when the team filter is on and the link is not on the way from the team's cards to a customer moment. */
export function isLinkDimmed(doc: TandemDoc, teamFilter: string | null, linkId: string): boolean {
  if (teamFilter === null) return false;
  const reach = teamReach(doc, teamFilter);
  return reach !== null && !reach.links.has(linkId);
}
