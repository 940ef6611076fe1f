import { useCallback, useMemo, useRef, useState } from 'react';
import { Controls, ReactFlow, applyNodeChanges, type NodeChange, type OnNodeDrag, type OnSelectionChangeFunc } from '@xyflow/react';
import type { Command } from '../../shared/commands/types';
import { computeLayout } from '../../shared/layout';
import { useNavigationProps } from '../shell/useNavigationProps';
import { useEditor, useEditorStore } from '../store/useEditor';
import { createFlowDeriver } from './deriveFlow';
import { moveCommandFor } from './dropCommand';
import type { TandemFlowNode } from './flowTypes';
import { nodeTypes } from './nodeTypes';

const FIT_VIEW = { padding: 0.04, maxZoom: 1 };
/** Above this many cards the map opens at the top left, readable, instead of fitted: fitting 2,000 cards makes
 * every one of them visible (so rendered) at a size nobody can read. */
export const FIT_LIMIT = 400;
const START = { x: 0, y: 0, zoom: 0.8 };
const PRO = { hideAttribution: true };

/** The map: React Flow in, commands out. Dragging a card to another cell moves it there. */
export function Canvas() {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const deriver = useMemo(() => createFlowDeriver(), []);
  const layout = useMemo(() => computeLayout(doc), [doc]);
  const derivedNodes = useMemo(() => deriver.nodes(doc, layout, selection), [deriver, doc, layout, selection]);
  const edges = useMemo(() => deriver.edges(doc, layout), [deriver, doc, layout]);

  // React Flow owns positions while a drag is under way; whenever the document changes, the derived nodes win.
  const [local, setLocal] = useState({ base: derivedNodes, nodes: derivedNodes });
  let nodes = local.nodes;
  if (local.base !== derivedNodes) {
    nodes = derivedNodes;
    setLocal({ base: derivedNodes, nodes: derivedNodes });
  }
  const [fitOnOpen] = useState(() => doc.cards.length <= FIT_LIMIT);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  const onNodesChange = useCallback((changes: NodeChange<TandemFlowNode>[]) => {
    setLocal((s) => ({ base: s.base, nodes: applyNodeChanges(changes, s.nodes) }));
  }, []);

  const onNodeDragStop: OnNodeDrag<TandemFlowNode> = useCallback((_e, _node, dragged) => {
    const { doc: current } = store.getState();
    const cmds: Command[] = [];
    for (const n of dragged) {
      if (n.type !== 'card') continue;
      const center = { x: n.position.x + (n.width ?? 0) / 2, y: n.position.y + (n.height ?? 0) / 2 };
      const cmd = moveCommandFor(current, layoutRef.current, n.id, center);
      if (cmd) cmds.push(cmd);
    }
    const first = cmds[0];
    if (first) {
      const ok = cmds.length === 1 ? store.getState().dispatch(first) : store.getState().dispatch({ type: 'batch', label: `Move ${cmds.length} cards`, commands: cmds });
      if (ok) return;
    }
    // Nothing changed: put the dragged cards back where the document says they are.
    setLocal((s) => ({ base: s.base, nodes: s.base }));
  }, [store]);

  const onSelectionChange: OnSelectionChangeFunc = useCallback(({ nodes: picked }) => {
    const ids = picked.filter((n) => n.type === 'card').map((n) => n.id);
    const current = store.getState().selection;
    if (ids.length !== current.length || ids.some((id, i) => id !== current[i])) store.getState().select(ids);
  }, [store]);

  return (
    <div className="canvas" data-testid="canvas">
      <ReactFlow<TandemFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={onSelectionChange}
        nodesConnectable={false}
        edgesFocusable={false}
        elementsSelectable
        onlyRenderVisibleElements
        minZoom={0.15}
        maxZoom={2.5}
        fitView={fitOnOpen}
        fitViewOptions={FIT_VIEW}
        defaultViewport={START}
        proOptions={PRO}
        deleteKeyCode={null}
        {...useNavigationProps()}
      >
        <Controls showInteractive={false} position="bottom-left" />
      </ReactFlow>
    </div>
  );
}
