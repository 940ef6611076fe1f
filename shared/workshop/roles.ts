import type { Command } from '../commands/types';
import type { TandemDoc } from '../schema/document';
import type { LaneKind } from '../schema/lane';

/** Lanes a participant may add a card to ("what I do here"): not the drawn curves and the computed scorecard. */
export const PARTICIPANT_LANES: ReadonlySet<LaneKind> = new Set([
  'customer',
  'touchpoint',
  'frontstage',
  'backstage',
  'support',
  'employee',
  'notes',
]);

/** Fields of their own card a participant may change: its words, never its place, owner or key. */
const OWN_CARD_FIELDS: ReadonlySet<string> = new Set(['title', 'notes', 'channel', 'tags']);

/** Fields of their own pain point a participant may change: its words and weight, never its card, votes or author. */
const OWN_PAIN_FIELDS: ReadonlySet<string> = new Set(['title', 'side', 'severity', 'reach', 'evidence']);

/** What the host knows when it judges a participant's command. */
export interface RoleContext {
  doc: TandemDoc;
  /** The participant's own contributions, by entity id. */
  owns: (entityId: string) => boolean;
  /** The map's team the participant said they are in, if it is one of the map's (`participantTeam`). */
  teamId?: string | null;
}

/**
 * The participant role's allowlist, enforced on the host: add a pain point or a note to any card (a note also to the
 * parking lot), add a card in an open lane,
 * change or withdraw what they added. Everything else — deleting or moving what others made, stages, lanes, links,
 * teams, metrics, batches, patches — is refused. Returns null when allowed, else the reason in words.
 */
export function participantMayApply(cmd: Command, ctx: RoleContext): string | null {
  switch (cmd.type) {
    case 'painPoint/add':
      return ctx.doc.cards.some((c) => c.id === cmd.painPoint.cardId) ? null : 'that card is no longer on the map';
    case 'card/add': {
      const lane = ctx.doc.lanes.find((l) => l.id === cmd.card.laneId);
      if (!lane) return 'that lane is no longer on the map';
      if (!PARTICIPANT_LANES.has(lane.kind)) return `cards in the "${lane.title}" lane are added by the facilitator`;
      return cmd.card.ownerTeamId ? 'a card you add has no owner team yet; the facilitator assigns it' : null;
    }
    case 'painPoint/update': {
      if (!ctx.owns(cmd.id)) return 'you can change only the pain points you added';
      const other = Object.keys(cmd.patch).find((k) => !OWN_PAIN_FIELDS.has(k));
      return other ? `the facilitator changes a pain point's ${other}` : null;
    }
    case 'painPoint/delete':
      return ctx.owns(cmd.id) ? null : 'you can change only the pain points you added';
    case 'card/update': {
      if (!ctx.owns(cmd.id)) return 'you can change only the cards you added';
      const other = Object.keys(cmd.patch).find((k) => !OWN_CARD_FIELDS.has(k));
      return other ? `the facilitator changes a card's ${other}` : null;
    }
    case 'card/delete': {
      if (!ctx.owns(cmd.id)) return 'you can withdraw only the cards you added';
      // Deleting a card takes what hangs on it: never someone else's pain point or the facilitator's link.
      const others =
        ctx.doc.painPoints.some((p) => p.cardId === cmd.id && !ctx.owns(p.id)) ||
        ctx.doc.notes.some((n) => n.cardId === cmd.id && !ctx.owns(n.id));
      const linked = ctx.doc.links.some((l) => l.fromId === cmd.id || l.toId === cmd.id);
      return others || linked ? 'others have added to this card; ask the facilitator to remove it' : null;
    }
    case 'note/add':
      // A note goes on any card, or into the parking lot for the facilitator to place.
      return cmd.note.cardId === null || ctx.doc.cards.some((c) => c.id === cmd.note.cardId)
        ? null
        : 'that card is no longer on the map';
    case 'note/update':
      if (!ctx.owns(cmd.id)) return 'you can change only the notes you added';
      return Object.keys(cmd.patch).some((k) => k !== 'text') ? "the facilitator changes a note's author" : null;
    case 'note/delete':
      return ctx.owns(cmd.id) ? null : 'you can withdraw only the notes you added';
    case 'card/touch':
      // "We touch this": any card, but only for the participant's own team, never another's.
      if (!ctx.doc.cards.some((c) => c.id === cmd.id)) return 'that card is no longer on the map';
      if (!ctx.teamId) return "say which of the map's teams you are in first";
      return cmd.teamId === ctx.teamId ? null : 'you can mark cards only for your own team';
    case 'vote/move':
      // A dot: the host's voting desk has judged it against the open round and the voter's allowance.
      return ctx.doc.voteRounds.some((r) => r.id === cmd.roundId) ? null : 'that voting round is not on the map';
    default:
      return 'only the facilitator can make that change';
  }
}

/** The entity a participant's allowed command creates, which becomes theirs. */
export function createdBy(cmd: Command): string | null {
  if (cmd.type === 'painPoint/add') return cmd.painPoint.id;
  if (cmd.type === 'card/add') return cmd.card.id;
  if (cmd.type === 'note/add') return cmd.note.id;
  return null;
}
