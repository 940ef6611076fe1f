import { priorityScore } from '../metrics/priority';
import type { TandemDoc } from '../schema/document';
import type { Author } from '../schema/author';
import type { PainPoint } from '../schema/painPoint';
import { english, label, type Translate } from '../vocabulary';

/** One row of the pain point register: the pain, where it sits, and its priority. */
export interface PainRow {
  rank: number;
  priority: number;
  pain: PainPoint;
  card: string;
  stage: string;
  lane: string;
  team: string;
  /** Titles of the actions that answer it. */
  actions: string[];
  /** Who added the pain point in a live workshop ("Olena · Finance operations"); empty for the facilitator's own. */
  addedBy: string;
  /** Who added its card in a live workshop; empty for the facilitator's own. */
  cardAddedBy: string;
}

/** A workshop author as one line of text: the name, and the team they said they are in. Participant text, as is. */
export function byline(author: Author | undefined): string {
  if (!author) return '';
  return author.team ? `${author.name} · ${author.team}` : author.name;
}

/** One row of the action list: the action, its owner and the pain it answers. */
export interface ActionRow {
  /** The action's id. */
  id: string;
  title: string;
  owner: string;
  effort: number;
  /** The status in words. */
  status: string;
  /** Titles of the pain points it answers, highest priority first. */
  painPoints: string[];
  /** The highest priority among the pain points it answers (0 when none). */
  topPriority: number;
  /** Stages where the answered pain sits. */
  stages: string[];
}

/** Every pain point with its card, stage, lane and team, ranked by priority (ties: severity, then votes, then title). */
export function painRegister(doc: TandemDoc): PainRow[] {
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  const stages = new Map(doc.stages.map((s) => [s.id, s.name]));
  const lanes = new Map(doc.lanes.map((l) => [l.id, l.title]));
  const teams = new Map(doc.teams.map((t) => [t.id, t.name]));
  const rows = doc.painPoints.map((pain) => {
    const card = cards.get(pain.cardId);
    return {
      rank: 0,
      priority: priorityScore(pain),
      pain,
      card: card?.title ?? '',
      stage: card ? (stages.get(card.stageId) ?? '') : '',
      lane: card ? (lanes.get(card.laneId) ?? '') : '',
      team: card?.ownerTeamId ? (teams.get(card.ownerTeamId) ?? '') : '',
      actions: doc.opportunities.filter((o) => o.painPointIds.includes(pain.id)).map((o) => o.title),
      addedBy: byline(pain.author),
      cardAddedBy: byline(card?.author),
    };
  });
  rows.sort(
    (a, b) =>
      b.priority - a.priority ||
      b.pain.severity - a.pain.severity ||
      b.pain.votes - a.pain.votes ||
      a.pain.title.localeCompare(b.pain.title),
  );
  rows.forEach((r, i) => {
    r.rank = i + 1;
  });
  return rows;
}

/** Every action with its owner and the pain it answers, the ones answering the highest-priority pain first. */
export function actionRegister(doc: TandemDoc, t: Translate = english): ActionRow[] {
  const register = new Map(painRegister(doc).map((r) => [r.pain.id, r]));
  const teams = new Map(doc.teams.map((team) => [team.id, team.name]));
  const rows = doc.opportunities.map((o) => {
    const answered = o.painPointIds
      .map((id) => register.get(id))
      .filter((r): r is PainRow => r !== undefined)
      .sort((a, b) => a.rank - b.rank);
    return {
      id: o.id,
      title: o.title,
      owner: o.ownerTeamId ? (teams.get(o.ownerTeamId) ?? '') : '',
      effort: o.effort,
      status: label(`actionStatus.${o.status}`, { t }),
      painPoints: answered.map((r) => r.pain.title),
      topPriority: answered[0]?.priority ?? 0,
      stages: [...new Set(answered.map((r) => r.stage).filter(Boolean))],
    };
  });
  rows.sort((a, b) => b.topPriority - a.topPriority || a.effort - b.effort || a.title.localeCompare(b.title));
  return rows;
}
