import type { TFunction } from 'i18next';
import type { TandemDoc } from '../../../shared/schema/document';
import type { Translate } from '../../../shared/vocabulary';
import { sayIn } from '../../i18n';
import type { Cursor } from './cursorModel';

/** Signs as a reader says them: a real minus, and a plus on positive emotion values. */
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

/** The words the accessible names are made of, in the UI's language now (for code outside React). */
export function words(): Words {
  const vocabulary = sayIn('vocabulary');
  const say: Translate = (key, options = {}) =>
    options.count === undefined ? vocabulary(key) : vocabulary(key, { count: options.count });
  return { t: sayIn('keyboard'), vocabulary: say };
}

interface Words {
  t: TFunction<'keyboard'>;
  vocabulary: Translate;
}

/** A lane's name as a user knows it: its own title, else its kind's name. */
function laneName(doc: Pick<TandemDoc, 'lanes'>, laneId: string, { vocabulary }: Words): string {
  const lane = doc.lanes.find((l) => l.id === laneId);
  if (!lane) return '';
  return lane.title.trim() || vocabulary(`laneKind.${lane.kind}` as Parameters<Translate>[0]);
}

function stageName(doc: Pick<TandemDoc, 'stages'>, stageId: string): string {
  return doc.stages.find((s) => s.id === stageId)?.name ?? '';
}

/**
 * The accessible name of every card of a map, read once per document and language: stage, lane, title, pain
 * points, emotion value and the metric values typed in for it — e.g. "Pay · Customer actions · Tap card to pay ·
 * 2 pain points · NPS −12". Computed for all cards in one pass, so that a card's name costs a look-up.
 */
export function cardNames(doc: TandemDoc, words: Words): Map<string, string> {
  const { t } = words;
  const pains = new Map<string, number>();
  for (const p of doc.painPoints) pains.set(p.cardId, (pains.get(p.cardId) ?? 0) + 1);
  const metricName = new Map(doc.metrics.map((m) => [m.id, m.name]));
  const metrics = new Map<string, string[]>();
  for (const v of doc.metricValues) {
    if (!v.cardId) continue;
    const list = metrics.get(v.cardId) ?? [];
    list.push(t('card.metric', { name: metricName.get(v.metricId) ?? '', value: signed(v.value) }));
    metrics.set(v.cardId, list);
  }
  const emotionLanes = new Set(doc.lanes.filter((l) => l.kind === 'emotion').map((l) => l.id));
  const lanes = new Map(doc.lanes.map((l) => [l.id, laneName(doc, l.id, words)]));
  const stages = new Map(doc.stages.map((s) => [s.id, s.name]));
  const names = new Map<string, string>();
  for (const c of doc.cards) {
    const parts = [stages.get(c.stageId) ?? '', lanes.get(c.laneId) ?? '', c.title.trim() || t('card.untitled')];
    const pain = pains.get(c.id) ?? 0;
    if (pain > 0) parts.push(t('card.painPoints', { count: pain }));
    if (emotionLanes.has(c.laneId) && c.emotion !== null) parts.push(t('card.emotion', { value: signed(c.emotion) }));
    parts.push(...(metrics.get(c.id) ?? []));
    names.set(c.id, parts.filter(Boolean).join(' · '));
  }
  return names;
}

/** What the cursor stands on, in words: the card's name, or the empty cell's stage and lane. */
export function cursorName(doc: TandemDoc, cursor: Cursor, cardId: string | null, words: Words): string {
  if (cardId) return cardNames(doc, words).get(cardId) ?? '';
  return words.t('cell.empty', { stage: stageName(doc, cursor.stageId), lane: laneName(doc, cursor.laneId, words) });
}

/** Names links by kind and the titles of their two cards; the titles are read once, so naming every link is one pass. */
export function linkNamer(doc: Pick<TandemDoc, 'cards'>, words: Words): (link: TandemDoc['links'][number]) => string {
  const titles = new Map(doc.cards.map((c) => [c.id, c.title.trim()]));
  const title = (id: string) => titles.get(id) || words.t('card.untitled');
  return (link) =>
    words.t('link.label', {
      kind: words.vocabulary(`linkKind.${link.kind}` as Parameters<Translate>[0]),
      from: title(link.fromId),
      to: title(link.toId),
    });
}
