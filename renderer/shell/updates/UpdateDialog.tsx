import { useEffect, useState } from 'react';
import type { UpdateAction, UpdateState } from '../../../shared/api/contract';
import type { TandemClient } from '../../api/client';
import { useT } from '../../i18n';
import { Modal } from '../../ui/Modal';

/**
 * Help › Check for updates…: looks for a newer release as soon as it opens, says what it found, downloads it only
 * when asked (with its progress), and restarts into it only when asked; a copy that has no updates says why.
 */
export function UpdateDialog({ client, onClose }: { client: TandemClient; onClose: () => void }) {
  const t = useT('desktop');
  const [state, setState] = useState<UpdateState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const off = client.onEvent('update/state', (next) => live && setState(next));
    const ask = async (action: UpdateAction) => {
      const r = await client['app/updates']({ action });
      if (!live) return null;
      if (!r.ok) setProblem(r.error.message);
      else setState(r.data);
      return r.ok ? r.data : null;
    };
    // The dialog is the user's request: a copy that can update looks at once, unless it is already on its way.
    void ask('status').then((now) => {
      if (now && (now.state === 'idle' || now.state === 'up-to-date' || now.state === 'error')) void ask('check');
    });
    return () => {
      live = false;
      off();
    };
  }, [client]);

  const run = (action: UpdateAction) =>
    void client['app/updates']({ action }).then((r) => (r.ok ? setState(r.data) : setProblem(r.error.message)));

  const message = (() => {
    if (problem) return t('updates.failed', { message: problem });
    if (!state || state.state === 'idle' || state.state === 'checking') return t('updates.checking');
    switch (state.state) {
      case 'unavailable':
        return t(`updates.unavailable.${state.reason}`);
      case 'up-to-date':
        return t('updates.upToDate', { version: state.version });
      case 'available':
        return t('updates.available', { version: state.version });
      case 'downloading':
        return t('updates.downloading', { version: state.version, percent: state.percent });
      case 'ready':
        return t('updates.ready', { version: state.version });
      case 'error':
        return t('updates.failed', { message: state.message });
    }
  })();

  return (
    <Modal title={t('updates.title')} onClose={onClose} className="update-dialog">
      <p role="status" aria-live="polite">
        {message}
      </p>
      {state?.state === 'downloading' && (
        <progress max={100} value={state.percent} aria-label={t('updates.progress')} />
      )}
      <div className="modal__actions">
        {state?.state === 'available' && (
          <button type="button" className="button button--primary" onClick={() => run('download')}>
            {t('updates.download')}
          </button>
        )}
        {state?.state === 'ready' && (
          <button type="button" className="button button--primary" onClick={() => run('install')}>
            {t('updates.restart')}
          </button>
        )}
        {(state?.state === 'up-to-date' || state?.state === 'error') && (
          <button type="button" className="button" onClick={() => run('check')}>
            {t('updates.checkAgain')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {state?.state === 'ready' ? t('updates.later') : t('updates.close')}
        </button>
      </div>
    </Modal>
  );
}
