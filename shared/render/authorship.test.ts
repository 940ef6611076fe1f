import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createFromTemplate } from '../templates/index';
import { renderPrintHtml } from './print';
import { painPointsCsv } from './registerCsv';

const NOW = new Date('2026-01-01T09:00:00Z');

/** The sample map with one pain point and its card added in a workshop, by names a participant typed. */
function workshopMap(name: string, team: string | null) {
  const doc = createFromTemplate('sample', undefined, NOW);
  const pain = doc.painPoints[0]!;
  pain.author = { name, team };
  const card = doc.cards.find((c) => c.id === pain.cardId)!;
  card.author = { name: 'Marek', team: null };
  return { doc, pain };
}

describe('authorship in the exports', () => {
  it('names who added a pain point and its card in the register CSV, neutralised like any typed text', () => {
    const { doc, pain } = workshopMap('=HYPERLINK("x")', 'Finance operations');
    const rows = Papa.parse<Record<string, string>>(painPointsCsv(doc).slice(1), { header: true }).data;
    const row = rows.find((r) => r['Pain point'] === pain.title)!;
    expect(row['Added by']).toBe(`'=HYPERLINK("x") · Finance operations`);
    expect(row['Card added by']).toBe('Marek');
    // The facilitator's own pain points name nobody.
    expect(
      rows.filter((r) => r['Pain point'] && r['Pain point'] !== pain.title).every((r) => r['Added by'] === ''),
    ).toBe(true);
  });

  it('says "added by" under the pain point in the PDF register, in the map’s language, as escaped text', () => {
    const { doc } = workshopMap('<b>Olena</b> & co', null);
    const { html } = renderPrintHtml(doc, {
      paper: 'A4',
      orientation: 'landscape',
      fit: 'tiles',
      appendix: true,
      now: NOW,
    });
    expect(html).toContain('<span class="by">added by &lt;b&gt;Olena&lt;/b&gt; &amp; co</span>');
    expect(html).not.toContain('<b>Olena</b>');
    expect(html).toContain('<span class="by">added by Marek</span>');
    const polish = workshopMap('Ola', 'Logistyka').doc;
    polish.meta = { ...polish.meta, language: 'pl' };
    expect(
      renderPrintHtml(polish, { paper: 'A4', orientation: 'landscape', fit: 'tiles', appendix: true, now: NOW }).html,
    ).toContain('autor: Ola · Logistyka');
  });
});
