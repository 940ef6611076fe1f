import { useState, type FormEvent } from 'react';
import type { OpenedMap } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { fileNameFor, folderOf, saveAsPath } from './mapFiles';
import { Modal } from '../ui/Modal';

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
  const [path, setPath] = useState(`${folderOf(currentPath)}${fileNameFor(`${title} copy`)}`);
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
    <Modal title="Save a copy as" onClose={onClose}>
      <form onSubmit={submit} className="start-screen__fields">
        <label className="field field--wide">
          <span className="field__label">Path of the copy (you keep working in the copy)</span>
          <input
            className="field__input"
            value={path}
            spellCheck={false}
            onChange={(e) => setPath(e.target.value)}
            data-autofocus
          />
        </label>
        <button type="submit" className="button button--primary" disabled={busy || !path.trim()}>
          Save
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
