import { useEffect } from 'react';
import { useEditorStore } from '../store/useEditor';
import { isTextField } from '../ui/textField';
import { useViewControls } from './useViewControls';

/**
 * Ctrl/Cmd + = and - zoom, Ctrl/Cmd + 0 fits the map. preventDefault keeps the browser's page zoom (and the
 * Electron menu's accelerator for the same keys) from zooming a second time.
 */
export function useNavigationKeys(): void {
  const store = useEditorStore();
  const view = useViewControls();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(e.target) || store.getState().dialog) return;
      if (e.key === '=' || e.key === '+') view.zoomIn();
      else if (e.key === '-' || e.key === '_') view.zoomOut();
      else if (e.key === '0') view.fit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, view]);
}
