import { describe, expect, it } from 'vitest';
import { makeCard, makeLane, makeStage, makeTeam } from '../../../shared/factories';
import { defaultLinkKind, isHiddenWork } from './linkKind';

const stage = makeStage({ name: 'Buy', order: 1 });
const lanes = {
  customer: makeLane({ kind: 'customer', title: 'Customer', order: 1 }),
  frontstage: makeLane({ kind: 'frontstage', title: 'Front', order: 2 }),
  backstage: makeLane({ kind: 'backstage', title: 'Back', order: 3 }),
  support: makeLane({ kind: 'support', title: 'Support', order: 4 }),
};
const finance = makeTeam({ name: 'Finance' });
const it_ = makeTeam({ name: 'IT' });
const on = (lane: keyof typeof lanes, ownerTeamId: string | null = null) =>
  makeCard({ laneId: lanes[lane].id, stageId: stage.id, ownerTeamId });

function kindFor(from: ReturnType<typeof on>, to: ReturnType<typeof on>) {
  return defaultLinkKind({ cards: [from, to], lanes: Object.values(lanes) }, from.id, to.id);
}

describe('defaultLinkKind', () => {
  it('makes a link from a backstage or support card to a customer or frontstage card a support link', () => {
    expect(kindFor(on('support'), on('customer'))).toBe('support');
    expect(kindFor(on('backstage'), on('frontstage'))).toBe('support');
  });

  it('makes a link between organisation cards of different owner teams a handoff', () => {
    expect(kindFor(on('backstage', finance.id), on('support', it_.id))).toBe('handoff');
    expect(kindFor(on('frontstage', finance.id), on('backstage', it_.id))).toBe('handoff');
  });

  it('makes everything else a flow: same team, no owner, customer to customer, or downwards', () => {
    expect(kindFor(on('backstage', finance.id), on('support', finance.id))).toBe('flow');
    expect(kindFor(on('backstage'), on('support', it_.id))).toBe('flow');
    expect(kindFor(on('customer'), on('customer'))).toBe('flow');
    expect(kindFor(on('customer'), on('support'))).toBe('flow');
  });

  it('falls back to flow when a card is missing', () => {
    expect(defaultLinkKind({ cards: [], lanes: [] }, 'a', 'b')).toBe('flow');
  });
});

describe('isHiddenWork', () => {
  it('is true only for support links from below the line of visibility to above it', () => {
    expect(isHiddenWork('support', lanes.support, lanes.customer)).toBe(true);
    expect(isHiddenWork('support', lanes.backstage, lanes.frontstage)).toBe(true);
    expect(isHiddenWork('flow', lanes.support, lanes.customer)).toBe(false);
    expect(isHiddenWork('support', lanes.support, lanes.backstage)).toBe(false);
    expect(isHiddenWork('support', undefined, lanes.customer)).toBe(false);
  });
});
