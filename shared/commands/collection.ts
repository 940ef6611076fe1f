import type { CollectionName, EntityOf, TandemDoc } from '../schema/document';
import { CommandError, notFound } from './errors';

type Entity = { id: string; order?: number };

const ORDERED: ReadonlySet<CollectionName> = new Set(['stages', 'lanes', 'cards']);

/** Canonical order inside a collection: by `order` then id where it has one, else by id. Disk and memory agree on it. */
export function compareEntities(coll: CollectionName, a: Entity, b: Entity): number {
  if (ORDERED.has(coll) && a.order !== b.order) return (a.order ?? 0) < (b.order ?? 0) ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Returns the entity or throws `not_found`. */
export function getEntity<C extends CollectionName>(doc: TandemDoc, coll: C, id: string, what: string): EntityOf<C> {
  const found = (doc[coll] as EntityOf<C>[]).find((e) => e.id === id);
  return found ?? notFound(what, id);
}

/** True when an entity with that id exists in the collection. */
export function hasEntity(doc: TandemDoc, coll: CollectionName, id: string): boolean {
  return (doc[coll] as Entity[]).some((e) => e.id === id);
}

/** A new array with the entity inserted (or replaced) at its canonical place. */
export function putSorted<T extends Entity>(coll: CollectionName, list: readonly T[], item: T): T[] {
  const out = list.filter((e) => e.id !== item.id);
  let lo = 0;
  let hi = out.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareEntities(coll, out[mid]!, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  out.splice(lo, 0, item);
  return out;
}

/** Replaces an entity in place when its sort key is unchanged, else re-inserts it. */
export function replaceEntity<T extends Entity>(coll: CollectionName, list: readonly T[], item: T): T[] {
  const i = list.findIndex((e) => e.id === item.id);
  if (i >= 0 && list[i]!.order === item.order) {
    const out = list.slice();
    out[i] = item;
    return out;
  }
  return putSorted(coll, list, item);
}

/** Refuses an id that is already taken in the collection. */
export function assertNewId(doc: TandemDoc, coll: CollectionName, id: string, what: string): void {
  if (hasEntity(doc, coll, id)) throw new CommandError('conflict', `${what} "${id}" already exists`);
}

/** The values an entity had for the keys a patch touches: the patch that undoes it. */
export function previousValues<T extends object>(entity: T, patch: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(patch) as (keyof T)[]) out[k] = entity[k];
  return out;
}

/** The document with every collection in canonical order (what a reload from disk gives). */
export function canonicalDocument(doc: TandemDoc): TandemDoc {
  const out = { ...doc } as Record<string, unknown>;
  for (const c of [
    'stages',
    'lanes',
    'teams',
    'personas',
    'cards',
    'links',
    'painPoints',
    'opportunities',
    'metrics',
    'metricValues',
    'pairings',
    'voteRounds',
    'notes',
  ] as const) {
    out[c] = [...(doc[c] as Entity[])].sort((a, b) => compareEntities(c, a, b));
  }
  return out as TandemDoc;
}
