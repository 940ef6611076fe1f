import { describe, expect, it } from 'vitest';
import { applyCommand } from '../commands/apply';
import { makeLink } from '../factories';
import type { SurveyStats } from '../metrics/surveySchemas';
import { createFromTemplate } from '../templates';
import { buildHandout, findTeam } from './handout';

const base = () => createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));
const id = (doc: ReturnType<typeof base>, title: string) => doc.cards.find((c) => c.title === title)!.id;

/** Hand-made statistics for the delivery touchpoint: NPS on target, CSAT near it, a flagged and an unflagged gap. */
const stats: SurveyStats = {
  touchpoints: [
    {
      key: 'delivery',
      card: null,
      responses: { customer: 40, employee: 12 },
      metrics: { nps: 30, csat: 76, ces: null, enps: 5, index: 58.8 },
      gaps: [
        { customer: 'on_time', employee: 'slot_kept', pairs: 20, disagree: 9, share: 0.45, flagged: true },
        { customer: 'friendly', employee: 'proud', pairs: 20, disagree: 2, share: 0.1, flagged: false },
      ],
    },
  ],
  stages: [],
};

describe('buildHandout', () => {
  it("gives each moment its touchpoint's figures against the targets, only flagged gaps, and the chosen comments", () => {
    let doc = base();
    doc = applyCommand(doc, {
      type: 'link/add',
      link: makeLink({
        fromId: id(doc, 'Driver hands over and unpacks'),
        toId: id(doc, 'Waits at home for the delivery slot'),
        kind: 'support',
      }),
    }).doc;
    const logistics = findTeam(doc, '  LOGISTICS ')!;
    const comments = new Map([
      [
        'delivery',
        [
          { text: 'Late again', answeredAt: '2026-10-01T10:00:00Z', order: 1 },
          { text: 'On time, thanks', answeredAt: '2026-10-09T10:00:00Z', order: 2 },
        ],
      ],
    ]);
    const handout = buildHandout(doc, logistics.id, stats, comments)!;
    const waits = handout.moments.find((m) => m.title === 'Waits at home for the delivery slot')!;
    expect(waits.stage).toBe('Receive');
    expect(waits.touchpoints.map((t) => t.key)).toEqual(['delivery']);
    expect(waits.touchpoints[0]!.figures.map((f) => [f.kind, f.value, f.n, f.status])).toEqual([
      ['nps', 30, 40, 'met'],
      ['csat', 76, 40, 'near'],
      ['enps', 5, 12, 'missed'],
    ]);
    expect(waits.touchpoints[0]!.gaps).toEqual([
      { customer: 'on_time', employee: 'slot_kept', share: 0.45, pairs: 20 },
    ]);
    expect(waits.comments).toEqual(['On time, thanks', 'Late again']);
    // The queue at the till is reached through the cashier's handoff; its pain badge is the canvas's.
    const queue = handout.moments.find((m) => m.title === 'Queues at the till to pay')!;
    expect(queue.pain).toMatchObject({ count: 1, side: 'customer' });
    expect(handout.moments.map((m) => m.stage)).toEqual(['Buy', 'Receive']);
    expect(handout.between).toBe(1);
  });

  it('is null for a team that does not exist, and empty of moments for a team whose cards reach no customer', () => {
    const doc = base();
    expect(buildHandout(doc, 'nobody', null, new Map())).toBeNull();
    expect(findTeam(doc, 'Nobody')).toBeUndefined();
    const cs = findTeam(doc, 'Customer service')!;
    const handout = buildHandout(doc, cs.id, null, new Map())!;
    expect(handout.own.length).toBeGreaterThan(0);
    expect(handout.moments).toEqual([]);
  });
});
