import { z } from 'zod';
import { idSchema } from '../schema/common';
import type { TandemDoc } from '../schema/document';
import { linkSchema, type Link } from '../schema/link';
import { removeWithCascade } from './cascade';
import { getEntity } from './collection';
import { addEntity, updateEntity } from './entity';
import { CommandError } from './errors';
import type { Handlers } from './handler';
import { checkReferences } from './references';

/** Commands that change links between cards. */
export const linkCommandSchemas = [
  z.object({ type: z.literal('link/add'), link: linkSchema }),
  z.object({
    type: z.literal('link/update'),
    id: idSchema,
    patch: linkSchema.pick({ kind: true, label: true }).partial(),
  }),
  z.object({ type: z.literal('link/delete'), id: idSchema }),
] as const;

function checkLink(doc: TandemDoc, link: Link): void {
  checkReferences(doc, 'links', link);
  if (link.fromId === link.toId) throw new CommandError('invalid', 'a card cannot be linked to itself');
  const dup = doc.links.find(
    (l) => l.id !== link.id && l.fromId === link.fromId && l.toId === link.toId && l.kind === link.kind,
  );
  if (dup) throw new CommandError('conflict', 'these two cards are already linked that way');
}

export const linkHandlers: Handlers<(typeof linkCommandSchemas)[number]> = {
  'link/add': (doc, cmd) => {
    checkLink(doc, cmd.link);
    return { doc: addEntity(doc, 'links', cmd.link, 'link'), inverse: { type: 'link/delete', id: cmd.link.id } };
  },
  'link/update': (doc, cmd) => {
    const r = updateEntity(doc, 'links', cmd.id, cmd.patch, linkSchema, 'link');
    checkLink(doc, r.entity);
    return { doc: r.doc, inverse: { type: 'link/update', id: cmd.id, patch: r.undo } };
  },
  'link/delete': (doc, cmd) => {
    getEntity(doc, 'links', cmd.id, 'link');
    return removeWithCascade(doc, { links: [cmd.id] });
  },
};
