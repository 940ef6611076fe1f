import { useState } from 'react';
import { exportJson } from '../../shared/render/json';
import type { EditorState } from '../store/types';
import { useEditor, useEditorStore } from '../store/useEditor';
import { useT } from '../i18n';

/** The map the status speaks of: the one on the canvas, less the ghosts of a comparison. */
const shown = (s: EditorState) => (s.viewing?.mode === 'compare' ? s.viewing.live.doc : s.doc);

/**
 * The strip at the bottom: what went wrong (until dismissed) or what is on the map, and whether it is saved. It says
 * "Saved" only when the last edit is in the file; edits the host could not take are shown as not saved, are sent again
 * until it does, and the map can be copied out meanwhile.
 */
export function StatusBar() {
  const t = useT('app');
  const store = useEditorStore();
  const error = useEditor((s) => s.error);
  const dismiss = useEditor((s) => s.dismissError);
  // While comparing, the canvas also draws the ghosts of removed cards: the counts are the current map's.
  const cards = useEditor((s) => shown(s).cards.length);
  const stages = useEditor((s) => shown(s).stages.length);
  const lanes = useEditor((s) => shown(s).lanes.length);
  const saving = useEditor((s) => s.saving);
  const unsaved = useEditor((s) => s.unsaved);
  const [copied, setCopied] = useState<string | null>(null);
  // The map as the canvas holds it, in Tandem JSON (what `tandem import-json` reads back), for the user to keep.
  const copyMap = () => {
    const text = exportJson(store.getState().doc);
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return setCopied(t('status.copyFailed'));
    void clipboard.writeText(text).then(
      () => setCopied(t('status.copied')),
      () => setCopied(t('status.copyFailed')),
    );
  };
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
      {unsaved ? (
        <span className="status-bar__save status-bar__save--unsaved" role="status">
          <span title={t('status.unsavedTitle', { reason: unsaved.reason })}>
            {t('status.unsaved', { count: unsaved.count })}
          </span>{' '}
          <button type="button" className="tool-button tool-button--small" onClick={copyMap}>
            {t('status.copyMap')}
          </button>
          {copied && <span className="status-bar__copied"> {copied}</span>}
        </span>
      ) : (
        <span
          className={`status-bar__save${saving ? ' status-bar__save--saving' : ''}`}
          role="status"
          title={t('status.savedTitle')}
        >
          {saving ? t('status.saving') : t('status.saved')}
        </span>
      )}
    </footer>
  );
}
