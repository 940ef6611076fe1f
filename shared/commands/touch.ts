import { TEXT_LIMITS } from '../limits';
import type { TandemDoc } from '../schema/document';
import { getEntity, replaceEntity } from './collection';
import { CommandError } from './errors';
import type { CommandResult } from './handler';

/**
 * A team's "we touch this" mark on a card set (on) or taken back (off). Marking twice or unmarking an unmarked card
 * changes nothing, and its inverse is then the same no-op, so a resend or a double tap is harmless. Only a team of
 * the map may mark; taking back a mark of a team deleted since is allowed.
 */
export function touchCard(doc: TandemDoc, cmd: { id: string; teamId: string; on: boolean }): CommandResult {
  const card = getEntity(doc, 'cards', cmd.id, 'card');
  const before = card.touchedBy ?? [];
  const was = before.includes(cmd.teamId);
  const inverse = { type: 'card/touch' as const, id: cmd.id, teamId: cmd.teamId, on: was };
  if (was === cmd.on) return { doc, inverse };
  if (cmd.on) {
    if (!doc.teams.some((t) => t.id === cmd.teamId))
      throw new CommandError('not_found', `team "${cmd.teamId}" is not on the map`);
    if (before.length >= TEXT_LIMITS.touchesPerCard)
      throw new CommandError('invalid', `at most ${TEXT_LIMITS.touchesPerCard} teams may mark one card`);
  }
  // Kept sorted, so that a mark taken back and set again gives back the same list (undo, redo, disk and memory agree).
  const after = cmd.on ? [...before, cmd.teamId].sort() : before.filter((t) => t !== cmd.teamId);
  const { touchedBy: _, ...rest } = card;
  const next = after.length > 0 ? { ...rest, touchedBy: after } : rest;
  return { doc: { ...doc, cards: replaceEntity('cards', doc.cards, next) }, inverse };
}
