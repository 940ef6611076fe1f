import type { TandemDoc } from '../schema/document';
import { ENTITY_NOUNS, referencedIds, referencesFrom, type Holder } from '../schema/references';
import { hasEntity } from './collection';
import { notFound } from './errors';

/**
 * Refuses, as `not_found`, an entity (or a partial one: only the fields it has are checked) that names an entity
 * the map does not have, in the order of the reference table: `lane "l9" does not exist`.
 */
export function checkReferences(doc: TandemDoc, holder: Holder, value: object): void {
  for (const ref of referencesFrom(holder)) {
    for (const id of referencedIds(ref, value)) if (!hasEntity(doc, ref.to, id)) notFound(ENTITY_NOUNS[ref.to], id);
  }
}
