import type { TandemDoc } from '../../../shared/schema/document';
import { needsOwner } from '../../../shared/teamFilter';
import { useEditor } from '../../store/useEditor';

// Computed once per document, not once per card per edit: 2,000 card nodes each asking would otherwise cost
// 2,000 × 2,000 lookups on every change.
const cache = new WeakMap<TandemDoc, Set<string>>();

function ownerNeededIds(doc: TandemDoc): Set<string> {
  let ids = cache.get(doc);
  if (!ids) {
    ids = new Set(doc.cards.filter((c) => needsOwner(doc, c)).map((c) => c.id));
    cache.set(doc, ids);
  }
  return ids;
}

/** True when the card sits below the line of visibility with no owner team: the card shows "Owner needed". */
export function useOwnerNeeded(cardId: string): boolean {
  return useEditor((s) => ownerNeededIds(s.doc).has(cardId));
}
