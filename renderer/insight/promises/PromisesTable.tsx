import '../../styles/promises.css';
import { useEffect } from 'react';
import { PROMISE_GLYPH, PROMISE_MIN_N } from '../../../shared/insight/promises';
import { useT, useVocabulary } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { promiseFigure, promiseReason } from '../../ui/promiseWords';

/** Every brand promise of the map with its figure, n, target and status, in journey order; a row selects its card. */
export function PromisesTable() {
  const t = useT('promises');
  const vocab = useVocabulary();
  const store = useEditorStore();
  const promised = useEditor((s) => s.doc.cards.some((c) => c.promise));
  const evidence = useEditor((s) => s.evidence);
  const status = useEditor((s) => s.evidenceStatus);
  useEffect(() => {
    if (promised) store.getState().ensureEvidence();
  }, [promised, store]);

  return (
    <section className="promises" aria-labelledby="promises-title">
      <h3 id="promises-title">{t('table.title')}</h3>
      <p className="promise-rule">{t('table.rule', { min: PROMISE_MIN_N })}</p>
      {!promised ? (
        <p className="panel-field__hint">{t('table.empty')}</p>
      ) : status === 'error' ? (
        <p className="panel-field__hint" role="alert">
          {t('table.failed')}
        </p>
      ) : !evidence ? (
        <p className="panel-field__hint">{t('table.loading')}</p>
      ) : (
        <table className="promise-table" data-testid="promises-table">
          <thead>
            <tr>
              <th scope="col">{t('table.colPromise')}</th>
              <th scope="col">{t('table.colTarget')}</th>
              <th scope="col">{t('table.colFigure')}</th>
              <th scope="col">{t('table.colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {evidence.promises.map((row) => (
              <tr key={row.cardId} data-key={row.key ?? ''}>
                <th scope="row">
                  <span className="promise-table__text">{row.text}</span>
                  <button
                    type="button"
                    className="promise-table__card"
                    onClick={() => store.getState().select([row.cardId])}
                  >
                    {row.title}
                  </button>
                  {row.key && <code className="scorecard__key">{row.key}</code>}
                </th>
                <td className="promise-table__num">
                  {vocab(`metricKind.${row.metric}`)}{' '}
                  {row.target === null ? '–' : promiseFigure(row.metric, row.target)}
                </td>
                <td className="promise-table__num">
                  {promiseFigure(row.metric, row.value)}
                  <span className="promise-table__n">{t('table.n', { n: row.n })}</span>
                </td>
                <td title={promiseReason(row)}>
                  <span className={`promise-badge promise-badge--${row.status}`}>
                    {PROMISE_GLYPH[row.status]} {t(`status.${row.status}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
