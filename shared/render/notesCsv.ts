import type { TandemDoc } from '../schema/document';
import { label, mapLanguage, type Translate, translatorFor } from '../vocabulary';
import { csvText } from './csv';

/**
 * The notes from the room as CSV (ADR 0027): one row a note, those on cards in the map's reading order (stage, lane,
 * card), then the parking lot's, each oldest first; headers and the parking lot's name in the map's language.
 */
export function notesCsv(doc: TandemDoc, t: Translate = translatorFor(mapLanguage(doc))): string {
  const header = (['note', 'card', 'stage', 'lane', 'author', 'team', 'added'] as const).map((k) =>
    label(`noteColumn.${k}`, { t }),
  );
  const stageAt = new Map(doc.stages.map((s, i) => [s.id, i]));
  const laneAt = new Map(doc.lanes.map((l, i) => [l.id, i]));
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  const place = (cardId: string | null): [number, number, number] => {
    const card = cardId === null ? undefined : cards.get(cardId);
    if (!card) return [Number.MAX_SAFE_INTEGER, 0, 0];
    return [stageAt.get(card.stageId) ?? 0, laneAt.get(card.laneId) ?? 0, card.order];
  };
  const notes = [...doc.notes].sort((a, b) => {
    const [pa, pb] = [place(a.cardId), place(b.cardId)];
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2] || a.createdAt.localeCompare(b.createdAt);
  });
  const rows = notes.map((n) => {
    const card = n.cardId === null ? undefined : cards.get(n.cardId);
    return [
      n.text,
      card ? card.title : label('noteColumn.parkingLot', { t }),
      card ? (doc.stages.find((s) => s.id === card.stageId)?.name ?? '') : '',
      card ? (doc.lanes.find((l) => l.id === card.laneId)?.title ?? '') : '',
      n.author?.name ?? '',
      n.author?.team ?? '',
      n.createdAt,
    ];
  });
  return csvText(header, rows);
}
