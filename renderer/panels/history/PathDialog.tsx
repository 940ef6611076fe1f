import { useState, type FormEvent } from 'react';
import { Modal } from '../../ui/Modal';

/** Where the host has no Save dialog (the browser host): the path of the file to write, typed. */
export function PathDialog({
  title,
  fieldLabel,
  initial,
  submitLabel,
  onPath,
  onClose,
}: {
  title: string;
  fieldLabel: string;
  initial: string;
  submitLabel: string;
  /** Writes there; resolves to a problem in words, or null when done (the dialog then closes). */
  onPath: (path: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const [path, setPath] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!path.trim()) {
      setError('Type the path of the file to write.');
      return;
    }
    setBusy(true);
    setError(null);
    void onPath(path.trim()).then((problem) => {
      setBusy(false);
      if (problem) setError(problem);
      else onClose();
    });
  };
  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={submit} className="start-screen__fields">
        <label className="field field--wide">
          <span className="field__label">{fieldLabel}</span>
          <input
            className="field__input"
            value={path}
            spellCheck={false}
            onChange={(e) => setPath(e.target.value)}
            data-autofocus
          />
        </label>
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
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
