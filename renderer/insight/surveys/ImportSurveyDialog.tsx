import '../../styles/insight.css';
import type { WideMapping } from '../../../shared/metrics/surveyRows';
import type { ImportSummary } from '../../../shared/metrics/surveySchemas';
import { useT } from '../../i18n';
import { Modal } from '../../ui/Modal';
import type { KeyChoice } from './assignKeys';
import { ColumnMappingForm } from './ColumnMappingForm';
import { SurveyReviewStep } from './SurveyReviewStep';
import type { ImportState } from './useSurveyImport';

/** The import's outcome in one sentence of the UI's language: what came in, and the keys no card has. */
function summaryText(s: ImportSummary, t: ReturnType<typeof useT<'evidence'>>): string {
  const figures = {
    answers: t('imports.answers', { count: s.rows }),
    fromInteractions: t('done.fromInteractions', { count: s.interactions.total }),
    customer: s.interactions.customer,
    employee: s.interactions.employee,
  };
  const line = s.replaced ? t('done.replaced', { ...figures, id: s.importId }) : t('done.imported', figures);
  const unknown = s.unknownTouchpoints;
  if (unknown.length === 0) return t('done.sentence', { line });
  const unmatched = t('done.unmatched', { count: unknown.length, keys: unknown.join(', ') });
  return t('done.sentenceUnmatched', { line, unmatched });
}

interface Props {
  state: Exclude<ImportState, { step: 'idle' }>;
  onMapped(mapping: WideMapping): void;
  onImport(choices: ReadonlyMap<string, KeyChoice>, stepLabel: string): void;
  onCancel(): void;
  onClose(): void;
}

/** The survey import dialog: column mapping for wide files, a progress bar, then the summary or the refusal by row. */
export function ImportSurveyDialog({ state, onMapped, onImport, onCancel, onClose }: Props) {
  const t = useT('evidence');
  if (state.step === 'review') {
    return (
      <Modal title={t('review.title', { name: state.review.fileName })} onClose={onClose} className="modal--wide">
        <SurveyReviewStep review={state.review} replace={state.replace} onImport={onImport} onCancel={onClose} />
      </Modal>
    );
  }
  if (state.step === 'mapping') {
    return (
      <Modal title={t('mapping.title', { name: state.source.fileName })} onClose={onClose} className="modal--wide">
        <ColumnMappingForm preview={state.preview} problem={state.problem} onSubmit={onMapped} onCancel={onClose} />
      </Modal>
    );
  }
  if (state.step === 'preparing' || state.step === 'running') {
    const percent = state.step === 'running' ? Math.round(state.fraction * 100) : 0;
    return (
      <Modal title={t('progress.title')}>
        <p>{t('progress.reading', { name: state.fileName })}</p>
        <div
          className="import-progress"
          role="progressbar"
          aria-label={t('progress.label')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <div className="import-progress__bar" style={{ width: `${percent}%` }} />
        </div>
        <p className="import-progress__text">{t('progress.read', { percent })}</p>
        <div className="dialog-actions">
          <button
            type="button"
            className="button"
            onClick={onCancel}
            disabled={state.step !== 'running' || state.cancelling}
          >
            {state.step === 'running' && state.cancelling ? t('progress.cancelling') : t('progress.cancel')}
          </button>
        </div>
      </Modal>
    );
  }
  if (state.step === 'done') {
    const s = state.summary;
    return (
      <Modal title={t('done.title')} onClose={onClose}>
        <p className="import-summary" role="status">
          {summaryText(s, t)}
        </p>
        {s.unknownTouchpoints.length > 0 && (
          <div className="import-unknown">
            <h3>{t('done.unknownHeading')}</h3>
            <p>{t('done.unknownHint')}</p>
            <ul>
              {s.unknownTouchpoints.map((k) => (
                <li key={k}>
                  <code>{k}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
        {s.warnings.length > 0 && (
          <ul className="import-warnings" aria-label={t('done.warnings')}>
            {s.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
            {t('done.close')}
          </button>
        </div>
      </Modal>
    );
  }
  const [headline, ...rows] = state.message.split('\n');
  return (
    <Modal title={t('refused.title')} onClose={onClose} className="modal--wide">
      <p role="alert" className="import-refused">
        {headline}
      </p>
      {rows.length > 0 && (
        <ol className="import-errors" aria-label={t('refused.rows')}>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of messages, never reordered, that may repeat word for word
            <li key={i}>{r}</li>
          ))}
        </ol>
      )}
      <p>{t('refused.nothingChanged')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
          {t('refused.close')}
        </button>
      </div>
    </Modal>
  );
}
