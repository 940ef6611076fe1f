import { describe, expect, it } from 'vitest';
import { makeMap } from '../../../test/helpers/makeMap';
import { filterRows, NO_FILTER, NO_TEAM, registerRows, sortRows } from './registerRows';

const titles = (rows: { title: string }[]) => rows.map((r) => r.title);

describe('registerRows', () => {
  it('ranks the sample’s pain points by severity × reach × (1 + votes ÷ 10)', () => {
    const rows = registerRows(makeMap());
    expect(rows.map((r) => [r.rank, r.priority, r.title])).toEqual([
      [1, 37.5, 'Card terminal handshake takes up to 40 s'],
      [2, 32, 'Waits 8+ minutes at peak times'],
      [3, 28, 'Warranty and delivery fields typed twice'],
      [4, 14.4, 'Three systems to find one order'],
      [5, 6.6, 'Warranty not registered for two days'],
    ]);
    expect(rows[1]).toMatchObject({
      card: 'Queues at the till to pay',
      stage: 'Buy',
      lane: 'Customer actions',
      team: '',
      teamId: null,
      side: 'customer',
    });
  });

  it('sorts by stage in journey order and by any column both ways, keeping rank order within ties', () => {
    const rows = registerRows(makeMap());
    expect(titles(sortRows(rows, { key: 'stage', descending: true }))).toEqual([
      'Three systems to find one order',
      'Warranty not registered for two days',
      'Card terminal handshake takes up to 40 s',
      'Waits 8+ minutes at peak times',
      'Warranty and delivery fields typed twice',
    ]);
    expect(titles(sortRows(rows, { key: 'votes', descending: false }))[0]).toBe('Warranty not registered for two days');
    expect(titles(sortRows(rows, { key: 'title', descending: false }))[0]).toBe(
      'Card terminal handshake takes up to 40 s',
    );
    expect(titles(sortRows(rows, { key: 'rank', descending: true }))[0]).toBe('Warranty not registered for two days');
  });

  it('filters by side (both-sides pain counts for either), team, stage and status', () => {
    const doc = makeMap();
    doc.painPoints[3] = { ...doc.painPoints[3]!, side: 'both', status: 'addressed' };
    const rows = registerRows(doc);
    const warranty = 'Warranty not registered for two days';
    expect(titles(filterRows(rows, { ...NO_FILTER, side: 'customer' }))).toEqual([
      'Waits 8+ minutes at peak times',
      warranty,
    ]);
    expect(titles(filterRows(rows, { ...NO_FILTER, side: 'employee' }))).toContain(warranty);
    expect(titles(filterRows(rows, { ...NO_FILTER, side: 'both' }))).toEqual([warranty]);
    const it = doc.teams.find((t) => t.name === 'IT systems')!.id;
    expect(titles(filterRows(rows, { ...NO_FILTER, teamId: it }))).toEqual([
      'Card terminal handshake takes up to 40 s',
    ]);
    expect(titles(filterRows(rows, { ...NO_FILTER, teamId: NO_TEAM }))).toEqual([
      'Waits 8+ minutes at peak times',
      warranty,
    ]);
    const help = doc.stages.find((s) => s.name === 'Get help')!.id;
    expect(titles(filterRows(rows, { ...NO_FILTER, stageId: help }))).toEqual([
      'Three systems to find one order',
      warranty,
    ]);
    expect(titles(filterRows(rows, { ...NO_FILTER, status: 'addressed' }))).toEqual([warranty]);
  });
});
