import { useState, type KeyboardEvent } from 'react';
import { useEditor } from '../store/useEditor';

/** The map's title; double-click (or Enter / F2 when focused) to rename it, an undoable `map/update`. */
export function MapTitle() {
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
        aria-label="Map title"
        value={draft}
        maxLength={200}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKey}
        onBlur={commit}
      />
    );
  }
  return (
    <h1
      className="title-bar__title"
      tabIndex={0}
      title="Double-click to rename the map"
      onDoubleClick={() => setDraft(title)}
      onKeyDown={onHeadingKey}
    >
      {title || 'Untitled map'}
    </h1>
  );
}
