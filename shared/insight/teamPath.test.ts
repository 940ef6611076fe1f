import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply';
import type { Command } from '../commands/types';
import { makeCard, makeLink, makeTeam } from '../factories';
import type { TandemDoc } from '../schema/document';
import { createFromTemplate } from '../templates';
import { onTeamPath, teamPath } from './teamPath';

const sample = () =>
  applyCommand(createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z')), {
    type: 'team/add',
    team: makeTeam({ name: 'Finance operations', color: '#e76f51', kind: 'back_office' }),
  }).doc;
const apply = (doc: TandemDoc, cmd: Command) => applyCommand(doc, cmd).doc;
const id = (doc: TandemDoc, title: string) => {
  const found = doc.cards.find((c) => c.title === title);
  if (!found) throw new Error(`no card "${title}"`);
  return found.id;
};
const team = (doc: TandemDoc, name: string) => doc.teams.find((t) => t.name === name)!.id;
const titles = (doc: TandemDoc, ids: Set<string>) =>
  [...ids].map((x) => doc.cards.find((c) => c.id === x)!.title).sort();
const link = (doc: TandemDoc, from: string, to: string, kind: 'flow' | 'support' | 'handoff' = 'support') =>
  apply(doc, { type: 'link/add', link: makeLink({ fromId: id(doc, from), toId: id(doc, to), kind }) });
const laneOf = (doc: TandemDoc, kind: string) => doc.lanes.find((l) => l.kind === kind)!.id;
const stageOf = (doc: TandemDoc, name: string) => doc.stages.find((s) => s.name === name)!.id;

describe('teamPath', () => {
  it("keeps the cashier's step between the IT team's system and the queue it shapes, and leaves the dispatcher out", () => {
    const doc = sample();
    const path = teamPath(doc, team(doc, 'IT systems'));
    expect(titles(doc, path.own)).toEqual(['New POS system: slow card-terminal handshake']);
    expect(titles(doc, path.moments)).toEqual(['Queues at the till to pay']);
    // The till step lies on the way; the dispatcher hangs off it but leads to no customer card.
    expect(titles(doc, path.between)).toEqual(['Cashier rings up the sale on the new POS']);
    expect(path.links.size).toBe(2);
    expect(onTeamPath(path, id(doc, 'Dispatcher plans routes from printed orders'))).toBe(false);
  });

  it('follows any number of links, in either direction, to a customer card three steps away', () => {
    let doc = sample();
    const finance = team(doc, 'Finance operations');
    const ledger = makeCard({
      laneId: laneOf(doc, 'support'),
      stageId: stageOf(doc, 'Receive'),
      title: 'Ledger export',
      ownerTeamId: finance,
    });
    doc = apply(doc, { type: 'card/add', card: ledger });
    // The warehouse system hands work to the ledger: the link points at the team's card, and still counts.
    doc = link(doc, 'Warehouse management system', 'Ledger export', 'handoff');
    doc = link(doc, 'Warehouse management system', 'Dispatcher plans routes from printed orders');
    doc = link(doc, 'Dispatcher plans routes from printed orders', 'Driver hands over and unpacks');
    doc = link(doc, 'Driver hands over and unpacks', 'Waits at home for the delivery slot');
    const path = teamPath(doc, finance);
    // The dispatcher also reaches the till through the cashier's handoff, so the queue is shaped too.
    expect(titles(doc, path.moments)).toEqual(['Queues at the till to pay', 'Waits at home for the delivery slot']);
    expect(titles(doc, path.between)).toEqual([
      'Cashier rings up the sale on the new POS',
      'Dispatcher plans routes from printed orders',
      'Driver hands over and unpacks',
      'Warehouse management system',
    ]);
    // The POS system feeds the till step from the other side: it is no step on the ledger's way.
    expect(onTeamPath(path, id(doc, 'New POS system: slow card-terminal handshake'))).toBe(false);
    expect(path.links.size).toBe(6);
  });

  it('survives cycles and stops at the first customer card, not walking the journey on', () => {
    let doc = sample();
    const it = team(doc, 'IT systems');
    doc = link(doc, 'Cashier rings up the sale on the new POS', 'New POS system: slow card-terminal handshake', 'flow');
    doc = link(
      doc,
      'Cashier re-keys warranty and delivery details by hand',
      'New POS system: slow card-terminal handshake',
    );
    doc = link(
      doc,
      'New POS system: slow card-terminal handshake',
      'Cashier re-keys warranty and delivery details by hand',
    );
    const path = teamPath(doc, it);
    expect(titles(doc, path.moments)).toEqual(['Queues at the till to pay']);
    expect(titles(doc, path.between)).toEqual([
      'Cashier re-keys warranty and delivery details by hand',
      'Cashier rings up the sale on the new POS',
    ]);
    // "Queues at the till" flows from "Compares TVs online": the walk stops at the first customer card.
    expect(onTeamPath(path, id(doc, 'Compares TVs online and in the store'))).toBe(false);
  });

  it('finds no moment for a team whose cards link to nothing, or only to the employee journey', () => {
    let doc = sample();
    const finance = team(doc, 'Finance operations');
    expect(teamPath(doc, finance).own.size).toBe(0);
    doc = apply(doc, {
      type: 'card/update',
      id: id(doc, 'Installer scheduling (proposed)'),
      patch: { ownerTeamId: finance },
    });
    doc = link(doc, 'Installer scheduling (proposed)', 'Cashier apologises for the wait, again');
    const path = teamPath(doc, finance);
    expect(path.own.size).toBe(1);
    expect(path.moments.size).toBe(0);
    expect(path.between.size).toBe(0);
    expect(path.links.size).toBe(0);
  });

  it('counts a customer emotion as a moment and does not list the team’s own customer-lane card as one', () => {
    let doc = sample();
    const finance = team(doc, 'Finance operations');
    for (const title of ['Nightly warranty registration batch', 'Has the TV wall-mounted'])
      doc = apply(doc, { type: 'card/update', id: id(doc, title), patch: { ownerTeamId: finance } });
    doc = link(doc, 'Nightly warranty registration batch', 'Warranty missing');
    doc = link(doc, 'Nightly warranty registration batch', 'Three logins per chat');
    const path = teamPath(doc, finance);
    expect(titles(doc, path.moments)).toEqual(
      [
        'Asks why the warranty is not registered',
        'Warranty missing',
        // From the team's own customer card, the flow links reach the next moments on either side.
        'Waits at home for the delivery slot',
      ].sort(),
    );
    expect(path.moments.has(id(doc, 'Has the TV wall-mounted'))).toBe(false);
    expect(path.moments.has(id(doc, 'Three logins per chat'))).toBe(false);
  });
});
