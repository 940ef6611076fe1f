import { describe, expect, it } from 'vitest';
import { makeCard, makeTeam } from '../factories';
import { cardTitled, expectRefused, expectUndoRedo, makeMap } from '../../test/helpers/makeMap';
import { applyCommand } from './apply';

describe('doc/patch', () => {
  it('puts new entities into several collections; undo removes them; redo puts them again', () => {
    const doc = makeMap();
    const team = makeTeam({ id: 'legal', name: 'Legal' });
    const card = makeCard({
      laneId: doc.lanes[0]!.id,
      stageId: doc.stages[0]!.id,
      ownerTeamId: 'legal',
      title: 'Terms checked',
    });
    const { doc: after, inverse } = expectUndoRedo(doc, { type: 'doc/patch', put: { teams: [team], cards: [card] } });
    expect(after.teams).toContainEqual(team);
    expect(after.cards).toContainEqual(card);
    expect(inverse).toEqual({ type: 'doc/patch', remove: { teams: ['legal'], cards: [card.id] } });
  });

  it('replaces an existing entity in place; undo puts the old one back', () => {
    const doc = makeMap();
    const card = cardTitled(doc, 'Queues at the till');
    const { doc: after, inverse } = expectUndoRedo(doc, {
      type: 'doc/patch',
      put: { cards: [{ ...card, title: 'Queues', order: 50 }] },
    });
    expect(after.cards.find((c) => c.id === card.id)).toMatchObject({ title: 'Queues', order: 50 });
    expect(inverse).toEqual({ type: 'doc/patch', put: { cards: [card] } });
  });

  it('removes entities; undo restores them at their place', () => {
    const doc = makeMap();
    const link = doc.links[3]!;
    const { doc: after } = expectUndoRedo(doc, { type: 'doc/patch', remove: { links: [link.id] } });
    expect(after.links).toHaveLength(doc.links.length - 1);
  });

  it('removes and puts the same entity in one patch; undo gives back the original', () => {
    const doc = makeMap();
    const team = doc.teams[0]!;
    expectUndoRedo(doc, {
      type: 'doc/patch',
      remove: { teams: [team.id] },
      put: { teams: [{ ...team, name: 'Renamed' }] },
    });
  });

  it('replaces the map meta; undo restores it', () => {
    const doc = makeMap();
    const { doc: after } = expectUndoRedo(doc, {
      type: 'doc/patch',
      meta: { ...doc.meta, title: 'Patched', customerPersonaId: null },
    });
    expect(after.meta.title).toBe('Patched');
  });

  it('changes nothing when empty, and its inverse is empty too', () => {
    const doc = makeMap();
    const r = applyCommand(doc, { type: 'doc/patch' });
    expect(r.doc).toEqual(doc);
    expect(r.inverse).toEqual({ type: 'doc/patch' });
  });

  it('refuses a patch that would leave a link to a removed card, as invalid', () => {
    const doc = makeMap();
    const linked = doc.links[0]!.fromId;
    expectRefused(doc, { type: 'doc/patch', remove: { cards: [linked] } }, 'invalid', /break the map/);
  });

  it('refuses a patch that gives two cards the same key, as invalid', () => {
    const doc = makeMap();
    const card = cardTitled(doc, 'Online shop');
    expectRefused(doc, { type: 'doc/patch', put: { cards: [{ ...card, key: 'checkout' }] } }, 'invalid', /checkout/);
  });

  it('refuses a meta that names a persona that does not exist, as invalid', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'doc/patch', meta: { ...doc.meta, employeePersonaId: 'nope' } }, 'invalid', /persona/);
  });

  it('refuses to remove an unknown id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'doc/patch', remove: { teams: ['nope'] } }, 'not_found', /nope/);
  });

  it('refuses an entity that breaks its schema as invalid, naming the field', () => {
    const doc = makeMap();
    const pain = doc.painPoints[0]!;
    expectRefused(doc, { type: 'doc/patch', put: { painPoints: [{ ...pain, votes: -1 }] } }, 'invalid', /votes/);
  });
});
