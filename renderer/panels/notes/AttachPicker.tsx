import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { moveNote } from './noteText';

/**
 * The keyboard's way to attach a note ("Attach to card…"): a list of the map's cards, stage by stage and lane by
 * lane, with the selected card first; Attach moves the note there as one undoable step.
 */
export function AttachPicker({ noteId, onDone }: { noteId: string; onDone: () => void }) {
  const id = useId();
  const t = useT('facilitation');
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selected = useEditor((s) => (s.selection.length === 1 ? s.selection[0] : undefined));
  const options = useMemo(() => {
    const stageAt = new Map(doc.stages.map((s, i) => [s.id, i]));
    const laneAt = new Map(doc.lanes.map((l, i) => [l.id, i]));
    return [...doc.cards]
      .sort(
        (a, b) =>
          (stageAt.get(a.stageId) ?? 0) - (stageAt.get(b.stageId) ?? 0) ||
          (laneAt.get(a.laneId) ?? 0) - (laneAt.get(b.laneId) ?? 0) ||
          a.order - b.order,
      )
      .map((c) => {
        const stage = doc.stages.find((s) => s.id === c.stageId)?.name ?? '';
        const lane = doc.lanes.find((l) => l.id === c.laneId)?.title ?? '';
        return { id: c.id, label: `${stage} · ${lane} · ${c.title || t('notes.untitledCard')}` };
      });
  }, [doc, t]);
  const [cardId, setCardId] = useState(selected ?? options[0]?.id ?? '');
  if (options.length === 0) return <p className="panel-field__hint">{t('notes.noCards')}</p>;
  return (
    <form
      className="note-attach"
      onSubmit={(e) => {
        e.preventDefault();
        if (cardId && moveNote(store, noteId, cardId, t('notes.undoAttach'))) onDone();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <label className="panel-field__label" htmlFor={id}>
        {t('notes.attachTo')}
      </label>
      <select
        id={id}
        className="panel-field__input"
        value={cardId}
        // biome-ignore lint/a11y/noAutofocus: the picker opens at the user's request and is answered at once
        autoFocus
        onChange={(e) => setCardId(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <div className="note-attach__buttons">
        <button type="submit" className="pp-button pp-button--primary">
          {t('notes.attach')}
        </button>
        <button type="button" className="pp-button" onClick={onDone}>
          {t('notes.cancel')}
        </button>
      </div>
    </form>
  );
}
