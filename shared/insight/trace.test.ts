import { describe, expect, it } from 'vitest';
import { makeCard, makeLink, makePainPoint } from '../factories';
import { createFromTemplate } from '../templates';
import type { TandemDoc } from '../schema/document';
import { traceRootCauses } from './trace';

const sample = (): TandemDoc => createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));
const cardId = (doc: TandemDoc, title: string) => doc.cards.find((c) => c.title.startsWith(title))!.id;
const painId = (doc: TandemDoc, title: string) => doc.painPoints.find((p) => p.title.startsWith(title))!.id;
const titles = (doc: TandemDoc, ids: Iterable<string>) =>
  [...ids]
    .map((id) => doc.cards.find((c) => c.id === id)?.title ?? doc.painPoints.find((p) => p.id === id)?.title)
    .sort();

describe('traceRootCauses on the sample map', () => {
  it('traces the queue at the till to the re-keying card, the cashier at the till and the POS system behind it', () => {
    const doc = sample();
    const trace = traceRootCauses(doc, painId(doc, 'Waits 8+ minutes'));
    expect(trace.origin).toBe(cardId(doc, 'Queues at the till'));
    expect(titles(doc, trace.cards)).toEqual([
      'Cashier re-keys warranty and delivery details by hand',
      'Cashier rings up the sale on the new POS',
      'New POS system: slow card-terminal handshake',
    ]);
  });

  it('lists the employee pain on those cards, highest priority first', () => {
    const doc = sample();
    const trace = traceRootCauses(doc, painId(doc, 'Waits 8+ minutes'));
    // Handshake: 5 × 5 × 1.5 = 37.5; re-keying: 4 × 5 × 1.4 = 28.
    expect(trace.painPoints).toEqual([
      painId(doc, 'Card terminal handshake'),
      painId(doc, 'Warranty and delivery fields typed twice'),
    ]);
  });

  it('traces the missing warranty to the nightly batch, which carries no pain yet', () => {
    const doc = sample();
    const trace = traceRootCauses(doc, painId(doc, 'Warranty not registered'));
    expect(titles(doc, trace.cards)).toEqual(['Nightly warranty registration batch']);
    expect(trace.painPoints).toEqual([]);
  });
});

describe('traceRootCauses on small maps', () => {
  function chain(): { doc: TandemDoc; a: string; b: string; c: string; d: string; pain: string } {
    const doc = sample();
    const lane = doc.lanes[0]!.id;
    const stage = doc.stages[0]!.id;
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((title) => makeCard({ laneId: lane, stageId: stage, title }));
    doc.cards = [a!, b!, c!, d!];
    doc.links = [];
    doc.opportunities = [];
    const pain = makePainPoint({ cardId: a!.id, title: 'hurts', side: 'customer' });
    doc.painPoints = [pain];
    return { doc, a: a!.id, b: b!.id, c: c!.id, d: d!.id, pain: pain.id };
  }

  it('follows support and handoff links backwards but not flow links', () => {
    const m = chain();
    m.doc.links = [
      makeLink({ fromId: m.b, toId: m.a, kind: 'support' }),
      makeLink({ fromId: m.c, toId: m.b, kind: 'handoff' }),
      makeLink({ fromId: m.d, toId: m.a, kind: 'flow' }),
    ];
    expect([...traceRootCauses(m.doc, m.pain).cards].sort()).toEqual([m.b, m.c].sort());
  });

  it('does not follow links forwards: what the pain card itself supports is no cause', () => {
    const m = chain();
    m.doc.links = [makeLink({ fromId: m.a, toId: m.b, kind: 'support' })];
    expect(traceRootCauses(m.doc, m.pain).cards.size).toBe(0);
  });

  it('survives a cycle of links and never counts the origin as its own cause', () => {
    const m = chain();
    m.doc.links = [
      makeLink({ fromId: m.b, toId: m.a, kind: 'support' }),
      makeLink({ fromId: m.a, toId: m.b, kind: 'handoff' }),
      makeLink({ fromId: m.c, toId: m.b, kind: 'support' }),
      makeLink({ fromId: m.b, toId: m.c, kind: 'support' }),
    ];
    expect([...traceRootCauses(m.doc, m.pain).cards].sort()).toEqual([m.b, m.c].sort());
  });

  it('keeps employee and both-sides pain on cause cards and leaves customer pain out', () => {
    const m = chain();
    m.doc.links = [makeLink({ fromId: m.b, toId: m.a, kind: 'support' })];
    const staff = makePainPoint({ cardId: m.b, title: 'staff', side: 'employee' });
    const both = makePainPoint({ cardId: m.b, title: 'both', side: 'both', severity: 5 });
    const customer = makePainPoint({ cardId: m.b, title: 'customer', side: 'customer' });
    m.doc.painPoints.push(staff, both, customer);
    expect(traceRootCauses(m.doc, m.pain).painPoints).toEqual([both.id, staff.id]);
  });

  it('finds nothing for a pain point that does not exist', () => {
    const trace = traceRootCauses(chain().doc, 'nope');
    expect(trace).toEqual({ origin: null, cards: new Set(), painPoints: [] });
  });
});
