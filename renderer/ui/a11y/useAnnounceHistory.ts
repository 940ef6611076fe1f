import { useEffect } from 'react';
import { sayIn } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';
import { announce } from './announcer';

/**
 * Says every step of history as it happens — a card added, moved or linked, a survey imported, an undo, a redo —
 * by the step's own name (already in the UI's language), through the one live region. Watching history rather
 * than each feature means a new kind of edit is announced without a line of its own.
 */
export function useAnnounceHistory(): void {
  const store = useEditorStore();
  useEffect(
    () =>
      store.subscribe((s, before) => {
        if (s.past === before.past && s.future === before.future) return;
        const top = s.past.at(-1);
        const wasTop = before.past.at(-1);
        const t = sayIn('keyboard');
        const undone = s.future.at(-1);
        if (undone && undone.id === wasTop?.id && s.future.length > before.future.length) {
          announce(t('announce.undone', { label: undone.label }));
        } else if (top && top.id === before.future.at(-1)?.id && s.future.length < before.future.length) {
          announce(t('announce.redone', { label: top.label }));
        } else if (top && top.id !== wasTop?.id) {
          announce(top.label);
        }
      }),
    [store],
  );
}
