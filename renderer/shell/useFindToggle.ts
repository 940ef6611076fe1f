import { useEditorStore } from '../store/useEditor';

/**
 * Opens the cards' find bar, which lives in the cards engineer's slice as the flag `findOpen`. Read at run time
 * so the toolbar works whether that slice is in the store yet or not; null when there is no find bar.
 */
export function useFindToggle(): (() => void) | null {
  const store = useEditorStore();
  if (!('findOpen' in store.getState())) return null;
  return () => store.setState({ findOpen: true } as Partial<ReturnType<typeof store.getState>>);
}
