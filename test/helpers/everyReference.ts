import { applyCommand } from '../../shared/commands';
import type { TandemDoc } from '../../shared/schema/document';
import { type Reference, referencedIds } from '../../shared/schema/references';
import { makeMap } from './makeMap';

/** The sample map plus a metric value and a note on a card, so that every reference of the table is in use at least once. */
export function makeMapUsingEveryReference(): TandemDoc {
  const doc = makeMap();
  const card = doc.cards[0]!;
  const value = {
    id: 'value-on-card',
    metricId: doc.metrics[0]!.id,
    cardId: card.id,
    stageId: null,
    value: 4.2,
    n: 30,
    period: '2026-Q1',
  };
  const withValue = applyCommand(doc, { type: 'metricValue/add', value }).doc;
  const note = { id: 'note-on-card', cardId: card.id, text: 'Said in the room', createdAt: '2026-01-01T09:00:00Z' };
  return applyCommand(withValue, { type: 'note/add', note }).doc;
}

/** The first holder of a reference in the document that names something, with the first id it names. */
export function firstUse(doc: TandemDoc, ref: Reference): { holder: { id?: string }; target: string } {
  const holders = (ref.from === 'meta' ? [doc.meta] : doc[ref.from]) as { id?: string }[];
  for (const holder of holders) {
    const [target] = referencedIds(ref, holder);
    if (target !== undefined) return { holder, target };
  }
  throw new Error(`the map does not use ${ref.from}.${ref.field}`);
}
