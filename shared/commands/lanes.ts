import { z } from 'zod';
import { idSchema, orderSchema } from '../schema/common';
import { laneSchema } from '../schema/lane';
import { removeWithCascade } from './cascade';
import { getEntity } from './collection';
import { addEntity, updateEntity } from './entity';
import { CommandError } from './errors';
import type { Handlers } from './handler';
import { moveCardsOut } from './stages';

/** Commands that change the lanes (rows). */
export const laneCommandSchemas = [
  z.object({ type: z.literal('lane/add'), lane: laneSchema }),
  z.object({
    type: z.literal('lane/update'),
    id: idSchema,
    patch: laneSchema.omit({ id: true, order: true }).partial(),
  }),
  z.object({ type: z.literal('lane/move'), id: idSchema, order: orderSchema }),
  z.object({
    type: z.literal('lane/delete'),
    id: idSchema,
    /** What happens to the cards in the lane: deleted with it, or moved to another lane. */
    cards: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('delete') }),
      z.object({ mode: z.literal('move'), toLaneId: idSchema }),
    ]),
  }),
] as const;

export const laneHandlers: Handlers<(typeof laneCommandSchemas)[number]> = {
  'lane/add': (doc, cmd) => ({
    doc: addEntity(doc, 'lanes', cmd.lane, 'lane'),
    inverse: { type: 'lane/delete', id: cmd.lane.id, cards: { mode: 'delete' } },
  }),
  'lane/update': (doc, cmd) => {
    const r = updateEntity(doc, 'lanes', cmd.id, cmd.patch, laneSchema, 'lane');
    return { doc: r.doc, inverse: { type: 'lane/update', id: cmd.id, patch: r.undo } };
  },
  'lane/move': (doc, cmd) => {
    const r = updateEntity(doc, 'lanes', cmd.id, { order: cmd.order }, laneSchema, 'lane');
    return { doc: r.doc, inverse: { type: 'lane/move', id: cmd.id, order: r.old.order } };
  },
  'lane/delete': (doc, cmd) => {
    getEntity(doc, 'lanes', cmd.id, 'lane');
    if (doc.lanes.length === 1) throw new CommandError('invalid', 'a map needs at least one lane');
    let base = doc;
    if (cmd.cards.mode === 'move') {
      const to = cmd.cards.toLaneId;
      if (to === cmd.id) throw new CommandError('invalid', 'cards cannot be moved to the lane being deleted');
      getEntity(doc, 'lanes', to, 'lane');
      base = moveCardsOut(
        doc,
        (l) => l === cmd.id,
        (_l, s) => [to, s],
      );
    }
    const r = removeWithCascade(base, { lanes: [cmd.id] });
    if (cmd.cards.mode === 'move') {
      const moved = doc.cards.filter((c) => c.laneId === cmd.id);
      r.inverse.put = { ...r.inverse.put, cards: [...(r.inverse.put?.cards ?? []), ...moved] };
    }
    return r;
  },
};
