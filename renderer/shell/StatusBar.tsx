import type { EditorState } from '../store/types';
import { useEditor } from '../store/useEditor';
import { useT } from '../i18n';

/** The map the status speaks of: the one on the canvas, less the ghosts of a comparison. */
const shown = (s: EditorState) => (s.viewing?.mode === 'compare' ? s.viewing.live.doc : s.doc);

/** The strip at the bottom: what went wrong (until dismissed) or what is on the map, and whether it is saved. */
export function StatusBar() {
  const t = useT('app');
  const error = useEditor((s) => s.error);
  const dismiss = useEditor((s) => s.dismissError);
  // While comparing, the canvas also draws the ghosts of removed cards: the counts are the current map's.
  const cards = useEditor((s) => shown(s).cards.length);
  const stages = useEditor((s) => shown(s).stages.length);
  const lanes = useEditor((s) => shown(s).lanes.length);
  const saving = useEditor((s) => s.saving);
  return (
    <footer className={`status-bar${error ? ' status-bar--error' : ''}`}>
      {error ? (
        <div role="alert" className="status-bar__error">
          <span className="status-bar__message">{error}</span>
          <button type="button" className="tool-button tool-button--small" onClick={dismiss}>
            {t('status.dismiss')}
          </button>
        </div>
      ) : (
        <span className="status-bar__summary">
          {t('status.stages', { count: stages })} · {t('status.lanes', { count: lanes })} ·{' '}
          {t('status.cards', { count: cards })}
        </span>
      )}
      <span
        className={`status-bar__save${saving ? ' status-bar__save--saving' : ''}`}
        role="status"
        title={t('status.savedTitle')}
      >
        {saving ? t('status.saving') : t('status.saved')}
      </span>
    </footer>
  );
}
