import { z } from 'zod';
import type { Card } from '../schema/card';
import { brandPromiseSchema, cardSchema } from '../schema/card';
import { idSchema, orderSchema } from '../schema/common';
import type { TandemDoc } from '../schema/document';
import { removeWithCascade } from './cascade';
import { clearingNull, undoWithNull } from './clearable';
import { getEntity } from './collection';
import { addEntity, updateEntity } from './entity';
import { CommandError } from './errors';
import type { Handlers } from './handler';
import { checkReferences } from './references';
import { touchCard } from './touch';

/** Commands that change cards. */
export const cardCommandSchemas = [
  z.object({ type: z.literal('card/add'), card: cardSchema }),
  z.object({
    type: z.literal('card/update'),
    id: idSchema,
    patch: cardSchema
      .omit({ id: true, laneId: true, stageId: true, order: true })
      .partial()
      // null clears the promise.
      .extend({ promise: brandPromiseSchema.nullable().optional() }),
  }),
  z.object({ type: z.literal('card/move'), id: idSchema, laneId: idSchema, stageId: idSchema, order: orderSchema }),
  z.object({ type: z.literal('card/delete'), id: idSchema }),
  /** One team says "we touch this" of a card (on) or takes it back (off); its own command so marks never race. */
  z.object({ type: z.literal('card/touch'), id: idSchema, teamId: idSchema, on: z.boolean() }),
] as const;

/** Refuses a card whose lane, stage, team or key does not fit the map. */
function checkCard(doc: TandemDoc, card: Card): void {
  checkReferences(doc, 'cards', card);
  if (card.key !== null) {
    const other = doc.cards.find((c) => c.key === card.key && c.id !== card.id);
    if (other)
      throw new CommandError(
        'conflict',
        `the key "${card.key}" is already used by the card "${other.title || other.id}"`,
      );
  }
}

export const cardHandlers: Handlers<(typeof cardCommandSchemas)[number]> = {
  'card/add': (doc, cmd) => {
    checkCard(doc, cmd.card);
    return { doc: addEntity(doc, 'cards', cmd.card, 'card'), inverse: { type: 'card/delete', id: cmd.card.id } };
  },
  'card/update': (doc, cmd) => {
    const r = updateEntity(doc, 'cards', cmd.id, clearingNull(cmd.patch, 'promise'), cardSchema, 'card');
    checkCard(doc, r.entity);
    if (cmd.patch.promise && r.entity.key === null)
      throw new CommandError(
        'invalid',
        `card "${r.entity.title || r.entity.id}": a promise is tested by the answers under the card's survey key; give the card a key first`,
      );
    return { doc: r.doc, inverse: { type: 'card/update', id: cmd.id, patch: undoWithNull(r.undo, 'promise') } };
  },
  'card/move': (doc, cmd) => {
    const r = updateEntity(
      doc,
      'cards',
      cmd.id,
      { laneId: cmd.laneId, stageId: cmd.stageId, order: cmd.order },
      cardSchema,
      'card',
    );
    checkCard(doc, r.entity);
    const { laneId, stageId, order } = r.old;
    return { doc: r.doc, inverse: { type: 'card/move', id: cmd.id, laneId, stageId, order } };
  },
  'card/touch': (doc, cmd) => touchCard(doc, cmd),
  'card/delete': (doc, cmd) => {
    getEntity(doc, 'cards', cmd.id, 'card');
    return removeWithCascade(doc, { cards: [cmd.id] });
  },
};
