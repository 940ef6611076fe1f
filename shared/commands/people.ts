import { z } from 'zod';
import { idSchema } from '../schema/common';
import { personaSchema } from '../schema/persona';
import { teamSchema } from '../schema/team';
import { removeWithCascade } from './cascade';
import { getEntity } from './collection';
import { addEntity, updateEntity } from './entity';
import { CommandError } from './errors';
import type { Handlers } from './handler';

/** Commands that change teams and personas. */
export const peopleCommandSchemas = [
  z.object({ type: z.literal('team/add'), team: teamSchema }),
  z.object({ type: z.literal('team/update'), id: idSchema, patch: teamSchema.omit({ id: true }).partial() }),
  z.object({ type: z.literal('team/delete'), id: idSchema }),
  z.object({ type: z.literal('persona/add'), persona: personaSchema }),
  z.object({ type: z.literal('persona/update'), id: idSchema, patch: personaSchema.omit({ id: true }).partial() }),
  z.object({ type: z.literal('persona/delete'), id: idSchema }),
] as const;

export const peopleHandlers: Handlers<(typeof peopleCommandSchemas)[number]> = {
  'team/add': (doc, cmd) => ({
    doc: addEntity(doc, 'teams', cmd.team, 'team'),
    inverse: { type: 'team/delete', id: cmd.team.id },
  }),
  'team/update': (doc, cmd) => {
    const r = updateEntity(doc, 'teams', cmd.id, cmd.patch, teamSchema, 'team');
    return { doc: r.doc, inverse: { type: 'team/update', id: cmd.id, patch: r.undo } };
  },
  'team/delete': (doc, cmd) => {
    getEntity(doc, 'teams', cmd.id, 'team');
    return removeWithCascade(doc, { teams: [cmd.id] });
  },
  'persona/add': (doc, cmd) => ({
    doc: addEntity(doc, 'personas', cmd.persona, 'persona'),
    inverse: { type: 'persona/delete', id: cmd.persona.id },
  }),
  'persona/update': (doc, cmd) => {
    const r = updateEntity(doc, 'personas', cmd.id, cmd.patch, personaSchema, 'persona');
    // The title block names a customer and an employee persona; switching one's side would make that wrong.
    const slot = r.old.side === 'customer' ? doc.meta.customerPersonaId : doc.meta.employeePersonaId;
    if (r.entity.side !== r.old.side && slot === cmd.id) {
      throw new CommandError(
        'invalid',
        `"${r.old.name}" is the map's ${r.old.side} persona; choose another one for the map before changing the side`,
      );
    }
    return { doc: r.doc, inverse: { type: 'persona/update', id: cmd.id, patch: r.undo } };
  },
  'persona/delete': (doc, cmd) => {
    getEntity(doc, 'personas', cmd.id, 'persona');
    return removeWithCascade(doc, { personas: [cmd.id] });
  },
};
