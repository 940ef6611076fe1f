import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeMap } from '../../test/helpers/makeMap';
import { createFromTemplate } from '../templates';
import { actionsCsv, painPointsCsv } from './registerCsv';

const sample = () => createFromTemplate('sample', undefined, new Date('2026-01-01T09:00:00Z'));

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
}

describe('painPointsCsv', () => {
  it('lists every pain point ranked by severity × reach × (1 + votes ÷ 10), with card, stage, lane and team', () => {
    const rows = parse(painPointsCsv(sample()));
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => Number(r.Priority))).toEqual([37.5, 32, 28, 14.4, 6.6]);
    expect(rows[0]).toMatchObject({
      Rank: '1',
      'Pain point': 'Card terminal handshake takes up to 40 s',
      Card: 'New POS system: slow card-terminal handshake',
      Stage: 'Buy',
      Lane: 'Support processes and systems',
      Side: 'Employee',
      Severity: '5',
      Reach: '5',
      Votes: '5',
      Status: 'Open',
      Team: 'IT systems',
    });
    expect(rows[1]).toMatchObject({
      'Pain point': 'Waits 8+ minutes at peak times',
      Actions: expect.stringContaining('Fix the card-terminal handshake'),
    });
  });

  it('quotes commas, quotes and new lines, and keeps Cyrillic and Chinese text', () => {
    const doc = sample();
    doc.painPoints[0]!.title = 'Очередь, "долго"\nв час пик';
    doc.painPoints[1]!.title = '在收银台排队';
    const rows = parse(painPointsCsv(doc));
    expect(rows.map((r) => r['Pain point'])).toContain('Очередь, "долго"\nв час пик');
    expect(rows.map((r) => r['Pain point'])).toContain('在收银台排队');
  });

  it('keeps a formula-like title as text so a spreadsheet does not run it', () => {
    const doc = sample();
    doc.painPoints[0]!.title = '=HYPERLINK("http://evil.example","click")';
    const csv = painPointsCsv(doc);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it('writes the ranked register with a BOM, in the columns the browser download had, formulas kept as text', () => {
    const doc = makeMap();
    const pain = { ...doc.painPoints[0]!, title: '=HYPERLINK("x")', evidence: 'Seen, twice' };
    doc.painPoints[0] = pain;
    const template = doc.opportunities[0]!;
    doc.opportunities = [
      ...doc.opportunities.map((o) => ({ ...o, painPointIds: o.painPointIds.filter((id) => id !== pain.id) })),
      { ...template, id: 'opp-a', title: 'A', painPointIds: [pain.id] },
      { ...template, id: 'opp-b', title: 'B', painPointIds: [pain.id] },
    ];
    const csv = painPointsCsv(doc);
    expect(
      csv.startsWith(
        '\uFEFFRank,Priority,Pain point,Card,Stage,Lane,Side,Severity,Reach,Votes,Status,Team,Evidence,Actions,Added by,Card added by\r\n',
      ),
    ).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows).toHaveLength(6);
    const queue = rows.find((r) => r[2] === '\'=HYPERLINK("x")')!;
    expect(queue.slice(0, 2)).toEqual(['2', '32']);
    expect(queue.slice(6)).toEqual(['Customer', '5', '4', '6', 'Open', '', 'Seen, twice', 'A; B', '', '']);
  });

  it('writes only the header for a map without pain points', () => {
    const csv = painPointsCsv(createFromTemplate('blank'));
    expect(csv.trim().split('\r\n')).toHaveLength(1);
  });
});

describe('actionsCsv', () => {
  it('lists actions with owners, answering the highest-priority pain first', () => {
    const rows = parse(actionsCsv(sample()));
    expect(rows.map((r) => r.Action)).toEqual([
      'Fix the card-terminal handshake before peak season',
      'Pass warranty and delivery data from the POS automatically',
      'Register warranties in real time',
    ]);
    expect(rows[0]).toMatchObject({
      'Owner team': 'IT systems',
      'Effort (1-5)': '2',
      Status: 'In progress',
      'Top priority answered': '37.5',
      Stages: 'Buy',
    });
    expect(rows[2]).toMatchObject({ 'Owner team': '', Status: 'Idea' });
  });
});
