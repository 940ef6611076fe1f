import type { SiteStats } from './surveySchemas';

/** How a site's index stands among the sites at one stage. */
export type SiteMark = 'best' | 'worst' | null;

/** One site's figures at one stage. */
export interface SiteCell {
  nps: number | null;
  enps: number | null;
  index: number | null;
  /** Highest (best) or lowest (worst) index of the stage; sites that tie share the mark. */
  mark: SiteMark;
}

/** The site comparison: the stages that have figures at any site, and one row of cells per site. */
export interface SiteComparison {
  stages: { id: string; name: string }[];
  rows: { site: string; cells: SiteCell[] }[];
}

/**
 * Sites as rows, stages as columns: CX (NPS), EX (eNPS) and the CX + EX index of each site at each stage, in the
 * order of `sites` (code point order from the statistics). A stage no site has answers at is left out. At each
 * stage the highest index is marked best and the lowest worst, once two sites have different indexes there.
 */
export function siteComparison(sites: readonly SiteStats[]): SiteComparison {
  const order = sites[0]?.stages.map((s) => ({ id: s.id, name: s.name })) ?? [];
  const cellOf = (site: SiteStats, stageId: string): SiteCell => {
    const m = site.stages.find((s) => s.id === stageId)?.metrics;
    return { nps: m?.nps ?? null, enps: m?.enps ?? null, index: m?.index ?? null, mark: null };
  };
  const stages = order.filter((stage) =>
    sites.some((site) => {
      const c = cellOf(site, stage.id);
      return c.nps !== null || c.enps !== null;
    }),
  );
  const rows = sites.map((site) => ({ site: site.site, cells: stages.map((stage) => cellOf(site, stage.id)) }));
  stages.forEach((_, k) => {
    const values = rows.map((r) => r.cells[k]!.index).filter((v): v is number => v !== null);
    const best = Math.max(...values);
    const worst = Math.min(...values);
    if (values.length < 2 || best === worst) return;
    for (const r of rows) {
      const cell = r.cells[k]!;
      if (cell.index === best) cell.mark = 'best';
      else if (cell.index === worst) cell.mark = 'worst';
    }
  });
  return { stages, rows };
}

/** The glyph that marks best and worst beside its word, so the mark never rests on colour alone. */
export const SITE_MARK_GLYPH: Record<Exclude<SiteMark, null>, string> = { best: '▲', worst: '▼' };
