import '../../styles/insight.css';
import { useEffect, useState } from 'react';
import type { SurveyImportInfo } from '../../../shared/metrics/surveySchemas';
import { useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';

const when = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** The Surveys tab: every import of the map, each removable (one undoable step) and replaceable by a corrected file. */
export function SurveysPanel() {
  const t = useT('evidence');
  const store = useEditorStore();
  const imports = useEditor((s) => s.surveyImports);
  /** The import last removed here: its "Undo brings it back" line shows while it is gone. */
  const [removed, setRemoved] = useState<SurveyImportInfo | null>(null);
  useEffect(() => {
    void store.getState().loadSurveyImports();
  }, [store]);

  const remove = async (i: SurveyImportInfo) => {
    const error = await store.getState().removeSurveyImport(i.id, t('imports.removeStep', { name: i.fileName }));
    if (error) store.getState().showError(error);
    else setRemoved(i);
  };
  const period = (i: SurveyImportInfo): string =>
    i.dates.from && i.dates.to
      ? t('imports.period', { from: i.dates.from.slice(0, 10), to: i.dates.to.slice(0, 10) })
      : t('imports.noDates');

  return (
    <section className="survey-imports" aria-labelledby="survey-imports-heading">
      <h3 className="panel-heading" id="survey-imports-heading">
        {t('imports.heading')}
      </h3>
      {imports === null ? (
        <p className="panel-field__hint">{t('imports.loading')}</p>
      ) : imports.length === 0 ? (
        <p className="panel-field__hint">{t('imports.empty')}</p>
      ) : (
        <ul className="survey-imports__list">
          {imports.map((i) => {
            const assigned = Object.entries(i.assignments);
            return (
              <li key={i.id} className="survey-imports__item" data-import={i.id}>
                <div className="survey-imports__name">{i.fileName}</div>
                <div className="survey-imports__facts">
                  {t('imports.imported', { when: when(i.importedAt) })} · {t('imports.answers', { count: i.answers })} ·{' '}
                  {t('imports.interactions', { count: i.interactions })} · {period(i)}
                </div>
                {assigned.length > 0 && (
                  <div className="survey-imports__facts">
                    {t('imports.assigned', { list: assigned.map(([from, to]) => `${from} → ${to}`).join(', ') })}
                  </div>
                )}
                <div className="survey-imports__actions">
                  <button
                    type="button"
                    className="button"
                    aria-label={t('imports.replaceLabel', { name: i.fileName })}
                    onClick={() => store.getState().requestSurveyImport(i.id)}
                  >
                    {t('imports.replace')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('imports.removeLabel', { name: i.fileName })}
                    onClick={() => void remove(i)}
                  >
                    {t('imports.remove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="panel-field__hint" role="status">
        {removed && imports && !imports.some((i) => i.id === removed.id)
          ? t('imports.removed', { name: removed.fileName })
          : ''}
      </p>
    </section>
  );
}

/** The tab's name, in the UI's language. */
export function SurveysTabLabel() {
  return <>{useT('evidence')('imports.tab')}</>;
}
