import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { compareDocs } from '../../shared/history/compare';
import type { TandemDoc } from '../../shared/schema/document';
import { createFromTemplate } from '../../shared/templates';
import { compareMarks, withGhosts } from './compareMarks';

const sample = () => createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));
const apply = (doc: TandemDoc, ...cmds: Command[]) => cmds.reduce((d, c) => applyCommand(d, c).doc, doc);
const idOf = (doc: TandemDoc, title: string) => doc.cards.find((c) => c.title === title)!.id;

describe('compareMarks', () => {
  it('draws a removed card as a ghost in its old cell, with its links, while the cell is still there', () => {
    const version = sample();
    const chat = idOf(version, 'Chat agent answers');
    const live = apply(version, { type: 'card/delete', id: chat });
    const marks = compareMarks(compareDocs(version, live), version, live);
    expect(marks.cards.get(chat)).toBe('removed');
    expect(marks.ghostCards.has(chat)).toBe(true);
    const shown = withGhosts(live, version, marks);
    expect(shown.cards.find((c) => c.id === chat)).toEqual(version.cards.find((c) => c.id === chat));
    const links = version.links.filter((l) => l.fromId === chat || l.toId === chat);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(marks.ghostLinks.has(l.id) && marks.links.get(l.id) === 'removed').toBe(true);
  });

  it('only lists a removed card whose stage is gone too', () => {
    const version = sample();
    const card = version.cards.find((c) => c.title === 'Chat agent answers')!;
    const live = apply(version, { type: 'stage/delete', id: card.stageId, cards: { mode: 'delete' } });
    const marks = compareMarks(compareDocs(version, live), version, live);
    expect(marks.cards.get(card.id)).toBe('removed');
    expect(marks.ghostCards.has(card.id)).toBe(false);
    expect(withGhosts(live, version, marks).cards.some((c) => c.id === card.id)).toBe(false);
  });

  it('marks a retitled card changed and counts the pain points added on a card', () => {
    const version = sample();
    const queues = idOf(version, 'Queues at the till to pay');
    const pain = version.painPoints.find((p) => p.cardId === queues)!;
    const live = apply(
      version,
      { type: 'card/update', id: queues, patch: { title: 'Waits at the till' } },
      { type: 'painPoint/add', painPoint: { ...pain, id: 'pain-new', title: 'Card reader fails' } },
    );
    const marks = compareMarks(compareDocs(version, live), version, live);
    expect(marks.cards.get(queues)).toBe('changed');
    expect(marks.pains.get(queues)).toEqual({ added: 1, changed: 0, removed: 0 });
  });
});
