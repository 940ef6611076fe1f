import { z } from 'zod';
import { mapMetaSchema } from '../schema/map';
import { getEntity } from './collection';
import { CommandError } from './errors';
import { describeIssues } from './entity';
import type { Handlers } from './handler';
import { checkReferences } from './references';

/** Commands that change the map's title block and settings. */
export const mapCommandSchemas = [
  z.object({ type: z.literal('map/update'), patch: mapMetaSchema.omit({ id: true, createdAt: true }).partial() }),
] as const;

export const mapHandlers: Handlers<(typeof mapCommandSchemas)[number]> = {
  'map/update': (doc, cmd) => {
    const parsed = mapMetaSchema.safeParse({ ...doc.meta, ...cmd.patch });
    if (!parsed.success) throw new CommandError('invalid', `map: ${describeIssues(parsed.error)}`);
    const meta = parsed.data;
    checkReferences(doc, 'meta', cmd.patch);
    // Only the persona slots the patch sets are checked, so an unrelated edit (the title) is never blocked by them.
    for (const [key, side] of [
      ['customerPersonaId', 'customer'],
      ['employeePersonaId', 'employee'],
    ] as const) {
      const id = cmd.patch[key];
      if (id === undefined || id === null) continue;
      const persona = getEntity(doc, 'personas', id, 'persona');
      if (persona.side !== side) throw new CommandError('invalid', `"${persona.name}" is not a ${side} persona`);
    }
    const undo: Record<string, unknown> = {};
    for (const k of Object.keys(cmd.patch) as (keyof typeof cmd.patch)[]) undo[k] = doc.meta[k];
    return { doc: { ...doc, meta }, inverse: { type: 'map/update', patch: undo as typeof cmd.patch } };
  },
};
