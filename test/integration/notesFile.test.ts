import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../electron/services/documentStore';
import { LATEST_FORMAT } from '../../electron/services/migrations';
import { makeNote } from '../../shared/factories';
import { tempDirPerTest } from '../helpers/tempDir';

const tempDir = tempDirPerTest();
const FORMAT_1 = fileURLToPath(new URL('../fixtures/format-1.tandem', import.meta.url));

describe('notes in a .tandem file (migration 7)', () => {
  it('upgrades an old file with a notes table whose card column is a foreign key, and keeps notes across a reopen', () => {
    const path = join(tempDir(), 'old.tandem');
    copyFileSync(FORMAT_1, path);
    const store = DocumentStore.open(path);
    expect(store.doc.notes).toEqual([]);
    const card = store.doc.cards[0]!;
    store.apply({ type: 'note/add', note: makeNote({ id: 'on-card', cardId: card.id, text: 'Said at the till' }) });
    store.apply({ type: 'note/add', note: makeNote({ id: 'loose', text: 'Ask about the weekend rota' }) });
    store.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_FORMAT);
    expect(LATEST_FORMAT).toBeGreaterThanOrEqual(7);
    const fks = db.pragma('foreign_key_list(notes)') as { table: string; from: string }[];
    expect(fks).toEqual([expect.objectContaining({ table: 'cards', from: 'card_id' })]);
    const rows = db.prepare('SELECT id, card_id FROM notes ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'loose', card_id: null },
      { id: 'on-card', card_id: card.id },
    ]);
    db.close();

    const again = DocumentStore.open(path);
    expect(again.doc.notes.map((n) => [n.id, n.cardId, n.text])).toEqual([
      ['loose', null, 'Ask about the weekend rota'],
      ['on-card', card.id, 'Said at the till'],
    ]);
    again.close();
  });

  it('keeps a note, back in the parking lot, when its card is deleted; undo puts it on the card again', () => {
    const path = join(tempDir(), 'cards.tandem');
    copyFileSync(FORMAT_1, path);
    const store = DocumentStore.open(path);
    const card = store.doc.cards.find((c) => !store.doc.links.some((l) => l.fromId === c.id || l.toId === c.id))!;
    store.apply({ type: 'note/add', note: makeNote({ id: 'n1', cardId: card.id, text: 'Keep me' }) });
    const { inverse } = store.apply({ type: 'card/delete', id: card.id });
    store.close();
    const reopened = DocumentStore.open(path);
    expect(reopened.doc.notes).toEqual([expect.objectContaining({ id: 'n1', cardId: null })]);
    reopened.apply(inverse);
    expect(reopened.doc.notes[0]?.cardId).toBe(card.id);
    reopened.close();
  });
});
