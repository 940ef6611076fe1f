import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import {
  Controls,
  ReactFlow,
  SelectionMode,
  applyNodeChanges,
  useReactFlow,
  type NodeChange,
  type OnNodeDrag,
  type OnSelectionChangeFunc,
} from '@xyflow/react';
import { cellAt } from '../../shared/layout';
import { layoutOf } from './layoutOf';
import { cellCards } from '../../shared/placement';
import { useNavigationProps } from './useNavigationProps';
import { useEditor, useEditorStore } from '../store/useEditor';
import { FindBar } from './cards/FindBar';
import { revealRect } from './cards/revealCard';
import { usePublishCanvas } from './useCanvasPort';
import { useClipboardEvents } from './cards/useClipboardEvents';
import { createFlowDeriver } from './deriveFlow';
import { dropCommand } from './dropCommand';
import type { TandemFlowNode } from './flowTypes';
import { nodeTypes } from './nodeTypes';
import { useLinkEditing } from './links/useLinkEditing';
import { useT } from '../i18n';
import { motion } from '../theme/motion';
import { CellCursor } from './keyboard/CellCursor';
import { KeyboardBanner } from './keyboard/KeyboardBanner';
import { LinkKindChooser } from './keyboard/LinkKindChooser';
import { keyboardStateOf } from './keyboard/keyboardState';
import { useKeepFocus } from './keyboard/useKeepFocus';

const FIT_VIEW = { padding: 0.04, maxZoom: 1 };
/** Above this many cards the map opens at the top left, readable, instead of fitted: fitting 2,000 cards makes
 * every one of them visible (so rendered) at a size nobody can read. */
export const FIT_LIMIT = 400;
const START = { x: 0, y: 0, zoom: 0.8 };
const PRO = { hideAttribution: true };
// Shift (or Ctrl/Cmd) + click adds a card to the selection; Shift + drag on the empty canvas draws a selection
// box, while a plain drag keeps panning the map. `nokey` on cards stops a Shift + click on one from starting a box.
const MULTI_SELECT = ['Shift', 'Meta', 'Control'];
/** Background nodes that are the empty part of a cell: a double-click there makes a card. */
const CELL_SURFACE = ['react-flow__node-laneBand', 'react-flow__node-stageColumn'];

/** True when a double-click landed on an empty part of the grid rather than on a card, header or control. */
function onEmptyCell(target: EventTarget): boolean {
  if (!(target instanceof Element) || !target.closest('.react-flow__pane')) return false;
  if (target.closest('.react-flow__controls, .map-minimap, .react-flow__panel, .find-bar')) return false;
  const node = target.closest('.react-flow__node');
  return !node || CELL_SURFACE.some((c) => node.classList.contains(c));
}

/**
 * The map: React Flow in, commands out. Dragging cards to a cell moves them there (one undo step however many),
 * double-clicking an empty cell makes a card, and the card keys, clipboard and find bar act on the selection.
 */
