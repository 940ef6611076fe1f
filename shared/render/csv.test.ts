import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from './csv';

/** The cells of a CSV as a spreadsheet reads them (byte-order mark dropped). */
function cells(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

/** The one cell a spreadsheet reads back from a file holding `text` in a column x. */
const readBack = (text: string): string | undefined => cells(csvText(['x'], [[text]]))[1]?.[0];

describe('csvCell', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('keeps a cell starting with %j as text', (first) => {
    const text = `${first}SUM(A1:A9)`;
    expect(readBack(text)).toBe(`'${text}`);
  });

  it('keeps a formula followed by a line break as text, the whole cell', () => {
    for (const text of ['=HYPERLINK("http://evil.example","click")\nsecond line', '=1+1\r\n=2+2', '@SUM(1)\n']) {
      expect(readBack(text)).toBe(`'${text}`);
    }
  });

  it('keeps a formula followed by U+2028 or U+2029 as text, quoted', () => {
    const text = '=HYPERLINK("http://evil.example")\u2028more';
    expect(csvCell(text)).toBe(`"'=HYPERLINK(""http://evil.example"")\u2028more"`);
    expect(csvCell('-2+3\u2029')).toBe(`"'-2+3\u2029"`);
  });

  it('writes a number Tandem computed, negative too, as a number; the same text typed by a user stays text', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(37.5)).toBe('37.5');
    expect(csvCell('-3')).toBe(`"'-3"`);
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it('leaves ordinary text alone and quotes only what needs it', () => {
    expect(csvCell('Waits at the till')).toBe('Waits at the till');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('a = b')).toBe('a = b');
  });
});

describe('csvText', () => {
  it('writes a byte-order mark, the header and CRLF-ended rows', () => {
    expect(
      csvText(
        ['A', 'B'],
        [
          [1, 'x'],
          [-2, '=y'],
        ],
      ),
    ).toBe('\uFEFFA,B\r\n1,x\r\n-2,"\'=y"\r\n');
  });
});
