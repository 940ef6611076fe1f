import { useState, type FormEvent } from 'react';
import type { OpenedMap } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { fileNameFor, folderOf, saveAsPath } from './mapFiles';
import { Modal } from '../ui/Modal';
import { useT } from '../i18n';

/** Save As where the host has no Save dialog (the browser host): the new file's path, typed. */
export function SaveAsDialog({
  client,
  currentPath,
  title,
  onOpened,
  onClose,
}: {
  client: TandemClient;
  currentPath: string;
  title: string;
  onOpened: (opened: OpenedMap) => void;
  onClose: () => void;
}) {
  const t = useT('app');
  const [path, setPath] = useState(`${folderOf(currentPath)}${fileNameFor(t('saveAs.copyName', { title }))}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    void saveAsPath(client, path.trim()).then((outcome) => {
      setBusy(false);
      if (outcome.kind === 'opened') onOpened(outcome.opened);
      else if (outcome.kind === 'failed') setError(outcome.message);
    });
  };
  return (
    <Modal title={t('saveAs.title')} onClose={onClose}>
      <form onSubmit={submit} className="start-screen__fields">
        <label className="field field--wide">
          <span className="field__label">{t('saveAs.path')}</span>
          <input
            className="field__input"
            value={path}
            spellCheck={false}
            onChange={(e) => setPath(e.target.value)}
            data-autofocus
          />
        </label>
        <button type="submit" className="button button--primary" disabled={busy || !path.trim()}>
          {t('saveAs.save')}
        </button>
      </form>
      {error && (
        <p role="alert" className="start-screen__error">
          {error}
        </p>
      )}
    </Modal>
  );
}
