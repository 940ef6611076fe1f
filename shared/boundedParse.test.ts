import { describe, expect, it } from 'vitest';
import { findCallProblem, parseDocumentBounded } from './boundedParse';
import { createFromTemplate } from './templates';

describe('bounded validation', () => {
  it('lets a valid patch and any other call through to the contract', () => {
    const doc = createFromTemplate('sample');
    const command = { type: 'doc/patch', put: { cards: doc.cards }, remove: { links: [doc.links[0]!.id] } };
    expect(findCallProblem('map/apply', { command, baseRevision: 0 })).toBeNull();
    expect(findCallProblem('map/open', { path: 42 })).toBeNull();
  });

  it('names the first broken id of a remove list, inside a batch', () => {
    const remove = { cards: ['ok-1', 'not ok', ...Array.from({ length: 20_000 }, () => '')] };
    const command = {
      type: 'batch',
      commands: [
        { type: 'map/update', patch: {} },
        { type: 'doc/patch', remove },
      ],
    };
    expect(findCallProblem('map/apply', { command, baseRevision: 0 })).toBe(
      'commands.1: doc/patch: remove.cards.1: id may contain only letters, digits, "_" and "-"',
    );
  });

  it('lists twenty problems of a document with thousands and says there are more', () => {
    const doc = createFromTemplate('sample');
    const broken = { ...doc, cards: Array.from({ length: 5_000 }, () => ({})) };
    const result = parseDocumentBounded(broken);
    expect(result).toMatchObject({ ok: false, more: true });
    if (result.ok) return;
    expect(result.problems).toHaveLength(20);
    expect(result.problems[0]).toMatch(/^cards\.0\.id: /);
  });
});
