import { applyDocPatch, type DocPatch } from '../commands/patch';
import { COLLECTIONS, type TandemDoc } from '../schema/document';
import { sameValue } from './sameValue';

type Entity = { id: string };

/**
 * The doc/patch that turns `from` into `to`: every object of `to` that is new or differs is put whole, every object
 * only in `from` is removed, the map's settings replaced when they differ. Objects are matched by id, never by place.
 * `null` when the two maps are the same. Applying it is one command, so a restore is one undo step.
 */
export function docDelta(from: TandemDoc, to: TandemDoc): DocPatch | null {
  const put: Record<string, Entity[]> = {};
  const remove: Record<string, string[]> = {};
  for (const c of COLLECTIONS) {
    const before = from[c] as Entity[];
    const after = to[c] as Entity[];
    if (before === after) continue;
    const old = new Map(before.map((e) => [e.id, e]));
    const puts = after.filter((e) => {
      const was = old.get(e.id);
      old.delete(e.id);
      return was === undefined || !sameValue(was, e);
    });
    if (puts.length > 0) put[c] = puts;
    if (old.size > 0) remove[c] = [...old.keys()];
  }
  const patch: DocPatch = { type: 'doc/patch' };
  if (Object.keys(put).length > 0) patch.put = put as DocPatch['put'];
  if (Object.keys(remove).length > 0) patch.remove = remove as DocPatch['remove'];
  if (!sameValue(from.meta, to.meta)) patch.meta = to.meta;
  return patch.put || patch.remove || patch.meta ? patch : null;
}

/** `doc` with a delta applied: the same rules as the command, so the result is a whole, valid map. */
export function applyDelta(doc: TandemDoc, patch: DocPatch | null): TandemDoc {
  return patch === null ? doc : applyDocPatch(doc, patch).doc;
}
