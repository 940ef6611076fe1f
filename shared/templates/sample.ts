import {
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
import { lanesFrom, linkedLanes, pairingsIn, stagesNamed } from './build';
import type { TemplateWords } from './words';

/**
 * The sample map that opens on first run: an electronics store where a new point-of-sale system slows the
 * staff, and customers wait at the till. Each language tells it as its own room would (a store in Kyiv, Moscow,
 * Warsaw or Shanghai, its names, currency and ways to pay) in the same cells, links, scores and pain points, so
 * every sample shows the same features. Touchpoint keys match the linked survey sample.
 */
export function buildSampleMap(now: Date, w: TemplateWords): TandemDoc {
  const doc = emptyDocument(w('sample.title'), now);
  doc.meta.description = w('sample.description');
  doc.stages = stagesNamed([
    w('sample.stage.discover'),
    w('sample.stage.buy'),
    w('sample.stage.receive'),
    w('sample.stage.use'),
    w('sample.stage.help'),
  ]);
  doc.lanes = lanesFrom(linkedLanes(w));
  const [discover, buy, receive, use, help] = doc.stages.map((s) => s.id) as [string, string, string, string, string];
  const team = {
    store: makeTeam({ name: w('sample.team.store'), color: '#2a9d8f', kind: 'frontline' }),
    it: makeTeam({ name: w('sample.team.it'), color: '#6d597a', kind: 'support' }),
    logistics: makeTeam({ name: w('sample.team.logistics'), color: '#b5838d', kind: 'back_office' }),
    service: makeTeam({ name: w('sample.team.service'), color: '#457b9d', kind: 'frontline' }),
  };
  doc.teams = Object.values(team);

  const cards: Card[] = [];
  // The lanes in the order linkedLanes() builds them.
  const [customerEmotion, T, C, F, B, S, E, employeeEmotion] = doc.lanes.map((l) => l.id) as string[];
  const add = (laneId: string | undefined, stageId: string, title: string, extra: Partial<Card> = {}): Card => {
    if (laneId === undefined) throw new Error('the sample map lacks a lane of the linked template');
    const order = cards.filter((c) => c.laneId === laneId && c.stageId === stageId).length + 1;
    const card = makeCard({ laneId, stageId, order, title, evidence: 'observed' as Evidence, ...extra });
    cards.push(card);
    return card;
  };
  const channel = {
    web: w('sample.channel.web'),
    store: w('sample.channel.store'),
    field: w('sample.channel.field'),
    chat: w('sample.channel.chat'),
  };
  const POS = w('sample.tag.pos');
  add(T, discover, w('sample.touchpoint.browse'), { channel: channel.web, key: 'browse' });
  const shop = add(T, buy, w('sample.touchpoint.orderOnline'), { channel: channel.web, key: 'order_online' });
  const till = add(T, buy, w('sample.touchpoint.checkout'), { channel: channel.store, key: 'checkout' });
  add(T, receive, w('sample.touchpoint.delivery'), { channel: channel.field, key: 'delivery' });
  add(T, use, w('sample.touchpoint.install'), { channel: channel.field, key: 'install' });
  add(T, help, w('sample.touchpoint.supportChat'), { channel: channel.chat, key: 'support_chat' });
  const compare = add(C, discover, w('sample.customer.compare'));
  const orders = add(C, buy, w('sample.customer.orders'));
  const queues = add(C, buy, w('sample.customer.queues'));
  const waits = add(C, receive, w('sample.customer.waits'));
  const mounts = add(C, use, w('sample.customer.mounts'));
  const asks = add(C, help, w('sample.customer.asks'));
  const rings = add(F, buy, w('sample.frontstage.rings'), { ownerTeamId: team.store.id, tags: [POS] });
  add(F, receive, w('sample.frontstage.handsOver'), { ownerTeamId: team.logistics.id });
  add(F, use, w('sample.frontstage.installs'), { ownerTeamId: team.logistics.id });
  const chat = add(F, help, w('sample.frontstage.chat'), { ownerTeamId: team.service.id });
  const rekeys = add(B, buy, w('sample.backstage.rekeys'), { ownerTeamId: team.store.id, tags: [POS] });
  const routes = add(B, receive, w('sample.backstage.routes'), {
    ownerTeamId: team.logistics.id,
    evidence: 'assumed',
  });
  const lookup = add(B, help, w('sample.backstage.lookup'), { ownerTeamId: team.service.id });
  const pos = add(S, buy, w('sample.support.pos'), { ownerTeamId: team.it.id, tags: [POS] });
  add(S, receive, w('sample.support.warehouse'), { ownerTeamId: team.logistics.id });
  const warranty = add(S, help, w('sample.support.warranty'), { evidence: 'assumed' });
  add(S, use, w('sample.support.scheduling'), { evidence: 'proposed' });
  add(E, buy, w('sample.employee.apologises'), { ownerTeamId: team.store.id });
  add(E, help, w('sample.employee.switches'), { ownerTeamId: team.service.id });
  const emotions: [string, number, string][] = [
    [discover, 1, w('sample.customerEmotion.discover')],
    [buy, -2, w('sample.customerEmotion.buy')],
    [receive, 0, w('sample.customerEmotion.receive')],
    [use, 1, w('sample.customerEmotion.use')],
    [help, -1, w('sample.customerEmotion.help')],
  ];
  for (const [stageId, emotion, title] of emotions) add(customerEmotion, stageId, title, { emotion });
  const staff: [string, number, string][] = [
    [discover, 0, w('sample.employeeEmotion.discover')],
    [buy, -2, w('sample.employeeEmotion.buy')],
    [receive, 0, w('sample.employeeEmotion.receive')],
    [use, 1, w('sample.employeeEmotion.use')],
    [help, -1, w('sample.employeeEmotion.help')],
  ];
  for (const [stageId, emotion, title] of staff) add(employeeEmotion, stageId, title, { emotion });
  doc.cards = cards;

  doc.links = [
    makeLink({ fromId: compare.id, toId: queues.id, kind: 'flow' }),
    makeLink({ fromId: compare.id, toId: orders.id, kind: 'flow' }),
    makeLink({ fromId: orders.id, toId: waits.id, kind: 'flow' }),
    makeLink({ fromId: waits.id, toId: mounts.id, kind: 'flow' }),
    makeLink({ fromId: mounts.id, toId: asks.id, kind: 'flow' }),
    makeLink({ fromId: pos.id, toId: rings.id, kind: 'support', label: w('sample.link.slowHandshake') }),
    makeLink({ fromId: rekeys.id, toId: queues.id, kind: 'support', label: w('sample.link.addsTime') }),
    makeLink({ fromId: rings.id, toId: queues.id, kind: 'support' }),
    makeLink({ fromId: warranty.id, toId: asks.id, kind: 'support' }),
    makeLink({ fromId: lookup.id, toId: chat.id, kind: 'support' }),
    makeLink({ fromId: rings.id, toId: routes.id, kind: 'handoff', label: w('sample.link.deliveryOrder') }),
  ];
  const queuePain = makePainPoint({
    cardId: queues.id,
    title: w('sample.pain.queue'),
    side: 'customer',
    severity: 5,
    reach: 4,
    votes: 6,
    evidence: w('sample.pain.queueEvidence'),
  });
  const rekeyPain = makePainPoint({
    cardId: rekeys.id,
    title: w('sample.pain.rekey'),
    side: 'employee',
    severity: 4,
    reach: 5,
    votes: 4,
    evidence: w('sample.pain.rekeyEvidence'),
  });
  const posPain = makePainPoint({
    cardId: pos.id,
    title: w('sample.pain.pos'),
    side: 'employee',
    severity: 5,
    reach: 5,
    votes: 5,
  });
  const warrantyPain = makePainPoint({
    cardId: asks.id,
    title: w('sample.pain.warranty'),
    side: 'customer',
    severity: 3,
    reach: 2,
    votes: 1,
  });
  const lookupPain = makePainPoint({
    cardId: lookup.id,
    title: w('sample.pain.lookup'),
    side: 'employee',
    severity: 3,
    reach: 4,
    votes: 2,
  });
  doc.painPoints = [queuePain, rekeyPain, posPain, warrantyPain, lookupPain];
  doc.opportunities = [
    makeOpportunity({
      title: w('sample.action.passData'),
      painPointIds: [queuePain.id, rekeyPain.id],
      ownerTeamId: team.it.id,
      effort: 3,
      status: 'planned',
    }),
    makeOpportunity({
      title: w('sample.action.fixHandshake'),
      painPointIds: [posPain.id, queuePain.id],
      ownerTeamId: team.it.id,
      effort: 2,
      status: 'in_progress',
    }),
    makeOpportunity({
      title: w('sample.action.realtimeWarranty'),
      painPointIds: [warrantyPain.id],
      effort: 4,
      status: 'idea',
    }),
  ];
  const customer = makePersona({
    side: 'customer',
    name: w('sample.persona.customer.name'),
    role: w('sample.persona.customer.role'),
    goals: w('sample.persona.customer.goals'),
    frustrations: w('sample.persona.customer.frustrations'),
  });
  const employee = makePersona({
    side: 'employee',
    name: w('sample.persona.employee.name'),
    role: w('sample.persona.employee.role'),
    goals: w('sample.persona.employee.goals'),
    frustrations: w('sample.persona.employee.frustrations'),
  });
  doc.personas = [customer, employee];
  doc.meta.customerPersonaId = customer.id;
  doc.meta.employeePersonaId = employee.id;
  doc.metrics = standardMetrics();
  const nps = doc.metrics.find((m) => m.kind === 'nps')!;
  doc.metricValues = [
    { id: newId(), metricId: nps.id, cardId: null, stageId: buy, value: -12, n: 118, period: w('sample.period') },
  ];
  doc.pairings = pairingsIn(w);
  void shop;
  void till;
  return doc;
}
