import { newId } from './ids';
import type { Card } from './schema/card';
import { SCHEMA_VERSION, type TandemDoc } from './schema/document';
import { defaultSideForKind, type Lane, type LaneKind } from './schema/lane';
import type { Link } from './schema/link';
import type { MapMeta } from './schema/map';
import type { MetricDefinition } from './schema/metric';
import type { Opportunity } from './schema/opportunity';
import type { Note } from './schema/note';
import type { PainPoint } from './schema/painPoint';
import type { Persona } from './schema/persona';
import type { Stage } from './schema/stage';
import type { Pairing } from './schema/survey';
import type { Team } from './schema/team';
import { DEFAULT_LANGUAGE } from './vocabulary/language';

/**
 * Default lane heights by kind, in canvas pixels. Emotion lanes spread five levels over their height: lower, and
 * the curve is too flat to read on a projector. The metrics lane fits NPS, CSAT, CES and eNPS one under another.
 */
export const LANE_HEIGHT: Record<LaneKind, number> = {
  customer: 150,
  touchpoint: 120,
  frontstage: 150,
  backstage: 150,
  support: 150,
  employee: 150,
  emotion: 230,
  metrics: 150,
  notes: 120,
};
export const DEFAULT_STAGE_WIDTH = 280;

/** A new stage with defaults. */
export function makeStage(fields: Partial<Stage> & Pick<Stage, 'name' | 'order'>): Stage {
  return { id: newId(), width: DEFAULT_STAGE_WIDTH, description: '', ...fields };
}

/** A new lane with defaults for its kind. */
export function makeLane(fields: Partial<Lane> & Pick<Lane, 'kind' | 'title' | 'order'>): Lane {
  return { id: newId(), side: defaultSideForKind(fields.kind), height: LANE_HEIGHT[fields.kind], ...fields };
}

/** A new card with defaults. */
export function makeCard(fields: Partial<Card> & Pick<Card, 'laneId' | 'stageId'>): Card {
  return {
    id: newId(),
    order: 1,
    title: '',
    notes: '',
    ownerTeamId: null,
    channel: '',
    tags: [],
    evidence: 'assumed',
    emotion: null,
    key: null,
    ...fields,
  };
}

/** A new link. */
export function makeLink(fields: Partial<Link> & Pick<Link, 'fromId' | 'toId'>): Link {
  return { id: newId(), kind: 'flow', label: '', ...fields };
}

/** A new pain point with defaults. */
export function makePainPoint(fields: Partial<PainPoint> & Pick<PainPoint, 'cardId'>): PainPoint {
  return {
    id: newId(),
    title: '',
    side: 'customer',
    severity: 3,
    reach: 3,
    evidence: '',
    votes: 0,
    status: 'open',
    ...fields,
  };
}

/** A new note: on a card, or in the parking lot when `cardId` is null. */
export function makeNote(fields: Partial<Note> & Pick<Note, 'text'>): Note {
  return { id: newId(), cardId: null, createdAt: new Date().toISOString(), ...fields };
}

/** A new opportunity / action with defaults. */
export function makeOpportunity(fields: Partial<Opportunity>): Opportunity {
  return {
    id: newId(),
    title: '',
    description: '',
    painPointIds: [],
    ownerTeamId: null,
    effort: 3,
    status: 'idea',
    ...fields,
  };
}

/** A new team. */
export function makeTeam(fields: Partial<Team> & Pick<Team, 'name'>): Team {
  return { id: newId(), color: '#4f6d8f', kind: 'back_office', ...fields };
}

/** A new persona. */
export function makePersona(fields: Partial<Persona> & Pick<Persona, 'name' | 'side'>): Persona {
  return { id: newId(), role: '', goals: '', frustrations: '', picture: null, ...fields };
}

/** A new metric definition. */
export function makeMetric(
  fields: Partial<MetricDefinition> & Pick<MetricDefinition, 'name' | 'kind' | 'side'>,
): MetricDefinition {
  return { id: newId(), questionKey: null, target: null, ...fields };
}

/** The standard metrics of a linked CX–EX map: NPS, CSAT, CES and eNPS with their usual question keys. */
export function standardMetrics(): MetricDefinition[] {
  return [
    makeMetric({ name: 'NPS', kind: 'nps', side: 'customer', questionKey: 'nps', target: 30 }),
    makeMetric({ name: 'CSAT', kind: 'csat', side: 'customer', questionKey: 'csat', target: 80 }),
    makeMetric({ name: 'CES', kind: 'ces', side: 'customer', questionKey: 'ces', target: 5 }),
    makeMetric({ name: 'eNPS', kind: 'enps', side: 'employee', questionKey: 'enps', target: 20 }),
  ];
}

/** The default customer ↔ employee question pairings of linked feedback. */
export function defaultPairings(): Pairing[] {
  return [
    { id: newId(), customerQuestion: 'resolved', employeeQuestion: 'solved', label: 'Problem solved' },
    {
      id: newId(),
      customerQuestion: 'easy',
      employeeQuestion: 'tools_easy',
      label: 'Easy to deal with / easy to reach the tools',
    },
    {
      id: newId(),
      customerQuestion: 'liked',
      employeeQuestion: 'proud',
      label: 'Liked the service / proud of the brand',
    },
  ];
}

/** An empty document with the given title. */
export function emptyDocument(title: string, now = new Date()): TandemDoc {
  const meta: MapMeta = {
    id: newId(),
    title,
    description: '',
    createdAt: now.toISOString(),
    customerPersonaId: null,
    employeePersonaId: null,
    gapThreshold: 0.25,
    gapMinPairs: 10,
    language: DEFAULT_LANGUAGE,
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    meta,
    stages: [],
    lanes: [],
    teams: [],
    personas: [],
    cards: [],
    links: [],
    painPoints: [],
    opportunities: [],
    metrics: [],
    metricValues: [],
    pairings: [],
    voteRounds: [],
    notes: [],
  };
}
