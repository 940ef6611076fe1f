import { ApiFailure } from '../../shared/api/result';
import { planPrint, type PrintPlan } from '../../shared/render/print';
import { pngTiles } from '../../shared/render/tiling';
import { measureMap } from '../../shared/render/svg';
import type { TandemDoc } from '../../shared/schema/document';
import type { ExportSettings } from './exportSettings';
import { LOCALE_TAG } from '../../shared/vocabulary/language';
import { sayIn, uiLanguage } from '../i18n';

/** Numbers as the UI language writes them ("2,880" in English, "2 880" in Polish and Russian). */
const number = () => {
  const format = new Intl.NumberFormat(LOCALE_TAG[uiLanguage()]);
  return (value: number) => format.format(value);
};

// Rough heights (CSS px) of the appendix's parts as printRender lays them out, for a page estimate.
const SECTION_HEAD = 60;
const TABLE_ROW = 24;
const METRIC_ROW = 34;

/** Pages of the appendix: legend, scorecard, register and actions each start a page and run on as long as their tables. */
export function appendixPages(doc: TandemDoc, pageHeight: number): number {
  const pages = (height: number) => Math.max(1, Math.ceil(height / pageHeight));
  const byCard = doc.metricValues.filter((v) => v.cardId !== null).length;
  const scorecard =
    SECTION_HEAD + (doc.metrics.length + 1) * METRIC_ROW + (byCard > 0 ? SECTION_HEAD + (byCard + 1) * TABLE_ROW : 0);
  const register = SECTION_HEAD + (doc.painPoints.length + 1) * TABLE_ROW;
  const actions = SECTION_HEAD + (doc.opportunities.length + 1) * TABLE_ROW;
  return 1 + pages(scorecard) + pages(register) + pages(actions);
}

/** What a PDF with these settings will contain, or why it cannot be made. */
export type PdfSummary =
  | { ok: true; plan: PrintPlan; appendix: number; total: number; text: string }
  | { ok: false; message: string };

/** "12 pages: overview + 3 × 3 tiles + appendix 2" for the export dialog, from the same plan the export uses. */
export function pdfSummary(doc: TandemDoc, s: ExportSettings): PdfSummary {
  let plan: PrintPlan;
  try {
    plan = planPrint(doc, {
      paper: s.paper,
      orientation: s.orientation,
      marginMm: s.marginMm,
      fit: s.fit,
      scale: s.tileScale,
      ...(s.fit === 'tiles' && s.pagesWide !== null ? { pagesWide: s.pagesWide } : {}),
      appendix: s.appendix,
    });
  } catch (err) {
    return { ok: false, message: err instanceof ApiFailure || err instanceof Error ? err.message : String(err) };
  }
  const appendix = s.appendix ? appendixPages(doc, plan.area.height) : 0;
  const total = plan.mapPages + appendix;
  const say = sayIn('exportDialog');
  const n = number();
  const parts =
    plan.tiles.length > 0
      ? [say('summary.overview'), say('summary.tiles', { rows: n(plan.rows), cols: n(plan.cols) })]
      : [say('summary.wholeMap')];
  if (appendix > 0) parts.push(say('summary.appendix', { pages: n(appendix) }));
  return {
    ok: true,
    plan,
    appendix,
    total,
    text: say('summary.pdf', { pages: say('summary.pages', { count: total }), parts: parts.join(' + ') }),
  };
}

/** "2,880 × 1,642 px" for a PNG, or the number of tile files when the map is too large for one bitmap. */
export function pngSummary(doc: TandemDoc, scale: number): string {
  const { width, height } = measureMap(doc);
  const n = number();
  const size = `${n(Math.ceil(width * scale))} × ${n(Math.ceil(height * scale))} px`;
  const grid = pngTiles(width, height, scale);
  return grid.tiles.length === 1
    ? size
    : sayIn('exportDialog')('summary.pngTiles', {
        size,
        tiles: n(grid.tiles.length),
        rows: n(grid.rows),
        cols: n(grid.cols),
      });
}
