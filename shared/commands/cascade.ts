import { COLLECTIONS, type CollectionName, type TandemDoc } from '../schema/document';
import { REFERENCES, type Reference, referencedIds } from '../schema/references';
import type { DocPatch } from './patch';

type Ids = Partial<Record<CollectionName, readonly string[]>>;
type AnyEntity = { id: string };

/**
 * Removes entities and, following the reference table, everything a delete reaches: holders of a `cascade`
 * reference are removed with their target (cards in a removed lane, links and pain points of a removed card, …),
 * `clear` references are set to null (a removed team's ownership) and `drop` references lose the id (an action's
 * removed pain point). Returns the new document and a doc/patch that puts everything back exactly as it was.
 */
export function removeWithCascade(doc: TandemDoc, seeds: Ids): { doc: TandemDoc; inverse: DocPatch } {
  const removed = reachedByDelete(doc, seeds);
  const next: TandemDoc = { ...doc };
  const put: Partial<Record<CollectionName, AnyEntity[]>> = {};
  const setList = (c: CollectionName, list: AnyEntity[]) => {
    (next as Record<CollectionName, AnyEntity[]>)[c] = list;
  };

  for (const c of COLLECTIONS) {
    const gone = removed[c];
    if (gone.size === 0) continue;
    const kept: AnyEntity[] = [];
    const old: AnyEntity[] = [];
    for (const e of doc[c] as AnyEntity[]) (gone.has(e.id) ? old : kept).push(e);
    if (old.length) put[c] = old;
    setList(c, kept);
  }

  // What survives but names a removed entity loses the reference; the old entity goes into the inverse.
  for (const c of COLLECTIONS) {
    const refs = loosened(c, removed);
    if (refs.length === 0) continue;
    const changed: AnyEntity[] = [];
    setList(
      c,
      (next[c] as AnyEntity[]).map((e) => {
        const after = loosen(e, refs, removed);
        if (after !== e) changed.push(e);
        return after;
      }),
    );
    if (changed.length) put[c] = [...(put[c] ?? []), ...changed];
  }
  const inverse: DocPatch = { type: 'doc/patch', put: put as DocPatch['put'] };
  const metaRefs = loosened('meta', removed);
  if (metaRefs.length) {
    const meta = loosen(doc.meta, metaRefs, removed);
    if (meta !== doc.meta) {
      next.meta = meta;
      inverse.meta = doc.meta;
    }
  }
  return { doc: next, inverse };
}

/** The ids of every entity a delete of the seeds removes: the seeds and, transitively, their `cascade` holders. */
function reachedByDelete(doc: TandemDoc, seeds: Ids): Record<CollectionName, Set<string>> {
  const removed = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set(seeds[c] ?? [])])) as Record<
    CollectionName,
    Set<string>
  >;
  // One pass suffices: the table lists a holder's references after those of its targets, so a collection's removals
  // are complete before any reference into it is followed (a lane, then its cards, then their links).
  for (const ref of REFERENCES) {
    const targets = removed[ref.to];
    // The meta is never removed, so a cascade could not reach it.
    if (ref.onDelete !== 'cascade' || targets.size === 0 || ref.from === 'meta') continue;
    const holders = removed[ref.from];
    for (const e of doc[ref.from] as AnyEntity[]) {
      if (!holders.has(e.id) && referencedIds(ref, e).some((id) => targets.has(id))) holders.add(e.id);
    }
  }
  return removed;
}

/** The `clear` and `drop` references of a holder whose target collection lost entities. */
function loosened(holder: CollectionName | 'meta', removed: Record<CollectionName, Set<string>>): Reference[] {
  return REFERENCES.filter((r) => r.from === holder && r.onDelete !== 'cascade' && removed[r.to].size > 0);
}

/** The holder without its references to removed entities; the same object when it named none. */
function loosen<T extends object>(holder: T, refs: Reference[], removed: Record<CollectionName, Set<string>>): T {
  let out = holder;
  for (const ref of refs) {
    const gone = removed[ref.to];
    const value = (holder as Record<string, unknown>)[ref.field];
    if (ref.kind === 'list') {
      const ids = referencedIds(ref, holder);
      const kept = ids.filter((id) => !gone.has(id));
      if (kept.length !== ids.length) out = { ...out, [ref.field]: kept };
    } else if (typeof value === 'string' && gone.has(value)) {
      out = { ...out, [ref.field]: null };
    }
  }
  return out;
}
