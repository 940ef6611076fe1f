import { type TargetStatus, targetStatus } from '../metrics/targets';
import type { SurveyStats, TouchpointStats } from '../metrics/surveySchemas';
import type { Card } from '../schema/card';
import type { TandemDoc } from '../schema/document';
import type { MetricKind } from '../schema/metric';
import type { Team } from '../schema/team';
import { type CommentRow, selectComments } from './handoutComments';
import { type PainSummary, painSummaries } from './painSummary';
import { teamPath } from './teamPath';

/** One figure of a touchpoint, as the scorecard shows it: the value, its n and how it stands against the target. */
export interface HandoutFigure {
  kind: MetricKind;
  /** The metric's name on this map ("NPS", "Ease of paying"…). */
  name: string;
  value: number;
  /** Interactions answered on the metric's side. */
  n: number;
  target: number | null;
  status: TargetStatus;
}

/** A flagged perception gap: customers and employees disagree in `share` of the linked pairs. */
export interface HandoutGap {
  customer: string;
  employee: string;
  share: number;
  pairs: number;
}

/** A touchpoint a moment is measured at. */
export interface HandoutTouchpoint {
  key: string;
  title: string;
  figures: HandoutFigure[];
  gaps: HandoutGap[];
}

/** One customer moment the team's cards shape. */
export interface HandoutMoment {
  cardId: string;
  title: string;
  stage: string;
  /** Pain on the moment's card, as its badge shows it; null without pain points. */
  pain: PainSummary | null;
  /** The moment itself when it carries a survey key, else the keyed touchpoints of its stage. */
  touchpoints: HandoutTouchpoint[];
  /** Customers' own comments at those touchpoints (see selectComments for the rule). */
  comments: string[];
}

/** A team's one-page handout: its cards and the customer moments they shape, with the evidence on each. */
export interface Handout {
  team: Pick<Team, 'id' | 'name' | 'color'>;
  /** The team's own cards, by stage. */
  own: { title: string; stage: string }[];
  /** Cards of other teams on the way from the team's cards to the moments. */
  between: number;
  /** The moments, in stage order, then top to bottom. */
  moments: HandoutMoment[];
}

const STANDARD: readonly MetricKind[] = ['nps', 'csat', 'ces', 'enps'];

function figuresOf(doc: TandemDoc, stats: TouchpointStats): HandoutFigure[] {
  const out: HandoutFigure[] = [];
  for (const kind of STANDARD) {
    const value = stats.metrics[kind as 'nps' | 'csat' | 'ces' | 'enps'];
    if (value === null) continue;
    const def = doc.metrics.find((m) => m.kind === kind);
    const side = def?.side ?? (kind === 'enps' ? 'employee' : 'customer');
    const target = def?.target ?? null;
    out.push({
      kind,
      name: def?.name ?? kind.toUpperCase(),
      value,
      n: stats.responses[side],
      target,
      status: targetStatus(kind, value, target),
    });
  }
  return out;
}

/**
 * The handout of a team, or null when the team does not exist: the customer moments its cards reach (teamPath),
 * each with the figures and flagged perception gaps of the touchpoint it is measured at and a bounded selection of
 * the customers' comments there. `comments` holds the customer comments per touchpoint key.
 */
export function buildHandout(
  doc: TandemDoc,
  teamId: string,
  stats: SurveyStats | null,
  comments: ReadonlyMap<string, readonly CommentRow[]>,
): Handout | null {
  const team = doc.teams.find((t) => t.id === teamId);
  if (!team) return null;
  const path = teamPath(doc, teamId);
  const stageOrder = new Map(doc.stages.map((s) => [s.id, s.order]));
  const stageName = new Map(doc.stages.map((s) => [s.id, s.name]));
  const laneOrder = new Map(doc.lanes.map((l) => [l.id, l.order]));
  const touchpointLanes = new Set(doc.lanes.filter((l) => l.kind === 'touchpoint').map((l) => l.id));
  const byPlace = (a: Card, b: Card) =>
    (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0) ||
    (laneOrder.get(a.laneId) ?? 0) - (laneOrder.get(b.laneId) ?? 0) ||
    a.order - b.order;
  const statsByKey = new Map((stats?.touchpoints ?? []).map((t) => [t.key, t]));
  const pains = painSummaries(doc.painPoints);

  const measuredAt = (card: Card): Card[] =>
    card.key !== null
      ? [card]
      : doc.cards.filter((c) => c.key !== null && c.stageId === card.stageId && touchpointLanes.has(c.laneId));
  const moments = doc.cards
    .filter((c) => path.moments.has(c.id))
    .sort(byPlace)
    .map((card): HandoutMoment => {
      const places = measuredAt(card).sort(byPlace);
      const touchpoints = places.map((tp): HandoutTouchpoint => {
        const key = tp.key as string;
        const s = statsByKey.get(key);
        return {
          key,
          title: tp.title,
          figures: s ? figuresOf(doc, s) : [],
          gaps: (s?.gaps ?? [])
            .filter((g) => g.flagged && g.share !== null)
            .map((g) => ({ customer: g.customer, employee: g.employee, share: g.share as number, pairs: g.pairs })),
        };
      });
      return {
        cardId: card.id,
        title: card.title,
        stage: stageName.get(card.stageId) ?? '',
        pain: pains.get(card.id) ?? null,
        touchpoints,
        comments: selectComments(places.flatMap((tp) => comments.get(tp.key as string) ?? [])),
      };
    });
  return {
    team: { id: team.id, name: team.name, color: team.color },
    own: doc.cards
      .filter((c) => path.own.has(c.id))
      .sort(byPlace)
      .map((c) => ({ title: c.title, stage: stageName.get(c.stageId) ?? '' })),
    between: path.between.size,
    moments,
  };
}

/** The team a user names: by id, else by name ignoring case and surrounding spaces; undefined when none matches. */
export function findTeam(doc: TandemDoc, given: string): Team | undefined {
  const name = given.trim().toLocaleLowerCase();
  return doc.teams.find((t) => t.id === given) ?? doc.teams.find((t) => t.name.trim().toLocaleLowerCase() === name);
}
