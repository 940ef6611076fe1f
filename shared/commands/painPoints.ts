import { z } from 'zod';
import { idSchema } from '../schema/common';
import { calendarDaySchema, opportunitySchema } from '../schema/opportunity';
import { painPointSchema } from '../schema/painPoint';
import { removeWithCascade } from './cascade';
import { clearingNull, undoWithNull } from './clearable';
import { getEntity } from './collection';
import { addEntity, updateEntity } from './entity';
import type { Handlers } from './handler';
import { CommandError } from './errors';
import { checkReferences } from './references';

/** Commands that change pain points and the actions that answer them. */
export const painPointCommandSchemas = [
  z.object({ type: z.literal('painPoint/add'), painPoint: painPointSchema }),
  z.object({ type: z.literal('painPoint/update'), id: idSchema, patch: painPointSchema.omit({ id: true }).partial() }),
  z.object({ type: z.literal('painPoint/delete'), id: idSchema }),
  z.object({ type: z.literal('opportunity/add'), opportunity: opportunitySchema }),
  z.object({
    type: z.literal('opportunity/update'),
    id: idSchema,
    // null clears the done date.
    patch: opportunitySchema.omit({ id: true }).partial().extend({ doneAt: calendarDaySchema.nullable().optional() }),
  }),
  z.object({ type: z.literal('opportunity/delete'), id: idSchema }),
] as const;

export const painPointHandlers: Handlers<(typeof painPointCommandSchemas)[number]> = {
  'painPoint/add': (doc, cmd) => {
    checkReferences(doc, 'painPoints', cmd.painPoint);
    return {
      doc: addEntity(doc, 'painPoints', cmd.painPoint, 'pain point'),
      inverse: { type: 'painPoint/delete', id: cmd.painPoint.id },
    };
  },
  'painPoint/update': (doc, cmd) => {
    const r = updateEntity(doc, 'painPoints', cmd.id, cmd.patch, painPointSchema, 'pain point');
    checkReferences(doc, 'painPoints', r.entity);
    return { doc: r.doc, inverse: { type: 'painPoint/update', id: cmd.id, patch: r.undo } };
  },
  'painPoint/delete': (doc, cmd) => {
    getEntity(doc, 'painPoints', cmd.id, 'pain point');
    return removeWithCascade(doc, { painPoints: [cmd.id] });
  },
  'opportunity/add': (doc, cmd) => {
    checkReferences(doc, 'opportunities', cmd.opportunity);
    return {
      doc: addEntity(doc, 'opportunities', cmd.opportunity, 'action'),
      inverse: { type: 'opportunity/delete', id: cmd.opportunity.id },
    };
  },
  'opportunity/update': (doc, cmd) => {
    const old = getEntity(doc, 'opportunities', cmd.id, 'action');
    const status = cmd.patch.status ?? old.status;
    if (status !== 'done' && cmd.patch.doneAt)
      throw new CommandError('invalid', `action "${old.title || old.id}": only a done action has a done date`);
    // An action that leaves "done" loses its done date in the same step, so one undo brings both back.
    const patch = status !== 'done' && old.doneAt !== undefined ? { ...cmd.patch, doneAt: null } : cmd.patch;
    const r = updateEntity(doc, 'opportunities', cmd.id, clearingNull(patch, 'doneAt'), opportunitySchema, 'action');
    checkReferences(doc, 'opportunities', r.entity);
    return { doc: r.doc, inverse: { type: 'opportunity/update', id: cmd.id, patch: undoWithNull(r.undo, 'doneAt') } };
  },
  'opportunity/delete': (doc, cmd) => {
    getEntity(doc, 'opportunities', cmd.id, 'action');
    return removeWithCascade(doc, { opportunities: [cmd.id] });
  },
};
