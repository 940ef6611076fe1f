import { describe, expect, it } from 'vitest';
import { applyCommand } from './commands/apply';
import type { Command } from './commands/types';
import { makeCard, makeLink, makeTeam } from './factories';
import type { TandemDoc } from './schema/document';
import { createFromTemplate } from './templates';
import { isAboveLine, isBelowLine, needsOwner, touchedBy } from './teamFilter';

/** The sample map with the team the back-office walkthrough creates: Finance operations, owning nothing yet. */
const sample = () =>
  applyCommand(createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z')), {
    type: 'team/add',
    team: makeTeam({ name: 'Finance operations', color: '#e76f51', kind: 'back_office' }),
  }).doc;
const card = (doc: TandemDoc, title: string) => {
  const found = doc.cards.find((c) => c.title === title);
  if (!found) throw new Error(`no card "${title}"`);
  return found;
};
const team = (doc: TandemDoc, name: string) => doc.teams.find((t) => t.name === name)!;
const titles = (doc: TandemDoc, ids: Set<string>) =>
  [...ids].map((id) => doc.cards.find((c) => c.id === id)!.title).sort();
const apply = (doc: TandemDoc, cmd: Command) => applyCommand(doc, cmd).doc;

describe('touchedBy', () => {
  it("finds the moments the IT systems team shapes: the till directly, and the queue through the cashier's re-keying", () => {
    let doc = sample();
    const pos = card(doc, 'New POS system: slow card-terminal handshake');
    const rekeys = card(doc, 'Cashier re-keys warranty and delivery details by hand');
    if (!doc.links.some((l) => l.fromId === pos.id && l.toId === rekeys.id)) {
      doc = apply(doc, { type: 'link/add', link: makeLink({ fromId: pos.id, toId: rekeys.id, kind: 'support' }) });
    }
    const reach = touchedBy(doc, team(doc, 'IT systems').id);
    expect(titles(doc, reach.own)).toEqual(['New POS system: slow card-terminal handshake']);
    expect(titles(doc, reach.touched)).toEqual([
      'Cashier rings up the sale on the new POS',
      'Queues at the till to pay',
    ]);
  });

  it('finds nothing for Finance operations until the team owns cards, then the customer moment they enable', () => {
    let doc = sample();
    const finance = team(doc, 'Finance operations').id;
    expect(touchedBy(doc, finance)).toEqual({ own: new Set(), touched: new Set() });
    for (const title of ['Nightly warranty registration batch', 'Installer scheduling (proposed)']) {
      doc = apply(doc, { type: 'card/update', id: card(doc, title).id, patch: { ownerTeamId: finance } });
    }
    const reach = touchedBy(doc, finance);
    expect(titles(doc, reach.own)).toEqual(['Installer scheduling (proposed)', 'Nightly warranty registration batch']);
    expect(titles(doc, reach.touched)).toEqual(['Asks why the warranty is not registered']);
  });

  it('follows links in either direction and through other below-the-line cards, stopping at the first customer moment', () => {
    let doc = sample();
    const finance = team(doc, 'Finance operations').id;
    const batch = card(doc, 'Nightly warranty registration batch');
    doc = apply(doc, { type: 'card/update', id: batch.id, patch: { ownerTeamId: finance } });
    // The dispatcher's backstage step links *to* the batch, and the dispatcher is linked from the cashier's till step.
    doc = apply(doc, {
      type: 'link/add',
      link: makeLink({
        fromId: card(doc, 'Dispatcher plans routes from printed orders').id,
        toId: batch.id,
        kind: 'handoff',
      }),
    });
    const reach = touchedBy(doc, finance);
    expect(titles(doc, reach.touched)).toEqual([
      'Asks why the warranty is not registered',
      'Cashier rings up the sale on the new POS',
    ]);
    // Beyond the first customer moment the journey's flow links are not followed.
    expect(titles(doc, reach.touched)).not.toContain('Has the TV wall-mounted');
  });

  it('counts emotion-lane cards as customer moments, and passes employee-journey cards by', () => {
    let doc = sample();
    const finance = team(doc, 'Finance operations').id;
    const batch = card(doc, 'Nightly warranty registration batch');
    doc = apply(doc, { type: 'card/update', id: batch.id, patch: { ownerTeamId: finance } });
    doc = apply(doc, {
      type: 'link/add',
      link: makeLink({ fromId: batch.id, toId: card(doc, 'Warranty missing').id, kind: 'support' }),
    });
    doc = apply(doc, {
      type: 'link/add',
      link: makeLink({ fromId: batch.id, toId: card(doc, 'Three logins per chat').id, kind: 'support' }),
    });
    doc = apply(doc, {
      type: 'link/add',
      link: makeLink({
        fromId: batch.id,
        toId: card(doc, 'Agent switches between screens while the customer waits').id,
        kind: 'support',
      }),
    });
    const touched = titles(doc, touchedBy(doc, finance).touched);
    expect(touched).toContain('Warranty missing');
    expect(touched).toContain('Three logins per chat');
    expect(touched).not.toContain('Agent switches between screens while the customer waits');
  });

  it("does not list a team's own above-the-line cards as touched, and survives link cycles", () => {
    let doc = sample();
    const store = team(doc, 'Store staff').id;
    const rekeys = card(doc, 'Cashier re-keys warranty and delivery details by hand');
    const pos = card(doc, 'New POS system: slow card-terminal handshake');
    doc = apply(doc, { type: 'link/add', link: makeLink({ fromId: rekeys.id, toId: pos.id, kind: 'flow' }) });
    doc = apply(doc, { type: 'link/add', link: makeLink({ fromId: pos.id, toId: rekeys.id, kind: 'flow' }) });
    const reach = touchedBy(doc, store);
    expect(reach.own.has(card(doc, 'Cashier rings up the sale on the new POS').id)).toBe(true);
    expect(titles(doc, reach.touched)).toEqual(['Queues at the till to pay']);
  });

  it('returns empty sets for a team that does not exist', () => {
    expect(touchedBy(sample(), 'no-such-team')).toEqual({ own: new Set(), touched: new Set() });
  });

  it('counts the cards a team marked "we touch this" in a workshop, and the customer moments they reach', () => {
    let doc = sample();
    const finance = team(doc, 'Finance operations').id;
    const asks = card(doc, 'Asks why the warranty is not registered');
    const batch = card(doc, 'Nightly warranty registration batch');
    for (const c of [asks, batch]) doc = apply(doc, { type: 'card/touch', id: c.id, teamId: finance, on: true });
    const reach = touchedBy(doc, finance);
    expect(reach.own.size).toBe(0);
    // A marked customer moment does not spread to the moments beside it.
    expect(titles(doc, reach.touched)).toEqual([
      'Asks why the warranty is not registered',
      'Nightly warranty registration batch',
    ]);
    doc = apply(doc, { type: 'card/touch', id: asks.id, teamId: finance, on: false });
    doc = apply(doc, { type: 'card/touch', id: batch.id, teamId: finance, on: false });
    expect(touchedBy(doc, finance)).toEqual({ own: new Set(), touched: new Set() });
  });
});

