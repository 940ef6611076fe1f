import { describe, expect, it } from 'vitest';
import { makePersona, makeTeam } from '../factories';
import { expectRefused, expectUndoRedo, makeMap } from '../../test/helpers/makeMap';

describe('team/add', () => {
  it('adds a team; undo removes it; redo adds it again', () => {
    const doc = makeMap();
    const team = makeTeam({ name: 'Legal', color: '#123456', kind: 'back_office' });
    const { doc: after } = expectUndoRedo(doc, { type: 'team/add', team });
    expect(after.teams).toContainEqual(team);
  });

  it('refuses a colour that is not #rrggbb and an empty name as invalid', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'team/add', team: makeTeam({ name: 'Legal', color: 'red' }) }, 'invalid', /colour/);
    expectRefused(doc, { type: 'team/add', team: makeTeam({ name: '' }) }, 'invalid', /name/);
  });

  it('refuses a team whose id is already taken, with a conflict', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'team/add', team: makeTeam({ id: doc.teams[0]!.id, name: 'Twin' }) }, 'conflict');
  });
});

describe('team/update', () => {
  it('renames and recolours a team; undo restores it; redo applies it again', () => {
    const doc = makeMap();
    const team = doc.teams[0]!;
    const { doc: after } = expectUndoRedo(doc, {
      type: 'team/update',
      id: team.id,
      patch: { name: 'Renamed', color: '#000000' },
    });
    expect(after.teams.find((t) => t.id === team.id)).toMatchObject({
      name: 'Renamed',
      color: '#000000',
      kind: team.kind,
    });
  });

  it('refuses an unknown team id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'team/update', id: 'nope', patch: { name: 'X' } }, 'not_found', /nope/);
  });
});

describe('team/delete', () => {
  it('removes a team and clears the ownership of its cards and actions; undo restores the ownership', () => {
    const doc = makeMap();
    const it_ = doc.teams.find((t) => t.name === 'IT systems')!;
    const ownedCards = doc.cards.filter((c) => c.ownerTeamId === it_.id).map((c) => c.id);
    const ownedActions = doc.opportunities.filter((o) => o.ownerTeamId === it_.id).map((o) => o.id);
    expect(ownedCards.length).toBeGreaterThan(0);
    expect(ownedActions.length).toBeGreaterThan(0);

    const { doc: after } = expectUndoRedo(doc, { type: 'team/delete', id: it_.id });
    expect(after.teams.some((t) => t.id === it_.id)).toBe(false);
    for (const id of ownedCards) expect(after.cards.find((c) => c.id === id)?.ownerTeamId).toBeNull();
    for (const id of ownedActions) expect(after.opportunities.find((o) => o.id === id)?.ownerTeamId).toBeNull();
    expect(after.cards).toHaveLength(doc.cards.length);
  });

  it('refuses an unknown team id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'team/delete', id: 'nope' }, 'not_found');
  });
});

describe('persona/add', () => {
  it('adds a persona; undo removes it; redo adds it again', () => {
    const doc = makeMap();
    const persona = makePersona({ name: 'Ola', side: 'employee', role: 'Delivery driver' });
    const { doc: after } = expectUndoRedo(doc, { type: 'persona/add', persona });
    expect(after.personas).toContainEqual(persona);
  });

  it('refuses a picture that is not an image data URL as invalid', () => {
    const doc = makeMap();
    const persona = makePersona({ name: 'Ola', side: 'employee', picture: 'https://example.com/ola.png' });
    expectRefused(doc, { type: 'persona/add', persona }, 'invalid', /picture/);
  });
});

describe('persona/update', () => {
  it('edits goals and frustrations; undo restores them; redo applies them again', () => {
    const doc = makeMap();
    const persona = doc.personas[0]!;
    const { doc: after } = expectUndoRedo(doc, {
      type: 'persona/update',
      id: persona.id,
      patch: { goals: 'Pay fast', frustrations: 'Queues' },
    });
    expect(after.personas.find((p) => p.id === persona.id)).toMatchObject({
      goals: 'Pay fast',
      frustrations: 'Queues',
    });
  });

  it('switches the side of a persona the title block does not name', () => {
    const doc = makeMap();
    const withOla = expectUndoRedo(doc, {
      type: 'persona/add',
      persona: makePersona({ id: 'ola', name: 'Ola', side: 'customer' }),
    }).doc;
    expectUndoRedo(withOla, { type: 'persona/update', id: 'ola', patch: { side: 'employee' } });
  });

  it('refuses to switch the side of a persona the title block names, so the title block stays right', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'persona/update', id: doc.meta.customerPersonaId!, patch: { side: 'employee' } },
      'invalid',
      /customer persona/,
    );
  });

  it('refuses an unknown persona id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'persona/update', id: 'nope', patch: { name: 'X' } }, 'not_found');
  });
});

describe('persona/delete', () => {
  it('removes a persona named in the map title block and clears it there; undo restores both', () => {
    const doc = makeMap();
    const customer = doc.personas.find((p) => p.id === doc.meta.customerPersonaId)!;
    expect(customer).toBeDefined();
    const { doc: after } = expectUndoRedo(doc, { type: 'persona/delete', id: customer.id });
    expect(after.personas.some((p) => p.id === customer.id)).toBe(false);
    expect(after.meta.customerPersonaId).toBeNull();
    expect(after.meta.employeePersonaId).toBe(doc.meta.employeePersonaId);
  });

  it('removes a persona the map does not name and leaves the title block alone', () => {
    const doc = makeMap();
    const extra = makePersona({ name: 'Ola', side: 'employee' });
    const withExtra = expectUndoRedo(doc, { type: 'persona/add', persona: extra }).doc;
    const { doc: after } = expectUndoRedo(withExtra, { type: 'persona/delete', id: extra.id });
    expect(after.meta).toBe(withExtra.meta);
  });

  it('refuses an unknown persona id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'persona/delete', id: 'nope' }, 'not_found');
  });
});
