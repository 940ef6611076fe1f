import { useEffect } from 'react';
import { useEditorStore } from '../store/useEditor';
import { isTextField } from '../ui/textField';

// preventDefault also keeps Electron's menu accelerator for the same keys from firing a second undo.
/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, `?` shows the shortcut sheet — except while typing, where
 * the field keeps its keys, and while a dialog is open, which handles its own.
 */
export function useShortcuts(): void {
  const store = useEditorStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextField(e.target) || store.getState().dialog) return;
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        store.getState().openDialog('shortcuts');
        return;
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z') {
        e.preventDefault();
        if (e.shiftKey) store.getState().redo();
        else store.getState().undo();
      } else if (key === 'y' && e.ctrlKey && !e.shiftKey) {
        e.preventDefault();
        store.getState().redo();
      } else if (key === '\\' && !e.shiftKey) {
        e.preventDefault();
        store.getState().togglePanels();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
