import type { Command } from '../commands/types';
import type { Author } from '../schema/author';
import type { TandemDoc } from '../schema/document';

/**
 * Private mode (ADR 0016): a contribution made while it is on is written to the map at once, marked
 * `author.unrevealed`, and shown to the facilitator and its author only; Reveal clears the marks. The host filters
 * what it sends with these functions, so a hidden contribution never reaches another participant's page.
 */

/** Ids of the contributions not yet revealed. */
export function unrevealedIds(doc: TandemDoc): Set<string> {
  const ids = new Set<string>();
  for (const c of doc.cards) if (c.author?.unrevealed) ids.add(c.id);
  for (const p of doc.painPoints) if (p.author?.unrevealed) ids.add(p.id);
  for (const n of doc.notes) if (n.author?.unrevealed) ids.add(n.id);
  return ids;
}

/** The map as one participant may see it: without others' unrevealed contributions (and what hangs on them). */
export function participantView(doc: TandemDoc, owns: (id: string) => boolean): TandemDoc {
  const hidden = new Set([...unrevealedIds(doc)].filter((id) => !owns(id)));
  if (hidden.size === 0) return doc;
  const cards = doc.cards.filter((c) => !hidden.has(c.id));
  const kept = new Set(cards.map((c) => c.id));
  return {
    ...doc,
    cards,
    painPoints: doc.painPoints.filter((p) => !hidden.has(p.id) && kept.has(p.cardId)),
    links: doc.links.filter((l) => !hidden.has(l.fromId) && !hidden.has(l.toId)),
    notes: doc.notes.filter((n) => !hidden.has(n.id) && (n.cardId === null || kept.has(n.cardId))),
  };
}

/** Whether a command names any of the ids (its text carries every id it touches; ids are long and random). */
export function mentionsAny(cmd: Command, ids: ReadonlySet<string>): boolean {
  if (ids.size === 0) return false;
  const text = JSON.stringify(cmd);
  for (const id of ids) if (text.includes(`"${id}"`)) return true;
  return false;
}

/** The one undoable step that reveals every hidden contribution; null when nothing is hidden. */
export function revealCommand(doc: TandemDoc): Command | null {
  const shown = (a: Author): Author => {
    const { unrevealed: _, ...rest } = a;
    return rest;
  };
  const commands: Command[] = [
    ...doc.cards
      .filter((c) => c.author?.unrevealed)
      .map((c): Command => ({ type: 'card/update', id: c.id, patch: { author: shown(c.author!) } })),
    ...doc.painPoints
      .filter((p) => p.author?.unrevealed)
      .map((p): Command => ({ type: 'painPoint/update', id: p.id, patch: { author: shown(p.author!) } })),
    ...doc.notes
      .filter((n) => n.author?.unrevealed)
      .map((n): Command => ({ type: 'note/update', id: n.id, patch: { author: shown(n.author!) } })),
  ];
  return commands.length === 0 ? null : { type: 'batch', label: 'Reveal contributions', commands };
}

/** A participant's add command with its author stamped by the host (whatever the page sent is replaced). */
export function withAuthor(cmd: Command, author: Author): Command {
  if (cmd.type === 'card/add') return { ...cmd, card: { ...cmd.card, author } };
  if (cmd.type === 'painPoint/add') return { ...cmd, painPoint: { ...cmd.painPoint, author } };
  if (cmd.type === 'note/add') return { ...cmd, note: { ...cmd.note, author } };
  return cmd;
}
