import { useContext } from 'react';
import { useStore } from 'zustand';
import type { EditorStore } from './editorStore';
import { EditorStoreContext } from './EditorStoreProvider';
import type { EditorState } from './types';

/** The editor store of this window (for event handlers that read state without subscribing). */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditor needs an <EditorStoreProvider> above it');
  return store;
}

/** Reads one slice of editor state; the component re-renders only when that slice changes. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}
