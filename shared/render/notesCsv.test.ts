import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply';
import { makeNote } from '../factories';
import { createFromTemplate } from '../templates';
import { exportJson, importJson } from './json';
import { notesCsv } from './notesCsv';

const withNotes = (lang: 'en' | 'pl' = 'en') => {
  let doc = createFromTemplate('sample');
  doc.meta.language = lang;
  const card = doc.cards[0]!;
  doc = applyCommand(doc, {
    type: 'note/add',
    note: makeNote({
      id: 'n-card',
      cardId: card.id,
      text: '=HYPERLINK("x")',
      author: { name: 'Olena', team: 'Finance' },
      createdAt: '2026-12-03T10:00:00Z',
    }),
  }).doc;
  doc = applyCommand(doc, {
    type: 'note/add',
    note: makeNote({ id: 'n-lot', text: 'Who owns refunds?', createdAt: '2026-12-03T10:05:00Z' }),
  }).doc;
  return { doc, card };
};

describe('notesCsv', () => {
  it('lists notes on cards first, then the parking lot, with author and time, formulas neutralised', () => {
    const { doc, card } = withNotes();
    const lines = notesCsv(doc)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Note,Card,Stage,Lane,Author,Team,Added');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")",${card.title}`);
    expect(lines[1]).toContain('Olena,Finance,2026-12-03T10:00:00Z');
    expect(lines[2]).toBe('Who owns refunds?,(parking lot),,,,,2026-12-03T10:05:00Z');
  });

  it("speaks the map's language in its headers and the parking lot's name", () => {
    const { doc } = withNotes('pl');
    const lines = notesCsv(doc)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('Notatka,Karta,Etap,Tor,Autor,Zespół,Dodano');
    expect(lines[2]).toContain('(parking pomysłów)');
  });
});

describe('notes in the JSON export', () => {
  it('carry through an export and an import unchanged; a map from before notes reads as having none', () => {
    const { doc } = withNotes();
    expect(importJson(exportJson(doc)).notes).toEqual(doc.notes);
    const old = JSON.parse(exportJson(createFromTemplate('sample'))) as { doc: Record<string, unknown> };
    delete old.doc.notes;
    expect(importJson(JSON.stringify(old)).notes).toEqual([]);
  });
});
