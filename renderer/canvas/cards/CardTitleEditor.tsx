import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';

/** Longest title a card takes (the schema's limit). */
const MAX_TITLE = 500;

function grow(el: HTMLTextAreaElement): void {
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight}px`;
}

/**
 * The card's title as a text box that grows with what is typed. Enter or leaving the box saves it, Shift+Enter
 * starts a new line, Escape leaves the title as it was. `nodrag nopan nowheel` keep React Flow from turning text
 * selection into a drag, a pan or a zoom.
 */
export function CardTitleEditor({ title }: { title: string }) {
  const store = useEditorStore();
  const t = useT('canvas');
  const ref = useRef<HTMLTextAreaElement>(null);
  // Saving unmounts the box; the flag keeps a late blur from saving a second time.
  const done = useRef(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    grow(el);
    el.focus({ preventScroll: true });
    el.select();
  }, []);

  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save) store.getState().commitEditing(ref.current?.value ?? title);
    else store.getState().cancelEditing();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      finish(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false);
    }
    // Keys typed here belong to the text: nothing above (canvas, shell) may act on them.
    e.stopPropagation();
  };

  return (
    <textarea
      ref={ref}
      className="card__title-input nodrag nopan nowheel"
      aria-label={t('card.titleField')}
      defaultValue={title}
      maxLength={MAX_TITLE}
      rows={1}
      placeholder={t('card.titleField')}
      onInput={(e) => grow(e.currentTarget)}
      onPaste={(e) => {
        // The box keeps at most MAX_TITLE characters (maxLength cuts the rest): say so when a paste is cut.
        const el = e.currentTarget;
        const pasted = e.clipboardData.getData('text/plain').length;
        const over = el.value.length - (el.selectionEnd - el.selectionStart) + pasted - MAX_TITLE;
        if (over > 0) store.getState().showError(t('card.titleCut', { count: over, max: MAX_TITLE }));
      }}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}
