import { ApiFailure } from '../../shared/api/result';
import { planPrint, type PrintPlan } from '../../shared/render/print';
import { pngTiles } from '../../shared/render/tiling';
import { measureMap } from '../../shared/render/svg';
import type { TandemDoc } from '../../shared/schema/document';
import type { ExportSettings } from './exportSettings';

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
      appendix: s.appendix,
    });
  } catch (err) {
    return { ok: false, message: err instanceof ApiFailure || err instanceof Error ? err.message : String(err) };
  }
  const appendix = s.appendix ? appendixPages(doc, plan.area.height) : 0;
  const total = plan.mapPages + appendix;
  const parts = plan.tiles.length > 0 ? ['overview', `${plan.rows} × ${plan.cols} tiles`] : ['the whole map'];
  if (appendix > 0) parts.push(`appendix ${appendix}`);
  const pages = `${total} page${total === 1 ? '' : 's'}`;
  return {
    ok: true,
    plan,
    appendix,
    total,
    text: total === 1 ? `1 page: the whole map` : `${pages}: ${parts.join(' + ')}`,
  };
}

/** "2,880 × 1,642 px" for a PNG, or the number of tile files when the map is too large for one bitmap. */
export function pngSummary(doc: TandemDoc, scale: number): string {
  const { width, height } = measureMap(doc);
  const size = `${Math.ceil(width * scale).toLocaleString('en')} × ${Math.ceil(height * scale).toLocaleString('en')} px`;
  const grid = pngTiles(width, height, scale);
  return grid.tiles.length === 1
    ? size
    : `${size}, written as ${grid.tiles.length} tiles (${grid.rows} rows × ${grid.cols} columns)`;
}
