import { describe, expect, it } from 'vitest';
import { makeLink } from '../factories';
import { cardTitled, expectRefused, expectUndoRedo, makeMap } from '../../test/helpers/makeMap';

describe('link/add', () => {
  it('links two cards; undo removes the link; redo adds it again', () => {
    const doc = makeMap();
    const link = makeLink({
      fromId: cardTitled(doc, 'Dispatcher plans').id,
      toId: cardTitled(doc, 'Waits at home').id,
      kind: 'support',
    });
    const { doc: after } = expectUndoRedo(doc, { type: 'link/add', link });
    expect(after.links).toContainEqual(link);
  });

  it('refuses to link a card to itself as invalid', () => {
    const doc = makeMap();
    const id = doc.cards[0]!.id;
    expectRefused(doc, { type: 'link/add', link: makeLink({ fromId: id, toId: id }) }, 'invalid', /itself/);
  });

  it('refuses a second link of the same kind between the same cards, with a conflict', () => {
    const doc = makeMap();
    const existing = doc.links[0]!;
    const dup = makeLink({ fromId: existing.fromId, toId: existing.toId, kind: existing.kind });
    expectRefused(doc, { type: 'link/add', link: dup }, 'conflict', /already linked/);
  });

  it('allows a link of another kind between the same cards', () => {
    const doc = makeMap();
    const existing = doc.links.find((l) => l.kind === 'flow')!;
    expectUndoRedo(doc, {
      type: 'link/add',
      link: makeLink({ fromId: existing.fromId, toId: existing.toId, kind: 'handoff' }),
    });
  });

  it('refuses a link to an unknown card as not found', () => {
    const doc = makeMap();
    const id = doc.cards[0]!.id;
    expectRefused(doc, { type: 'link/add', link: makeLink({ fromId: id, toId: 'nope' }) }, 'not_found', /nope/);
    expectRefused(doc, { type: 'link/add', link: makeLink({ fromId: 'nope', toId: id }) }, 'not_found', /nope/);
  });

  it('refuses an unknown kind of link as invalid', () => {
    const doc = makeMap();
    const link = { ...makeLink({ fromId: doc.cards[0]!.id, toId: doc.cards[1]!.id }), kind: 'causes' };
    expectRefused(doc, { type: 'link/add', link }, 'invalid', /kind/);
  });
});

describe('link/update', () => {
  it('relabels a link and changes its kind; undo restores both; redo applies them again', () => {
    const doc = makeMap();
    const link = doc.links.find((l) => l.kind === 'support')!;
    const { doc: after } = expectUndoRedo(doc, {
      type: 'link/update',
      id: link.id,
      patch: { kind: 'handoff', label: 'hands over' },
    });
    expect(after.links.find((l) => l.id === link.id)).toMatchObject({
      kind: 'handoff',
      label: 'hands over',
      fromId: link.fromId,
    });
  });

  it('refuses a kind that would duplicate another link, with a conflict', () => {
    const doc = makeMap();
    const flow = doc.links.find((l) => l.kind === 'flow')!;
    const withSupport = expectUndoRedo(doc, {
      type: 'link/add',
      link: makeLink({ id: 'second', fromId: flow.fromId, toId: flow.toId, kind: 'support' }),
    }).doc;
    expectRefused(withSupport, { type: 'link/update', id: 'second', patch: { kind: 'flow' } }, 'conflict');
  });

  it('refuses an unknown link id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'link/update', id: 'nope', patch: { label: 'x' } }, 'not_found', /nope/);
  });
});

describe('link/delete', () => {
  it('removes a link and leaves its cards; undo restores it; redo removes it again', () => {
    const doc = makeMap();
    const link = doc.links[0]!;
    const { doc: after } = expectUndoRedo(doc, { type: 'link/delete', id: link.id });
    expect(after.links.some((l) => l.id === link.id)).toBe(false);
    expect(after.cards).toEqual(doc.cards);
  });

  it('refuses an unknown link id as not found', () => {
    const doc = makeMap();
    expectRefused(doc, { type: 'link/delete', id: 'nope' }, 'not_found');
  });
});
