import '../../styles/sites.css';
import { useMemo } from 'react';
import { SITE_MARK_GLYPH, type SiteMark, siteComparison } from '../../../shared/metrics/siteComparison';
import type { SiteStats } from '../../../shared/metrics/surveySchemas';
import { useT } from '../../i18n';
import { formatFigure } from '../metrics/figures';
import { indexText } from './indexText';

/** The mark of a site's index at a stage: a glyph and its word, never colour alone. */
function Mark({ mark }: { mark: SiteMark }) {
  const t = useT('evidence');
  if (mark === null) return null;
  return (
    <span className={`site-compare__mark site-compare__mark--${mark}`}>
      <span aria-hidden="true">{SITE_MARK_GLYPH[mark]}</span> {t(mark === 'best' ? 'sites.best' : 'sites.worst')}
    </span>
  );
}

/** Sites as rows; per stage CX (NPS), EX (eNPS) and the CX + EX index, best and worst index of each stage marked. */
export function SiteComparisonTable({ sites, formula }: { sites: readonly SiteStats[]; formula: string }) {
  const t = useT('evidence');
  const table = useMemo(() => siteComparison(sites), [sites]);
  if (sites.length === 0) return null;
  return (
    <section className="site-compare" aria-labelledby="site-compare-heading">
      <h4 className="panel-heading" id="site-compare-heading">
        {t('sites.comparison')}
      </h4>
      <div className="scorecard__scroll">
        <table className="scorecard__table site-compare__table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('sites.site')}
              </th>
              {table.stages.map((s) => (
                <th key={s.id} scope="colgroup" colSpan={3} className="site-compare__stage">
                  {s.name || t('scorecard.untitledStage')}
                </th>
              ))}
            </tr>
            <tr>
              {table.stages.map((s) => [
                <th key={`${s.id}-cx`} scope="col" className="site-compare__stage">
                  {t('sites.cx')}
                </th>,
                <th key={`${s.id}-ex`} scope="col">
                  {t('sites.ex')}
                </th>,
                <th key={`${s.id}-index`} scope="col" title={formula}>
                  {t('sites.index')}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.site} data-site={r.site}>
                <th scope="row">{r.site}</th>
                {r.cells.map((c, k) => [
                  <td key={`${table.stages[k]!.id}-cx`} className="scorecard__cell site-compare__stage">
                    {formatFigure('nps', c.nps)}
                  </td>,
                  <td key={`${table.stages[k]!.id}-ex`} className="scorecard__cell">
                    {formatFigure('enps', c.enps)}
                  </td>,
                  <td
                    key={`${table.stages[k]!.id}-index`}
                    className="scorecard__cell site-compare__index"
                    data-mark={c.mark ?? undefined}
                  >
                    <span className="scorecard__value">{indexText(c.index)}</span> <Mark mark={c.mark} />
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="panel-field__hint">{t('sites.hint')}</p>
    </section>
  );
}
