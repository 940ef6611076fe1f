import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../../store/useEditor';
import { motion } from '../../theme/motion';

/** Selects a card and centres the canvas on it at the current zoom (at least 0.8, so its text can be read). */
export function useFocusCard(): (cardId: string) => void {
  const store = useEditorStore();
  const flow = useReactFlow();
  return useCallback(
    (cardId: string) => {
      store.getState().select([cardId]);
      const node = flow.getNode(cardId);
      if (!node) return;
      const zoom = Math.max(flow.getViewport().zoom, 0.8);
      void flow.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, {
        zoom,
        duration: motion(250),
      });
    },
    [store, flow],
  );
}
