import { z } from 'zod';
import { MAP_LIMITS, mapLimitMessage } from '../limits';
import {
  COLLECTIONS,
  collectionSchemas,
  findReferenceProblems,
  type CollectionName,
  type TandemDoc,
} from '../schema/document';
import { mapMetaSchema, type MapMeta } from '../schema/map';
import { idSchema } from '../schema/common';
import { putSorted } from './collection';
import { CommandError, notFound } from './errors';

const putShape = Object.fromEntries(
  COLLECTIONS.map((c) => [c, z.array(collectionSchemas[c]).max(MAP_LIMITS[c], mapLimitMessage(c)).optional()]),
) as {
  [C in CollectionName]: z.ZodOptional<z.ZodArray<(typeof collectionSchemas)[C]>>;
};
const removeShape = Object.fromEntries(
  COLLECTIONS.map((c) => [c, z.array(idSchema).max(MAP_LIMITS[c], mapLimitMessage(c)).optional()]),
) as {
  [C in CollectionName]: z.ZodOptional<z.ZodArray<typeof idSchema>>;
};

/**
 * Puts (upserts) and removes whole entities, and may replace the map's meta. It is how deletes are undone:
 * the inverse of a delete puts back everything the delete removed or changed, exactly as it was.
 */
export const docPatchSchema = z.object({
  type: z.literal('doc/patch'),
  put: z.object(putShape).optional(),
  remove: z.object(removeShape).optional(),
  meta: mapMetaSchema.optional(),
});
export type DocPatch = z.infer<typeof docPatchSchema>;
type Put = NonNullable<DocPatch['put']>;
type Remove = NonNullable<DocPatch['remove']>;

type AnyEntity = { id: string; order?: number };

/** Applies a doc/patch; the result must keep every reference intact, or the patch is refused. */
export function applyDocPatch(doc: TandemDoc, cmd: DocPatch): { doc: TandemDoc; inverse: DocPatch } {
  const next: Record<string, unknown> = { ...doc };
  const invPut: Record<string, AnyEntity[]> = {};
  const invRemove: Record<string, string[]> = {};
  for (const c of COLLECTIONS) {
    const removeIds = cmd.remove?.[c] ?? [];
    const puts = (cmd.put?.[c] ?? []) as AnyEntity[];
    if (removeIds.length === 0 && puts.length === 0) continue;
    let list = doc[c] as AnyEntity[];
    const byId = new Map(list.map((e) => [e.id, e]));
    const restored: AnyEntity[] = [];
    const added: string[] = [];
    if (removeIds.length > 0) {
      const gone = new Set(removeIds);
      for (const id of gone) restored.push(byId.get(id) ?? notFound(c, id));
      list = list.filter((e) => !gone.has(e.id));
    }
    for (const e of puts) {
      const old = byId.get(e.id);
      if (old && !removeIds.includes(e.id)) restored.push(old);
      else if (!old) added.push(e.id);
      list = putSorted(c, list, e);
    }
    next[c] = list;
    if (restored.length) invPut[c] = restored;
    if (added.length) invRemove[c] = added;
  }
  let invMeta: MapMeta | undefined;
  if (cmd.meta) {
    invMeta = doc.meta;
    next.meta = cmd.meta;
  }
  const result = next as TandemDoc;
  const problems = findReferenceProblems(result);
  if (problems.length > 0) throw new CommandError('invalid', `the change would break the map: ${problems[0]}`);
  const inverse: DocPatch = { type: 'doc/patch' };
  if (Object.keys(invPut).length) inverse.put = invPut as Put;
  if (Object.keys(invRemove).length) inverse.remove = invRemove as Remove;
  if (invMeta) inverse.meta = invMeta;
  return { doc: result, inverse };
}
