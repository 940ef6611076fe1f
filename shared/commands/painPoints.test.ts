import { describe, expect, it } from 'vitest';
import { makeOpportunity, makePainPoint } from '../factories';
import { cardTitled, expectRefused, expectUndoRedo, makeMap } from '../../test/helpers/makeMap';

describe('painPoint/add', () => {
  it('hangs a pain point on a card; undo removes it; redo adds it again', () => {
    const doc = makeMap();
    const pain = makePainPoint({
      cardId: cardTitled(doc, 'Waits at home').id,
      title: 'Four-hour delivery slot',
      severity: 3,
      votes: 2,
    });
    const { doc: after } = expectUndoRedo(doc, { type: 'painPoint/add', painPoint: pain });
    expect(after.painPoints).toContainEqual(pain);
  });

  it('refuses a pain point on an unknown card as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'painPoint/add', painPoint: makePainPoint({ cardId: 'nope' }) }, 'not_found', /card/);
  });

  it('refuses a severity of 0 and negative votes as invalid', () => {
    const doc = makeMap();
    const cardId = doc.cards[0]!.id;
    expectRefused(
      doc,
      { type: 'painPoint/add', painPoint: makePainPoint({ cardId, severity: 0 }) },
      'invalid',
      /severity/,
    );
    expectRefused(doc, { type: 'painPoint/add', painPoint: makePainPoint({ cardId, votes: -1 }) }, 'invalid', /votes/);
  });
});

describe('painPoint/update', () => {
  it('adds dot votes and raises the severity; undo restores them; redo applies them again', () => {
    const doc = makeMap();
    const pain = doc.painPoints[0]!;
    const { doc: after } = expectUndoRedo(doc, {
      type: 'painPoint/update',
      id: pain.id,
      patch: { votes: pain.votes + 1, severity: 5, status: 'investigating' },
    });
    expect(after.painPoints.find((p) => p.id === pain.id)).toMatchObject({
      votes: pain.votes + 1,
      severity: 5,
      status: 'investigating',
    });
  });

  it('moves a pain point to another card; undo moves it back', () => {
    const doc = makeMap();
    expectUndoRedo(doc, {
      type: 'painPoint/update',
      id: doc.painPoints[0]!.id,
      patch: { cardId: cardTitled(doc, 'Waits at home').id },
    });
  });

  it('refuses votes of −1 and a severity of 0 as invalid and changes nothing', () => {
    const doc = makeMap();
    const id = doc.painPoints[0]!.id;
    expectRefused(doc, { type: 'painPoint/update', id, patch: { votes: -1 } }, 'invalid', /votes/);
    expectRefused(doc, { type: 'painPoint/update', id, patch: { severity: 0 } }, 'invalid', /severity/);
    expectRefused(doc, { type: 'painPoint/update', id, patch: { reach: 6 } }, 'invalid', /reach/);
  });

  it('refuses an unknown pain point or card as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'painPoint/update', id: 'nope', patch: { votes: 1 } }, 'not_found', /nope/);
    expectRefused(
      doc,
      { type: 'painPoint/update', id: doc.painPoints[0]!.id, patch: { cardId: 'nope' } },
      'not_found',
      /card/,
    );
  });
});

describe('painPoint/delete', () => {
  it('removes a pain point and prunes it from the actions that answer it; undo restores both', () => {
    const doc = makeMap();
    const pain = doc.painPoints.find(
      (p) => doc.opportunities.filter((o) => o.painPointIds.includes(p.id)).length >= 2,
    )!;
    expect(pain).toBeDefined();
    const { doc: after } = expectUndoRedo(doc, { type: 'painPoint/delete', id: pain.id });
    expect(after.painPoints.some((p) => p.id === pain.id)).toBe(false);
    expect(after.opportunities.some((o) => o.painPointIds.includes(pain.id))).toBe(false);
    // The actions themselves stay, with their other pain points.
    expect(after.opportunities).toHaveLength(doc.opportunities.length);
  });

  it('refuses an unknown pain point id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'painPoint/delete', id: 'nope' }, 'not_found');
  });
});

describe('opportunity/add', () => {
  it('adds an action answering pain points; undo removes it; redo adds it again', () => {
    const doc = makeMap();
    const action = makeOpportunity({
      title: 'Open a second till at peak',
      painPointIds: [doc.painPoints[0]!.id],
      ownerTeamId: doc.teams[0]!.id,
      effort: 2,
    });
    const { doc: after } = expectUndoRedo(doc, { type: 'opportunity/add', opportunity: action });
    expect(after.opportunities).toContainEqual(action);
  });

  it('refuses an action answering an unknown pain point or owned by an unknown team as not found', () => {
    const doc = makeMap();
    expectRefused(
      doc,
      { type: 'opportunity/add', opportunity: makeOpportunity({ painPointIds: ['nope'] }) },
      'not_found',
      /pain point/,
    );
    expectRefused(
      doc,
      { type: 'opportunity/add', opportunity: makeOpportunity({ ownerTeamId: 'nope' }) },
      'not_found',
      /team/,
    );
  });

  it('refuses an effort of 6 as invalid', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'opportunity/add', opportunity: makeOpportunity({ effort: 6 }) }, 'invalid', /effort/);
  });
});

describe('opportunity/update', () => {
  it('changes status and pain points of an action; undo restores them; redo applies them again', () => {
    const doc = makeMap();
    const action = doc.opportunities[0]!;
    const { doc: after } = expectUndoRedo(doc, {
      type: 'opportunity/update',
      id: action.id,
      patch: { status: 'done', painPointIds: doc.painPoints.map((p) => p.id) },
    });
    expect(after.opportunities.find((o) => o.id === action.id)?.status).toBe('done');
  });

  it('refuses an unknown status as invalid and an unknown pain point as not found', () => {
    const doc = makeMap();
    const id = doc.opportunities[0]!.id;
    expectRefused(doc, { type: 'opportunity/update', id, patch: { status: 'someday' } }, 'invalid', /status/);
    expectRefused(
      doc,
      { type: 'opportunity/update', id, patch: { painPointIds: ['nope'] } },
      'not_found',
      /pain point/,
    );
    expectRefused(doc, { type: 'opportunity/update', id: 'nope', patch: { effort: 1 } }, 'not_found', /nope/);
  });
});

describe('opportunity/delete', () => {
  it('removes an action and leaves its pain points; undo restores it; redo removes it again', () => {
    const doc = makeMap();
    const action = doc.opportunities[0]!;
    const { doc: after } = expectUndoRedo(doc, { type: 'opportunity/delete', id: action.id });
    expect(after.opportunities.some((o) => o.id === action.id)).toBe(false);
    expect(after.painPoints).toEqual(doc.painPoints);
  });

  it('refuses an unknown action id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'opportunity/delete', id: 'nope' }, 'not_found');
  });
});
