import { describe, expect, it } from 'vitest';
import type { SiteStats } from '../metrics/surveySchemas';
import { createFromTemplate } from '../templates';
import { localeFor } from '../vocabulary/i18n';
import { sitesSection } from './printSites';

const figures = (nps: number | null, enps: number | null, index: number | null) => ({
  nps,
  csat: null,
  ces: null,
  enps,
  index,
});

describe('the site comparison page of the PDF appendix', () => {
  const doc = createFromTemplate('sample');
  const [first] = [...doc.stages].sort((a, b) => a.order - b.order);
  const site = (name: string, index: number): SiteStats => ({
    site: name,
    touchpoints: [],
    stages: doc.stages.map((s) => ({
      id: s.id,
      name: s.name,
      metrics: s.id === first!.id ? figures(20, -40, index) : figures(null, null, null),
    })),
  });

  it("compares the sites in the map's language, best and worst by glyph and word, with the index's formula", () => {
    const html = sitesSection(doc, [site('Berlin', 45), site('Москва', 30.5)], localeFor('ru'));
    expect(html).toContain('<h2>Сравнение площадок</h2>');
    expect(html).toContain('Индекс CX + EX = ((NPS + 100) / 2 + (eNPS + 100) / 2) / 2');
    expect(html).toMatch(
      /<td>Berlin<\/td><td class="num">\+20<\/td><td class="num">−40<\/td>.*<b>45,0<\/b> <span class="site-mark">▲ лучший<\/span>/,
    );
    expect(html).toMatch(/<td>Москва<\/td>.*<b>30,5<\/b> <span class="site-mark">▼ худший<\/span>/);
    // Only the stage with answers gets columns.
    expect(html.match(/colspan="3"/g)).toHaveLength(1);
  });

  it('is left out when no answer names a site', () => {
    expect(sitesSection(doc, [], localeFor('en'))).toBe('');
  });
});
