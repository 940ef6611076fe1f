import { useEffect } from 'react';
import { isTextField } from '../../ui/textField';
import { useEditor, useEditorStore } from '../../store/useEditor';

/**
 * While a trace is shown, Escape ends it — and only it: the listener runs in the capture phase and stops the key,
 * so the same press does not also clear the selection. A field being typed in keeps its own Escape.
 */
export function useTraceEscape(): void {
  const store = useEditorStore();
  const tracing = useEditor((s) => s.tracedPainPointId !== null);
  useEffect(() => {
    if (!tracing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || isTextField(e.target) || store.getState().dialog) return;
      e.preventDefault();
      e.stopPropagation();
      store.getState().clearTrace();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, tracing]);
}
