import { createContext, type ReactNode } from 'react';
import type { EditorStore } from './editorStore';

export const EditorStoreContext = createContext<EditorStore | null>(null);

/** Gives the components below one editor store. */
export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}
