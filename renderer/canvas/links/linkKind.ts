import { laneSide } from '../../../shared/layout';
import type { TandemDoc } from '../../../shared/schema/document';
import type { Lane } from '../../../shared/schema/lane';
import type { LinkKind } from '../../../shared/schema/link';

/** Lanes below the line of visibility: the back office the customer never sees. */
export function isBelowVisibility(lane: Pick<Lane, 'kind'>): boolean {
  return lane.kind === 'backstage' || lane.kind === 'support';
}

/** Lanes above the line of visibility: what the customer does, meets or sees. */
export function isAboveVisibility(lane: Pick<Lane, 'kind' | 'side'>): boolean {
  return laneSide(lane) === 'customer' || lane.kind === 'frontstage';
}

/**
 * The kind a new link gets: `support` from a back-office card to a card above the line of visibility, `handoff`
 * between organisation-side cards owned by different teams, otherwise `flow`.
 */
export function defaultLinkKind(doc: Pick<TandemDoc, 'cards' | 'lanes'>, fromId: string, toId: string): LinkKind {
  const from = doc.cards.find((c) => c.id === fromId);
  const to = doc.cards.find((c) => c.id === toId);
  const fromLane = from && doc.lanes.find((l) => l.id === from.laneId);
  const toLane = to && doc.lanes.find((l) => l.id === to.laneId);
  if (!from || !to || !fromLane || !toLane) return 'flow';
  if (isBelowVisibility(fromLane) && isAboveVisibility(toLane)) return 'support';
  const organisation = laneSide(fromLane) === 'organisation' && laneSide(toLane) === 'organisation';
  if (organisation && from.ownerTeamId && to.ownerTeamId && from.ownerTeamId !== to.ownerTeamId) return 'handoff';
  return 'flow';
}

/** A support link from below the line of visibility to a moment above it: the back office's hidden contribution. */
export function isHiddenWork(
  kind: LinkKind,
  fromLane: Pick<Lane, 'kind' | 'side'> | undefined,
  toLane: Pick<Lane, 'kind' | 'side'> | undefined,
): boolean {
  return kind === 'support' && !!fromLane && !!toLane && isBelowVisibility(fromLane) && isAboveVisibility(toLane);
}