describe('needsOwner', () => {
  it('marks below-the-line cards without an owner team, and nothing above the line', () => {
    const doc = sample();
    expect(needsOwner(doc, card(doc, 'Nightly warranty registration batch'))).toBe(true);
    expect(needsOwner(doc, card(doc, 'New POS system: slow card-terminal handshake'))).toBe(false);
    expect(needsOwner(doc, card(doc, 'Queues at the till to pay'))).toBe(false);
    const backstage = doc.lanes.find((l) => l.kind === 'backstage')!;
    expect(needsOwner(doc, makeCard({ laneId: backstage.id, stageId: doc.stages[0]!.id }))).toBe(true);
  });

  it('marks a card whose owner team no longer exists', () => {
    const doc = sample();
    const pos = card(doc, 'New POS system: slow card-terminal handshake');
    expect(needsOwner({ ...doc, teams: doc.teams.filter((t) => t.id !== pos.ownerTeamId) }, pos)).toBe(true);
  });

  it('knows which lane kinds lie above and below the line of visibility', () => {
    expect((['customer', 'touchpoint', 'frontstage', 'emotion'] as const).every(isAboveLine)).toBe(true);
    expect((['backstage', 'support'] as const).every(isBelowLine)).toBe(true);
    expect(isAboveLine('employee') || isBelowLine('employee') || isAboveLine('notes') || isBelowLine('metrics')).toBe(
      false,
    );
  });
});
