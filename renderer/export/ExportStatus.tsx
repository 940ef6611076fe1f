import { useState } from 'react';
import type { TandemClient } from '../api/client';
import type { ExportState } from './useExportRun';
import { useT } from '../i18n';

/** Copies text to the clipboard; false where the browser refuses (the path stays visible to copy by hand). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function Saved({ client, files, canReveal }: { client: TandemClient; files: string[]; canReveal: boolean }) {
  const t = useT('exportDialog');
  const [note, setNote] = useState<string | null>(null);
  const [revealable, setRevealable] = useState(canReveal);
  const first = files[0] ?? '';
  const reveal = async () => {
    const r = await client['shell/reveal']({ path: first });
    if (r.ok) return setNote(null);
    if (r.error.code === 'unsupported') setRevealable(false);
    setNote(r.error.message);
  };
  const copy = async () => setNote((await copyText(first)) ? t('status.copied') : t('status.copyRefused'));
  return (
    <div className="export-status export-status--done" role="status">
      <p className="export-status__title">{t('status.savedTo')}</p>
      <ul className="export-files">
        {files.map((f) => (
          <li key={f}>
            <code>{f}</code>
          </li>
        ))}
      </ul>
      <div className="export-status__actions">
        {revealable ? (
          <button type="button" className="button" onClick={() => void reveal()}>
            {t('status.reveal')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void copy()}>
            {t('status.copyPath')}
          </button>
        )}
        {note && <span className="export-hint">{note}</span>}
      </div>
    </div>
  );
}

/** Progress with Cancel while an export runs; then where it was saved, or what went wrong. */
export function ExportStatus({
  client,
  state,
  canReveal,
  onCancel,
}: {
  client: TandemClient;
  state: ExportState;
  canReveal: boolean;
  onCancel: () => void;
}) {
  const t = useT('exportDialog');
  if (state.kind === 'idle') return null;
  if (state.kind === 'running') {
    const known = state.total > 0;
    return (
      <div className="export-status" role="status">
        <div className="export-status__row">
          <progress
            className="export-progress"
            aria-label={t('status.progress')}
            max={known ? state.total : undefined}
            value={known ? state.done : undefined}
          />
          <button type="button" className="button" onClick={onCancel} disabled={state.cancelling}>
            {t('status.cancel')}
          </button>
        </div>
        <p className="export-hint">
          {state.phase}
          {known ? t('status.step', { step: Math.min(state.done + 1, state.total), total: state.total }) : ''}
        </p>
      </div>
    );
  }
  if (state.kind === 'done') return <Saved client={client} files={state.files} canReveal={canReveal} />;
  if (state.kind === 'cancelled')
    return (
      <p className="export-status" role="status">
        {t('status.cancelled')}
      </p>
    );
  return (
    <div className="export-status export-status--failed" role="alert">
      <p className="export-status__title">{t('status.failed')}</p>
      <p>{state.message}</p>
    </div>
  );
}
