import { indexFormula } from '../metrics/cxexIndex';
import { SITE_MARK_GLYPH, type SiteMark, siteComparison } from '../metrics/siteComparison';
import type { SiteStats } from '../metrics/surveySchemas';
import { figureText } from '../metrics/targets';
import type { TandemDoc } from '../schema/document';
import type { MapLocale } from '../vocabulary';
import { escapeXml as e } from './escape';

/**
 * The site comparison page of the PDF appendix, in the map's language: sites as rows; per stage CX (NPS), EX (eNPS)
 * and the CX + EX index, the best and worst index of each stage marked by a glyph and its word. Nothing when the
 * answers name no site.
 */
export function sitesSection(doc: TandemDoc, sites: readonly SiteStats[], locale: MapLocale): string {
  if (sites.length === 0) return '';
  const { say, number } = locale;
  const table = siteComparison(sites);
  const none = '<span style="color:#9aa5b1">—</span>';
  // NPS and eNPS in signed points as the app and the scorecard page write them; the index to one decimal.
  const score = (kind: 'nps' | 'enps', v: number | null) => (v === null ? none : e(figureText(kind, v, number)));
  const value = (v: number | null) => (v === null ? none : e(number(v, 1, true)));
  const mark = (m: SiteMark) =>
    m === null
      ? ''
      : ` <span class="site-mark">${SITE_MARK_GLYPH[m]} ${e(say(m === 'best' ? 'sites.best' : 'sites.worst'))}</span>`;
  const head1 = `<tr><th rowspan="2">${e(say('sites.site'))}</th>${table.stages
    .map((s) => `<th colspan="3" style="text-align:center">${e(s.name)}</th>`)
    .join('')}</tr>`;
  const head2 = `<tr>${table.stages
    .map(
      () =>
        `<th class="num">${e(say('sites.cx'))}</th><th class="num">${e(say('sites.ex'))}</th><th class="num">${e(say('sites.index'))}</th>`,
    )
    .join('')}</tr>`;
  const rows = table.rows
    .map(
      (r) =>
        `<tr><td>${e(r.site)}</td>${r.cells
          .map(
            (c) =>
              `<td class="num">${score('nps', c.nps)}</td><td class="num">${score('enps', c.enps)}</td><td class="num"><b>${value(c.index)}</b>${mark(c.mark)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  const note = `<p class="note">${e(say('sites.note'))}</p><p class="note">${e(say('sites.formula', { formula: indexFormula(doc.meta.index) }))}</p>`;
  return `<section class="appendix"><h2>${e(say('sites.heading'))}</h2>${note}<table><thead>${head1}${head2}</thead><tbody>${rows}</tbody></table></section>`;
}
