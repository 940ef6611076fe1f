import type { z } from 'zod';
import type { CollectionName, EntityOf, TandemDoc } from '../schema/document';
import { assertNewId, getEntity, previousValues, putSorted, replaceEntity } from './collection';
import { CommandError } from './errors';

/** Reads zod issues as one sentence a user can act on. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** Adds an entity at its canonical place after the caller's reference checks. */
export function addEntity<C extends CollectionName>(
  doc: TandemDoc,
  coll: C,
  entity: EntityOf<C>,
  what: string,
): TandemDoc {
  assertNewId(doc, coll, entity.id, what);
  return { ...doc, [coll]: putSorted(coll, doc[coll] as EntityOf<C>[], entity) };
}

/**
 * Applies a partial update, validates the merged entity against its schema, and returns the new document,
 * the updated entity and the patch of old values that undoes it.
 */
export function updateEntity<C extends CollectionName, E extends EntityOf<C>>(
  doc: TandemDoc,
  coll: C,
  id: string,
  patch: Partial<E>,
  schema: z.ZodType<E>,
  what: string,
): { doc: TandemDoc; entity: E; old: E; undo: Partial<E> } {
  const old = getEntity(doc, coll, id, what) as E;
  const parsed = schema.safeParse({ ...old, ...patch, id });
  if (!parsed.success) throw new CommandError('invalid', `${what} "${id}": ${describeIssues(parsed.error)}`);
  const entity = parsed.data;
  return {
    doc: { ...doc, [coll]: replaceEntity(coll, doc[coll] as E[], entity) },
    entity,
    old,
    undo: previousValues(old, patch),
  };
}