export function Canvas() {
  const store = useEditorStore();
  const t = useT('canvas');
  const mapTitle = useEditor((s) => s.doc.meta.title);
  const flow = useReactFlow();
  const tk = useT('keyboard');
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const deriver = useMemo(() => createFlowDeriver(), []);
  const layout = layoutOf(doc);
  const derivedNodes = useMemo(() => deriver.nodes(doc, layout, selection), [deriver, doc, layout, selection]);
  // The links' names are in the UI's language: a switch (a new `tk`) names them again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: tk stands for the language the links are named in
  const edges = useMemo(() => deriver.edges(doc, layout), [deriver, doc, layout, tk]);

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
  const canvasRef = useRef<HTMLDivElement>(null);

  /** Brings a card into view (centred) when it is off screen or, with `always`, in any case. */
  const reveal = useCallback(
    (cardId: string, always = false) => {
      // A card made a moment ago is not in the rendered layout yet: lay the map out afresh for it.
      const rect = layoutRef.current.cards.get(cardId) ?? layoutOf(store.getState().doc).cards.get(cardId);
      const el = canvasRef.current;
      if (!rect || !el) return;
      if (always)
        void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
          zoom: flow.getZoom(),
          duration: motion(200),
        });
      else revealRect(flow, rect, { width: el.clientWidth, height: el.clientHeight });
    },
    [flow, store],
  );
  const revealFound = useCallback((cardId: string) => reveal(cardId, true), [reveal]);

  // React Flow's own words (its zoom buttons, the minimap, link handles) in the UI's language.
  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
      'controls.fitView.ariaLabel': t('flow.fitView'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    [t],
  );

  usePublishCanvas(canvasRef, layoutRef, reveal);
  useClipboardEvents(canvasRef);
  useKeepFocus(canvasRef);

  const onNodesChange = useCallback((changes: NodeChange<TandemFlowNode>[]) => {
    setLocal((s) => ({ base: s.base, nodes: applyNodeChanges(changes, s.nodes) }));
  }, []);

  const onNodeDragStop: OnNodeDrag<TandemFlowNode> = useCallback(
    (_e, _node, dragged) => {
      const drops = dragged
        .filter((n) => n.type === 'card')
        .map((n) => ({
          id: n.id,
          center: { x: n.position.x + (n.width ?? 0) / 2, y: n.position.y + (n.height ?? 0) / 2 },
        }));
      const { doc: current } = store.getState();
      const cmd = dropCommand(current, layoutOf(current), drops);
      if (cmd && store.getState().dispatch(cmd)) return;
      // Nothing changed: put the dragged cards back where the document says they are.
      setLocal((s) => ({ base: s.base, nodes: s.base }));
    },
    [store],
  );

  const onSelectionChange: OnSelectionChangeFunc = useCallback(
    ({ nodes: picked }) => {
      const ids = picked.filter((n) => n.type === 'card').map((n) => n.id);
      const current = store.getState().selection;
      if (ids.length !== current.length || ids.some((id, i) => id !== current[i])) store.getState().select(ids);
    },
    [store],
  );

  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      if (!onEmptyCell(e.target)) return;
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const l = layoutRef.current;
      const cell = cellAt(l, p.x, p.y);
      // Metrics lanes show computed figures, not cards.
      if (!cell || l.lanes.find((lane) => lane.id === cell.laneId)?.kind === 'metrics') return;
      const { doc: current } = store.getState();
      const across = l.lanes.find((lane) => lane.id === cell.laneId)?.kind === 'emotion';
      // The new card goes where the user clicked: after the cards whose centre is above (left of) the click.
      const index = cellCards(current, cell.laneId, cell.stageId).filter((c) => {
        const r = l.cards.get(c.id);
        return r && (across ? r.x + r.width / 2 < p.x : r.y + r.height / 2 < p.y);
      }).length;
      e.preventDefault();
      store.getState().addCardInCell(cell.laneId, cell.stageId, index);
    },
    [flow, store],
  );

  return (
    // One tab stop for the whole map (ADR 0023): the arrows move the cell cursor inside it, in reading order.
    <div
      className="canvas"
      data-testid="canvas"
      ref={canvasRef}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: role application takes the arrow keys (the window's dispatcher moves the cell cursor)
      tabIndex={0}
      role="application"
      aria-roledescription={tk('canvas.roleDescription')}
      aria-label={tk('canvas.label', { title: mapTitle })}
      aria-describedby="canvas-keys-hint"
      onDoubleClick={onDoubleClick}
      // A pointer hides the keyboard's cursor until the keyboard moves it again.
      onPointerDown={() => keyboardStateOf(store).getState().setCursor(keyboardStateOf(store).getState().cursor, false)}
    >
      <p id="canvas-keys-hint" className="a11y-hidden">
        {tk('canvas.hint')}
      </p>
      <ReactFlow<TandemFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={onSelectionChange}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable
        multiSelectionKeyCode={MULTI_SELECT}
        selectionKeyCode="Shift"
        selectionMode={SelectionMode.Partial}
        zoomOnDoubleClick={false}
        disableKeyboardA11y
        onlyRenderVisibleElements
        minZoom={0.15}
        maxZoom={2.5}
        fitView={fitOnOpen}
        fitViewOptions={FIT_VIEW}
        defaultViewport={START}
        proOptions={PRO}
        ariaLabelConfig={ariaLabelConfig}
        deleteKeyCode={null}
        {...useNavigationProps()}
        {...useLinkEditing()}
      >
        <Controls showInteractive={false} position="bottom-left" />
        <CellCursor />
      </ReactFlow>
      <KeyboardBanner />
      <LinkKindChooser />
      <FindBar layout={layout} onStep={revealFound} />
    </div>
  );
}
