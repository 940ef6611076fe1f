import type { Command } from '../../../shared/commands/types';
import { makeCard } from '../../../shared/factories';
import type { Assignments } from '../../../shared/metrics/surveySchemas';
import { cardKeySchema } from '../../../shared/schema/card';
import type { TandemDoc } from '../../../shared/schema/document';

/** What the user chose for one unmatched touchpoint key in the review step. */
export type KeyChoice = { kind: 'card'; cardId: string } | { kind: 'new'; stageId: string };

/** The cards an unmatched key may be assigned to: touchpoint-lane cards and every card that has a key, by stage. */
export function assignableCards(doc: TandemDoc): TandemDoc['cards'] {
  const touchLanes = new Set(doc.lanes.filter((l) => l.kind === 'touchpoint').map((l) => l.id));
  const stageOrder = new Map(doc.stages.map((s) => [s.id, s.order]));
  return doc.cards
    .filter((c) => touchLanes.has(c.laneId) || c.key !== null)
    .sort((a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0) || a.order - b.order);
}

/** True when `key` may become a card's key as it is (lower-case letters, digits, _ . -). */
export const validCardKey = (key: string): boolean => cardKeySchema.safeParse(key).success;

/**
 * Turns the review's choices into map commands and import assignments. A card with a key takes the file key as an
 * assignment (its answers are stored under the card's key); a card without one is given the file key; a new card
 * is made with the file key in the stage's touchpoint lane (else its first lane).
 */
export function assignmentCommands(
  doc: TandemDoc,
  choices: ReadonlyMap<string, KeyChoice>,
): { commands: Command[]; assign: Assignments } {
  const commands: Command[] = [];
  const assign: Assignments = {};
  const lanes = [...doc.lanes].sort((a, b) => a.order - b.order);
  const lane = lanes.find((l) => l.kind === 'touchpoint') ?? lanes[0];
  for (const [key, choice] of choices) {
    if (choice.kind === 'card') {
      const card = doc.cards.find((c) => c.id === choice.cardId);
      if (!card) continue;
      if (card.key !== null) assign[key] = card.key;
      else if (validCardKey(key)) commands.push({ type: 'card/update', id: card.id, patch: { key } });
    } else if (lane && validCardKey(key)) {
      const inCell = doc.cards.filter((c) => c.laneId === lane.id && c.stageId === choice.stageId);
      const order = Math.max(0, ...inCell.map((c) => c.order)) + 1;
      commands.push({
        type: 'card/add',
        card: makeCard({ laneId: lane.id, stageId: choice.stageId, title: key, key, order }),
      });
    }
  }
  return { commands, assign };
}
