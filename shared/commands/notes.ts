import { z } from 'zod';
import { idSchema } from '../schema/common';
import { noteSchema } from '../schema/note';
import { removeWithCascade } from './cascade';
import { getEntity } from './collection';
import { addEntity, updateEntity } from './entity';
import type { Handlers } from './handler';
import { checkReferences } from './references';

/**
 * Commands of notes from the room (ADR 0027): add, change the words (or the author's marks), delete, and move — onto a card, to another card,
 * or back to the parking lot (`cardId: null`).
 */
export const noteCommandSchemas = [
  z.object({ type: z.literal('note/add'), note: noteSchema }),
  z.object({
    type: z.literal('note/update'),
    id: idSchema,
    patch: noteSchema.pick({ text: true, author: true }).partial(),
  }),
  z.object({ type: z.literal('note/delete'), id: idSchema }),
  z.object({ type: z.literal('note/move'), id: idSchema, cardId: idSchema.nullable() }),
] as const;

export const noteHandlers: Handlers<(typeof noteCommandSchemas)[number]> = {
  'note/add': (doc, cmd) => {
    checkReferences(doc, 'notes', cmd.note);
    return { doc: addEntity(doc, 'notes', cmd.note, 'note'), inverse: { type: 'note/delete', id: cmd.note.id } };
  },
  'note/update': (doc, cmd) => {
    const r = updateEntity(doc, 'notes', cmd.id, cmd.patch, noteSchema, 'note');
    return { doc: r.doc, inverse: { type: 'note/update', id: cmd.id, patch: r.undo } };
  },
  'note/delete': (doc, cmd) => {
    getEntity(doc, 'notes', cmd.id, 'note');
    return removeWithCascade(doc, { notes: [cmd.id] });
  },
  'note/move': (doc, cmd) => {
    const r = updateEntity(doc, 'notes', cmd.id, { cardId: cmd.cardId }, noteSchema, 'note');
    checkReferences(doc, 'notes', r.entity);
    return { doc: r.doc, inverse: { type: 'note/move', id: cmd.id, cardId: r.old.cardId } };
  },
};
