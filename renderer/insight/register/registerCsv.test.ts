import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeMap } from '../../../test/helpers/makeMap';
import { registerCsv } from './registerCsv';
import { registerRows } from './registerRows';

describe('registerCsv', () => {
  it('writes the ranked register with a BOM, in the host export’s columns, formulas kept as text', () => {
    const doc = makeMap();
    doc.painPoints[0] = { ...doc.painPoints[0]!, title: '=HYPERLINK("x")' };
    const csv = registerCsv(
      registerRows(doc),
      new Map([[doc.painPoints[0].id, 'Seen, twice']]),
      new Map([[doc.painPoints[0].id, ['A', 'B']]]),
    );
    expect(
      csv.startsWith(
        '\uFEFFRank,Priority,Pain point,Card,Stage,Lane,Side,Severity,Reach,Votes,Status,Team,Evidence,Actions\r\n',
      ),
    ).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows).toHaveLength(6);
    const queue = rows.find((r) => r[2] === '\'=HYPERLINK("x")')!;
    expect(queue.slice(0, 2)).toEqual(['2', '32']);
    expect(queue.slice(6)).toEqual(['Customer', '5', '4', '6', 'Open', '', 'Seen, twice', 'A; B']);
  });
});
