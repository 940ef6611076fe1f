import { compareEntities } from '../commands/collection';
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

/**
 * `doc` with a stored delta applied, without the command's check of every reference after each step: a version is
 * read by applying a chain of deltas, and checking the whole map once at the end of the chain (the reader does) is
 * as safe and many times cheaper. Removing an id that is not there is no fault here; the final check judges the map.
 */
export function applyStoredDelta(doc: TandemDoc, patch: DocPatch): TandemDoc {
  const next = { ...doc } as Record<string, unknown>;
  for (const c of COLLECTIONS) {
    const puts = (patch.put?.[c] ?? []) as Entity[];
    const removes = patch.remove?.[c] ?? [];
    if (puts.length === 0 && removes.length === 0) continue;
    const byId = new Map((doc[c] as Entity[]).map((e) => [e.id, e]));
    for (const id of removes) byId.delete(id);
    for (const e of puts) byId.set(e.id, e);
    next[c] = [...byId.values()].sort((a, b) => compareEntities(c, a, b));
  }
  if (patch.meta) next.meta = patch.meta;
  return next as TandemDoc;
}

/**
 * One delta that does what `first` then `second` do (applied with applyStoredDelta): the later put or remove of an
 * object wins. Composing needs no document, so a version between two others is dropped, and a chain of versions
 * read, without building the maps between.
 */
export function composeDeltas(first: DocPatch, second: DocPatch): DocPatch {
  const put: Record<string, Entity[]> = {};
  const remove: Record<string, string[]> = {};
  for (const c of COLLECTIONS) {
    const ops = new Map<string, Entity | null>();
    for (const id of first.remove?.[c] ?? []) ops.set(id, null);
    for (const e of (first.put?.[c] ?? []) as Entity[]) ops.set(e.id, e);
    for (const id of second.remove?.[c] ?? []) ops.set(id, null);
    for (const e of (second.put?.[c] ?? []) as Entity[]) ops.set(e.id, e);
    if (ops.size === 0) continue;
    const puts = [...ops.values()].filter((e): e is Entity => e !== null);
    const removes = [...ops.entries()].filter(([, e]) => e === null).map(([id]) => id);
    if (puts.length > 0) put[c] = puts;
    if (removes.length > 0) remove[c] = removes;
  }
  const out: DocPatch = { type: 'doc/patch' };
  if (Object.keys(put).length > 0) out.put = put as DocPatch['put'];
  if (Object.keys(remove).length > 0) out.remove = remove as DocPatch['remove'];
  const meta = second.meta ?? first.meta;
  if (meta) out.meta = meta;
  return out;
}
