import type { Command } from '../../shared/commands/types';
import { makeCard, makeLane, makeLink, makeNote, makePainPoint, makeStage, makeTeam } from '../../shared/factories';
import type { TandemDoc } from '../../shared/schema/document';
import type { LaneKind } from '../../shared/schema/lane';

const KINDS: LaneKind[] = [
  'customer',
  'touchpoint',
  'frontstage',
  'backstage',
  'support',
  'employee',
  'emotion',
  'notes',
];

/**
 * Turns a list of random numbers into a plausible command for the current document: most are valid,
 * some refer to things that no longer exist or carry bad values, as a confused user or a stale client would.
 */
export function commandFrom(doc: TandemDoc, seed: number[], n: number): Command {
  const pick = <T>(xs: readonly T[], i: number): T | undefined =>
    xs.length ? xs[(seed[i] ?? 0) % xs.length] : undefined;
  const r = (i: number) => seed[i] ?? 0;
  const card = pick(doc.cards, 1);
  const other = pick(doc.cards, 2);
  const lane = pick(doc.lanes, 3);
  const stage = pick(doc.stages, 4);
  const id = `p${n}`;
  switch (r(0) % 18) {
    case 0:
    case 1:
    case 2:
      return {
        type: 'card/add',
        card: makeCard({
          id,
          laneId: lane?.id ?? 'none',
          stageId: stage?.id ?? 'none',
          title: `Card ${n}`,
          order: r(5) % 7,
          key: r(6) % 4 === 0 ? `k${r(7) % 5}` : null,
        }),
      };
    case 3:
      return {
        type: 'card/move',
        id: card?.id ?? 'none',
        laneId: lane?.id ?? 'none',
        stageId: stage?.id ?? 'none',
        order: (r(5) % 13) / 4,
      };
    case 4:
      return {
        type: 'card/update',
        id: card?.id ?? 'none',
        patch: { title: `Renamed ${n}`, emotion: (r(5) % 7) - 3, evidence: 'observed' },
      };
    case 5:
      return { type: 'card/delete', id: card?.id ?? 'none' };
    case 6:
      return {
        type: 'link/add',
        link: makeLink({
          id,
          fromId: card?.id ?? 'none',
          toId: other?.id ?? 'none',
          kind: pick(['flow', 'support', 'handoff'] as const, 5)!,
        }),
      };
    case 7:
      return { type: 'link/delete', id: pick(doc.links, 5)?.id ?? 'none' };
    case 8:
      return { type: 'stage/add', stage: makeStage({ id, name: `Stage ${n}`, order: r(5) % 9 }) };
    case 9:
      return stage && other?.stageId && r(5) % 2
        ? { type: 'stage/delete', id: stage.id, cards: { mode: 'move', toStageId: other.stageId } }
        : { type: 'stage/delete', id: stage?.id ?? 'none', cards: { mode: 'delete' } };
    case 10:
      return { type: 'lane/add', lane: makeLane({ id, kind: pick(KINDS, 5)!, title: `Lane ${n}`, order: r(6) % 9 }) };
    case 11:
      return lane && other?.laneId && r(5) % 2
        ? { type: 'lane/delete', id: lane.id, cards: { mode: 'move', toLaneId: other.laneId } }
        : { type: 'lane/delete', id: lane?.id ?? 'none', cards: { mode: 'delete' } };
    case 12:
      return {
        type: 'painPoint/add',
        painPoint: makePainPoint({ id, cardId: card?.id ?? 'none', title: `Pain ${n}`, severity: 1 + (r(5) % 6) }),
      };
    case 13:
      return { type: 'team/add', team: makeTeam({ id, name: `Team ${n}` }) };
    case 14: {
      const team = pick(doc.teams, 5);
      return r(6) % 3 === 0 && team
        ? { type: 'team/delete', id: team.id }
        : { type: 'card/update', id: card?.id ?? 'none', patch: { ownerTeamId: team?.id ?? null } };
    }
    case 15:
      // A note on a card or in the parking lot; now and then an empty one, which is refused.
      return {
        type: 'note/add',
        note: makeNote({
          id,
          cardId: r(5) % 2 === 0 ? null : (card?.id ?? 'none'),
          text: r(6) % 7 ? `Note ${n}` : ' ',
        }),
      };
    case 16: {
      const note = pick(doc.notes, 5);
      return r(6) % 4 === 0
        ? { type: 'note/delete', id: note?.id ?? 'none' }
        : { type: 'note/move', id: note?.id ?? 'none', cardId: r(7) % 3 === 0 ? null : (other?.id ?? 'none') };
    }
    default:
      return { type: 'stage/move', id: stage?.id ?? 'none', order: (r(5) % 17) / 3 };
  }
}
