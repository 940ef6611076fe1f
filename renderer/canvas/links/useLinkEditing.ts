import { useCallback, useMemo } from 'react';
import { ConnectionLineType, type EdgeMouseHandler, type EdgeTypes, type OnConnectEnd } from '@xyflow/react';
import { makeLink } from '../../../shared/factories';
import { useEditorStore } from '../../store/useEditor';
import { sayIn } from '../../i18n';
import { LinkEdge } from './LinkEdge';
import { defaultLinkKind } from './linkKind';

// Module level, as React Flow asks: a new object each render would re-mount every edge.
const edgeTypes: EdgeTypes = { link: LinkEdge };
const connectionLineStyle = { stroke: '#1e40af', strokeWidth: 3, strokeDasharray: '6 4' };

/** The card under a screen point, if any. */
function cardAt(x: number, y: number): string | null {
  return document.elementFromPoint(x, y)?.closest('.react-flow__node-card')?.getAttribute('data-id') ?? null;
}

// Cards are connectable node by node (deriveFlow sets `connectable` on them), so the canvas's
// nodesConnectable={false} keeps every background node out of linking.
/**
 * Everything React Flow needs for links, for the canvas to spread into <ReactFlow>: drag from a card's handle to
 * another card (dropping anywhere on it) to link them, with the kind chosen from where the cards sit; click a
 * link to select it and show its toolbar.
 */
export function useLinkEditing() {
  const store = useEditorStore();
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      const fromId = state.fromNode?.id;
      if (!fromId || state.fromNode?.type !== 'card') return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const toId = (state.isValid ? state.toNode?.id : null) ?? (point ? cardAt(point.clientX, point.clientY) : null);
      if (!toId || toId === fromId) return;
      const doc = store.getState().doc;
      const link = makeLink({ fromId, toId, kind: defaultLinkKind(doc, fromId, toId) });
      if (store.getState().dispatch({ type: 'link/add', link }, sayIn('canvas')('undo.linkCards')))
        store.getState().selectLink(link.id);
    },
    [store],
  );
  const onEdgeClick: EdgeMouseHandler = useCallback((_e, edge) => store.getState().selectLink(edge.id), [store]);
  return useMemo(
    () => ({
      edgeTypes,
      onConnectEnd,
      onEdgeClick,
      connectionRadius: 32,
      connectionLineType: ConnectionLineType.SmoothStep,
      connectionLineStyle,
    }),
    [onConnectEnd, onEdgeClick],
  );
}
