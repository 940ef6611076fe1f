import { useEffect, useState } from 'react';
import { useEditorStore } from '../store/useEditor';

/** Whether every change so far has reached the file ('saved') or some are still on their way ('saving'). */
export type SaveState = 'saved' | 'saving';

/**
 * Derived from the store's send queue: each change to the document starts a wait for `whenSynced`, and only the
 * wait for the latest change may say "saved". There is no unsaved state beyond commands in flight.
 */
export function useSaveState(): SaveState {
  const store = useEditorStore();
  const [state, setState] = useState<SaveState>('saved');
  useEffect(() => {
    let latest = 0;
    let live = true;
    const unsubscribe = store.subscribe((next, prev) => {
      if (next.doc === prev.doc) return;
      const mine = ++latest;
      setState('saving');
      // The store changes the document before it queues the send, so ask for the queue's end a tick later.
      void Promise.resolve()
        .then(() => store.getState().whenSynced())
        .then(() => {
          if (live && mine === latest) setState('saved');
        });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);
  return state;
}
