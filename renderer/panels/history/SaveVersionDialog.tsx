import { useState, type FormEvent } from 'react';
import { useEditorStore } from '../../store/useEditor';
import { Modal } from '../../ui/Modal';
import { useT } from '../../i18n';

/** The longest name a version may have (shared/schema/version.ts). */
export const VERSION_NAME_MAX = 120;

/** What is wrong with a version's name as typed, in words; null when it will do. */
export function versionNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Give the version a name, such as “Before the Kyiv workshop”.';
  if (trimmed.length > VERSION_NAME_MAX)
    return `A version’s name can have at most ${VERSION_NAME_MAX} characters; this one has ${trimmed.length}.`;
  if (/[\r\n]/.test(trimmed)) return 'A version’s name is one line.';
  return null;
}

/** File › Save Version…: asks a name and keeps the map as it is now under it. Enter saves, Esc cancels. */
export function SaveVersionDialog({ onClose }: { onClose: () => void }) {
  const t = useT('panels');
  const store = useEditorStore();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wrong = versionNameProblem(name);
    setProblem(wrong);
    if (wrong) return;
    setBusy(true);
    void store
      .getState()
      .saveVersion(name.trim())
      .then((r) => {
        setBusy(false);
        if (!r.ok) {
          setProblem(t('save.failed', { message: r.message }));
          return;
        }
        const s = store.getState();
        s.setHistoryNotice(t('save.saved', { name: name.trim() }));
        // The dialog gives the focus back as it closes; the new version takes it in the same render.
        s.focusVersions();
        onClose();
      });
  };
  return (
    <Modal title={t('save.title')} onClose={onClose}>
      <form onSubmit={submit} className="save-version" noValidate>
        <label className="field field--wide">
          <span className="field__label">{t('save.name')}</span>
          <input
            className="field__input"
            value={name}
            placeholder={t('save.placeholder')}
            aria-invalid={problem !== null}
            aria-describedby="save-version-hint"
            onChange={(e) => {
              setName(e.target.value);
              if (problem) setProblem(null);
            }}
            data-autofocus
          />
        </label>
        <p
          id="save-version-hint"
          className={problem ? 'save-version__problem' : 'save-version__hint'}
          role={problem ? 'alert' : undefined}
        >
          {problem ?? t('save.hint')}
        </p>
        <div className="save-version__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('save.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('save.title')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
