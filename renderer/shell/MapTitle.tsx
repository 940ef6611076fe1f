import { useState, type KeyboardEvent } from 'react';
import { useEditor } from '../store/useEditor';
import { useT } from '../i18n';

/** The map's title; double-click (or Enter / F2 when focused) to rename it, an undoable `map/update`. */
export function MapTitle() {
  const t = useT('app');
  const title = useEditor((s) => s.doc.meta.title);
  const dispatch = useEditor((s) => s.dispatch);
  const [draft, setDraft] = useState<string | null>(null);

  const commit = () => {
    if (draft === null) return;
    const next = draft.trim();
    setDraft(null);
    if (next !== '' && next !== title) dispatch({ type: 'map/update', patch: { title: next } }, 'Rename map');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape') {
      e.stopPropagation();
      setDraft(null);
    }
  };
  const onHeadingKey = (e: KeyboardEvent<HTMLHeadingElement>) => {
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setDraft(title);
    }
  };

  if (draft !== null) {
    return (
      <input
        className="title-bar__title-input"
        aria-label={t('title.field')}
        value={draft}
        maxLength={200}
        // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked to rename; the caret belongs in it
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKey}
        onBlur={commit}
      />
    );
  }
  return (
    // The button inside makes the title reachable with Tab; Enter or F2 on it renames, as a double-click does.
    <h1
      className="title-bar__title"
      title={t('title.rename')}
      onDoubleClick={() => setDraft(title)}
      onKeyDown={onHeadingKey}
    >
      <button type="button" className="title-bar__title-button">
        {title || t('title.untitled')}
      </button>
    </h1>
  );
}
