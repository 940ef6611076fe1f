import type { TandemDoc } from '../../../shared/schema/document';
import type { PainSide, PainStatus } from '../../../shared/schema/painPoint';
import { painRegister } from '../../../shared/render/register';

/** One line of the register: a pain point with where it sits, who owns the card, and its rank. */
export interface RegisterRow {
  id: string;
  rank: number;
  priority: number;
  title: string;
  cardId: string;
  card: string;
  stageId: string | null;
  stage: string;
  /** Position of the stage left to right, so sorting by stage follows the journey, not the alphabet. */
  stageIndex: number;
  lane: string;
  laneIndex: number;
  teamId: string | null;
  team: string;
  side: PainSide;
  severity: number;
  reach: number;
  votes: number;
  status: PainStatus;
}

export type SortKey =
  | 'rank'
  | 'title'
  | 'card'
  | 'stage'
  | 'lane'
  | 'team'
  | 'side'
  | 'severity'
  | 'reach'
  | 'votes'
  | 'status'
  | 'priority';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** What the register shows: '' means any. Side 'customer' and 'employee' include pain felt on both sides. */
export interface RegisterFilter {
  side: '' | PainSide;
  teamId: string;
  stageId: string;
  status: '' | PainStatus;
}
export const NO_FILTER: RegisterFilter = { side: '', teamId: '', stageId: '', status: '' };
/** The team filter's value for cards that no team owns. */
export const NO_TEAM = '__none__';

/** Every pain point as a register row, in priority order (the shared ranking the PDF and CSV use too). */
export function registerRows(doc: TandemDoc): RegisterRow[] {
  const cards = new Map(doc.cards.map((c) => [c.id, c]));
  const stageIndex = new Map([...doc.stages].sort((a, b) => a.order - b.order).map((s, i) => [s.id, i]));
  const laneIndex = new Map([...doc.lanes].sort((a, b) => a.order - b.order).map((l, i) => [l.id, i]));
  return painRegister(doc).map((r) => {
    const card = cards.get(r.pain.cardId);
    return {
      id: r.pain.id,
      rank: r.rank,
      priority: r.priority,
      title: r.pain.title,
      cardId: r.pain.cardId,
      card: r.card,
      stageId: card?.stageId ?? null,
      stage: r.stage,
      stageIndex: card ? (stageIndex.get(card.stageId) ?? -1) : -1,
      lane: r.lane,
      laneIndex: card ? (laneIndex.get(card.laneId) ?? -1) : -1,
      teamId: card?.ownerTeamId ?? null,
      team: r.team,
      side: r.pain.side,
      severity: r.pain.severity,
      reach: r.pain.reach,
      votes: r.pain.votes,
      status: r.pain.status,
    };
  });
}

const SIDE_ORDER: Record<PainSide, number> = { customer: 0, both: 1, employee: 2 };
const STATUS_ORDER: Record<PainStatus, number> = { open: 0, investigating: 1, addressed: 2, wont_fix: 3 };

function compare(a: RegisterRow, b: RegisterRow, key: SortKey): number {
  switch (key) {
    case 'title':
    case 'card':
    case 'team':
      return a[key].localeCompare(b[key]);
    case 'stage':
      return a.stageIndex - b.stageIndex;
    case 'lane':
      return a.laneIndex - b.laneIndex;
    case 'side':
      return SIDE_ORDER[a.side] - SIDE_ORDER[b.side];
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    default:
      return a[key] - b[key];
  }
}

/** Rows sorted by a column; ties keep the priority ranking, so the most pressing pain stays on top within a group. */
export function sortRows(rows: readonly RegisterRow[], sort: Sort): RegisterRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare(a, b, sort.key) || a.rank - b.rank);
}

/** The rows that pass every filter. */
export function filterRows(rows: readonly RegisterRow[], f: RegisterFilter): RegisterRow[] {
  return rows.filter(
    (r) =>
      (f.side === '' || r.side === f.side || (f.side !== 'both' && r.side === 'both')) &&
      (f.teamId === '' || (f.teamId === NO_TEAM ? r.teamId === null : r.teamId === f.teamId)) &&
      (f.stageId === '' || r.stageId === f.stageId) &&
      (f.status === '' || r.status === f.status),
  );
}

/** The direction a column sorts in first: numbers and the priority biggest first, words A to Z. */
export function firstDirection(key: SortKey): boolean {
  return key === 'priority' || key === 'severity' || key === 'reach' || key === 'votes';
}
