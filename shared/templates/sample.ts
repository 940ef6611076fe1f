import {
  defaultPairings,
  emptyDocument,
  makeCard,
  makeLink,
  makeOpportunity,
  makePainPoint,
  makePersona,
  makeTeam,
  standardMetrics,
} from '../factories';
import { newId } from '../ids';
import type { Card, Evidence } from '../schema/card';
import type { TandemDoc } from '../schema/document';
import { LINKED_LANES, laneTitled, lanesFrom, stagesNamed } from './build';

/**
 * The sample map that opens on first run: an electronics store where a new point-of-sale system slows the
 * staff, and customers wait at the till. Touchpoint keys match the linked survey sample.
 */
export function buildSampleMap(now: Date): TandemDoc {
  const doc = emptyDocument('Retail checkout — new POS rollout', now);
  doc.meta.description =
    'How a slower point-of-sale system at the till turns into queues, re-keyed data and unregistered warranties.';
  doc.stages = stagesNamed(['Discover', 'Buy', 'Receive', 'Use', 'Get help']);
  doc.lanes = lanesFrom(LINKED_LANES);
  const [discover, buy, receive, use, help] = doc.stages.map((s) => s.id) as [string, string, string, string, string];
  const team = {
    store: makeTeam({ name: 'Store staff', color: '#2a9d8f', kind: 'frontline' }),
    it: makeTeam({ name: 'IT systems', color: '#6d597a', kind: 'support' }),
    logistics: makeTeam({ name: 'Logistics', color: '#b5838d', kind: 'back_office' }),
    service: makeTeam({ name: 'Customer service', color: '#457b9d', kind: 'frontline' }),
  };
  doc.teams = Object.values(team);

  const cards: Card[] = [];
  const add = (lane: string, stageId: string, title: string, extra: Partial<Card> = {}): Card => {
    const laneId = laneTitled(doc, lane).id;
    const order = cards.filter((c) => c.laneId === laneId && c.stageId === stageId).length + 1;
    const card = makeCard({ laneId, stageId, order, title, evidence: 'observed' as Evidence, ...extra });
    cards.push(card);
    return card;
  };
  const T = 'Touchpoints';
  const C = 'Customer actions';
  const F = 'Frontstage (staff the customer sees)';
  const B = 'Backstage (staff the customer does not see)';
  const S = 'Support processes and systems';
  const E = 'Employee journey';
  add(T, discover, 'Website and shop window', { channel: 'web', key: 'browse' });
  const shop = add(T, buy, 'Online shop', { channel: 'web', key: 'order_online' });
  const till = add(T, buy, 'Till with the new POS', { channel: 'store', key: 'checkout' });
  add(T, receive, 'Delivery van', { channel: 'field', key: 'delivery' });
  add(T, use, 'Installation visit', { channel: 'field', key: 'install' });
  add(T, help, 'Support chat', { channel: 'chat', key: 'support_chat' });
  const compare = add(C, discover, 'Compares TVs online and in the store');
  const orders = add(C, buy, 'Orders online for home delivery');
  const queues = add(C, buy, 'Queues at the till to pay');
  const waits = add(C, receive, 'Waits at home for the delivery slot');
  const mounts = add(C, use, 'Has the TV wall-mounted');
  const asks = add(C, help, 'Asks why the warranty is not registered');
  const rings = add(F, buy, 'Cashier rings up the sale on the new POS', { ownerTeamId: team.store.id, tags: ['POS'] });
  add(F, receive, 'Driver hands over and unpacks', { ownerTeamId: team.logistics.id });
  add(F, use, 'Installer mounts and tunes the TV', { ownerTeamId: team.logistics.id });
  const chat = add(F, help, 'Chat agent answers', { ownerTeamId: team.service.id });
  const rekeys = add(B, buy, 'Cashier re-keys warranty and delivery details by hand', {
    ownerTeamId: team.store.id,
    tags: ['POS'],
  });
  const routes = add(B, receive, 'Dispatcher plans routes from printed orders', {
    ownerTeamId: team.logistics.id,
    evidence: 'assumed',
  });
  const lookup = add(B, help, 'Agent looks the order up in three systems', { ownerTeamId: team.service.id });
  const pos = add(S, buy, 'New POS system: slow card-terminal handshake', { ownerTeamId: team.it.id, tags: ['POS'] });
  add(S, receive, 'Warehouse management system', { ownerTeamId: team.logistics.id });
  const warranty = add(S, help, 'Nightly warranty registration batch', { evidence: 'assumed' });
  add(S, use, 'Installer scheduling (proposed)', { evidence: 'proposed' });
  add(E, buy, 'Cashier apologises for the wait, again', { ownerTeamId: team.store.id });
  add(E, help, 'Agent switches between screens while the customer waits', { ownerTeamId: team.service.id });
  const emotions: [string, number, string][] = [
    [discover, 1, 'Excited about the new TV'],
    [buy, -2, 'Long queue at the till'],
    [receive, 0, 'Slot kept, mostly'],
    [use, 1, 'Picture looks great'],
    [help, -1, 'Warranty missing'],
  ];
  for (const [stageId, emotion, title] of emotions) add('Customer emotion', stageId, title, { emotion });
  const staff: [string, number, string][] = [
    [discover, 0, 'Routine'],
    [buy, -2, 'POS freezes while the queue grows'],
    [receive, 0, 'Printed routes, long days'],
    [use, 1, 'Proud of a clean install'],
    [help, -1, 'Three logins per chat'],
  ];
  for (const [stageId, emotion, title] of staff) add('Employee emotion', stageId, title, { emotion });
  doc.cards = cards;

  doc.links = [
    makeLink({ fromId: compare.id, toId: queues.id, kind: 'flow' }),
    makeLink({ fromId: compare.id, toId: orders.id, kind: 'flow' }),
    makeLink({ fromId: orders.id, toId: waits.id, kind: 'flow' }),
    makeLink({ fromId: waits.id, toId: mounts.id, kind: 'flow' }),
    makeLink({ fromId: mounts.id, toId: asks.id, kind: 'flow' }),
    makeLink({ fromId: pos.id, toId: rings.id, kind: 'support', label: 'slow handshake' }),
    makeLink({ fromId: rekeys.id, toId: queues.id, kind: 'support', label: 'adds 2 min a sale' }),
    makeLink({ fromId: rings.id, toId: queues.id, kind: 'support' }),
    makeLink({ fromId: warranty.id, toId: asks.id, kind: 'support' }),
    makeLink({ fromId: lookup.id, toId: chat.id, kind: 'support' }),
    makeLink({ fromId: rings.id, toId: routes.id, kind: 'handoff', label: 'delivery order' }),
  ];
  const queuePain = makePainPoint({
    cardId: queues.id,
    title: 'Waits 8+ minutes at peak times',
    side: 'customer',
    severity: 5,
    reach: 4,
    votes: 6,
    evidence: 'Observed on three Saturdays; 41 complaints in Q3.',
  });
  const rekeyPain = makePainPoint({
    cardId: rekeys.id,
    title: 'Warranty and delivery fields typed twice',
    side: 'employee',
    severity: 4,
    reach: 5,
    votes: 4,
    evidence: 'Cashier interviews, 6 of 6.',
  });
  const posPain = makePainPoint({
    cardId: pos.id,
    title: 'Card terminal handshake takes up to 40 s',
    side: 'employee',
    severity: 5,
    reach: 5,
    votes: 5,
  });
  const warrantyPain = makePainPoint({
    cardId: asks.id,
    title: 'Warranty not registered for two days',
    side: 'customer',
    severity: 3,
    reach: 2,
    votes: 1,
  });
  const lookupPain = makePainPoint({
    cardId: lookup.id,
    title: 'Three systems to find one order',
    side: 'employee',
    severity: 3,
    reach: 4,
    votes: 2,
  });
  doc.painPoints = [queuePain, rekeyPain, posPain, warrantyPain, lookupPain];
  doc.opportunities = [
    makeOpportunity({
      title: 'Pass warranty and delivery data from the POS automatically',
      painPointIds: [queuePain.id, rekeyPain.id],
      ownerTeamId: team.it.id,
      effort: 3,
      status: 'planned',
    }),
    makeOpportunity({
      title: 'Fix the card-terminal handshake before peak season',
      painPointIds: [posPain.id, queuePain.id],
      ownerTeamId: team.it.id,
      effort: 2,
      status: 'in_progress',
    }),
    makeOpportunity({
      title: 'Register warranties in real time',
      painPointIds: [warrantyPain.id],
      effort: 4,
      status: 'idea',
    }),
  ];
  const maya = makePersona({
    side: 'customer',
    name: 'Maya',
    role: 'Busy parent buying a family TV',
    goals: 'Buy quickly, have it installed, forget about it.',
    frustrations: 'Queues; repeating her details.',
  });
  const tomasz = makePersona({
    side: 'employee',
    name: 'Tomasz',
    role: 'Cashier, four years in the store',
    goals: 'Serve people well and keep the queue moving.',
    frustrations: 'The new POS freezes; typing the same data twice.',
  });
  doc.personas = [maya, tomasz];
  doc.meta.customerPersonaId = maya.id;
  doc.meta.employeePersonaId = tomasz.id;
  doc.metrics = standardMetrics();
  const nps = doc.metrics.find((m) => m.kind === 'nps')!;
  doc.metricValues = [
    { id: newId(), metricId: nps.id, cardId: null, stageId: buy, value: -12, n: 118, period: '2026-Q3' },
  ];
  doc.pairings = defaultPairings();
  void shop;
  void till;
  return doc;
}
