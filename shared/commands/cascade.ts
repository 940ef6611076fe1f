import type { CollectionName, TandemDoc } from '../schema/document';
import type { DocPatch } from './patch';

type Ids = Partial<Record<CollectionName, readonly string[]>>;
type AnyEntity = { id: string };

/**
 * Removes entities and everything that depends on them (cards in a removed lane, links and pain points of a
 * removed card, …) and clears references that may dangle (a removed team's ownership). Returns the new document
 * and a doc/patch that puts everything back exactly as it was.
 */
export function removeWithCascade(doc: TandemDoc, seeds: Ids): { doc: TandemDoc; inverse: DocPatch } {
  const gone = (c: CollectionName) => new Set(seeds[c] ?? []);
  const stages = gone('stages');
  const lanes = gone('lanes');
  const teams = gone('teams');
  const personas = gone('personas');
  const metrics = gone('metrics');
  const cards = gone('cards');
  for (const c of doc.cards) if (stages.has(c.stageId) || lanes.has(c.laneId)) cards.add(c.id);
  const links = gone('links');
  for (const l of doc.links) if (cards.has(l.fromId) || cards.has(l.toId)) links.add(l.id);
  const pains = gone('painPoints');
  for (const p of doc.painPoints) if (cards.has(p.cardId)) pains.add(p.id);
  const values = gone('metricValues');
  for (const v of doc.metricValues) {
    if ((v.cardId && cards.has(v.cardId)) || (v.stageId && stages.has(v.stageId)) || metrics.has(v.metricId))
      values.add(v.id);
  }
  const opportunities = gone('opportunities');
  const pairings = gone('pairings');
  const removed: Record<CollectionName, Set<string>> = {
    stages,
    lanes,
    teams,
    personas,
    cards,
    links,
    painPoints: pains,
    opportunities,
    metrics,
    metricValues: values,
    pairings,
  };

  const put: Record<string, AnyEntity[]> = {};
  const keep = <C extends CollectionName>(c: C): TandemDoc[C] => {
    const set = removed[c];
    if (set.size === 0) return doc[c];
    const out: AnyEntity[] = [];
    const old: AnyEntity[] = [];
    for (const e of doc[c] as AnyEntity[]) (set.has(e.id) ? old : out).push(e);
    if (old.length) put[c] = old;
    return out as TandemDoc[C];
  };
  const next: TandemDoc = {
    ...doc,
    stages: keep('stages'),
    lanes: keep('lanes'),
    teams: keep('teams'),
    personas: keep('personas'),
    cards: keep('cards'),
    links: keep('links'),
    painPoints: keep('painPoints'),
    opportunities: keep('opportunities'),
    metrics: keep('metrics'),
    metricValues: keep('metricValues'),
    pairings: keep('pairings'),
  };

  // References that would dangle are cleared, and the old entity goes into the inverse.
  if (teams.size > 0) {
    const changed: AnyEntity[] = [];
    next.cards = next.cards.map((c) =>
      c.ownerTeamId && teams.has(c.ownerTeamId) ? (changed.push(c), { ...c, ownerTeamId: null }) : c,
    );
    if (changed.length) put.cards = [...(put.cards ?? []), ...changed];
  }
  if (teams.size > 0 || pains.size > 0) {
    const changed: AnyEntity[] = [];
    next.opportunities = next.opportunities.map((o) => {
      const owner = o.ownerTeamId && teams.has(o.ownerTeamId) ? null : o.ownerTeamId;
      const painPointIds = o.painPointIds.filter((id) => !pains.has(id));
      if (owner === o.ownerTeamId && painPointIds.length === o.painPointIds.length) return o;
      changed.push(o);
      return { ...o, ownerTeamId: owner, painPointIds };
    });
    if (changed.length) put.opportunities = [...(put.opportunities ?? []), ...changed];
  }
  const inverse: DocPatch = { type: 'doc/patch', put: put as DocPatch['put'] };
  const m = doc.meta;
  const cp = m.customerPersonaId && personas.has(m.customerPersonaId) ? null : m.customerPersonaId;
  const ep = m.employeePersonaId && personas.has(m.employeePersonaId) ? null : m.employeePersonaId;
  if (cp !== m.customerPersonaId || ep !== m.employeePersonaId) {
    next.meta = { ...m, customerPersonaId: cp, employeePersonaId: ep };
    inverse.meta = m;
  }
  return { doc: next, inverse };
}
