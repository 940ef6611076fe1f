import { Handle, Position, useNodeId, useStore, type ReactFlowState } from '@xyflow/react';
import { useT } from '../../i18n';
import '../../styles/links.css';

const SIDES = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
] as const;

type Linking = 'idle' | 'from' | 'to';

/**
 * A card's link handles: a source in the middle of each side, shown while the pointer is over the card (drag
 * one to another card to link them), and a target at the same spot that only takes part while a link is being
 * drawn. Ids match the handles `deriveFlow` declares, so links attach without measuring.
 *
 * Handles are mounted only when they can be used: each React Flow handle subscribes to the flow's store, and eight
 * per card on a 2,000-card map made every drag step run ~2,000 selectors. So sources exist while the card is
 * hovered or selected (or a link is being drawn from it) and targets while a link is being drawn.
 */
export function LinkHandles({ connectable, active }: { connectable: boolean; active: boolean }) {
  const t = useT('canvas');
  const nodeId = useNodeId();
  // One subscription per card, answering with a string so the card re-renders only when its own answer changes.
  const linking = useStore(
    (s: ReactFlowState): Linking =>
      !s.connection.inProgress ? 'idle' : s.connection.fromHandle.nodeId === nodeId ? 'from' : 'to',
  );
  return (
    <>
      {(active || linking === 'from') &&
        SIDES.map(([name, position]) => (
          <Handle
            key={`s-${name}`}
            id={`s-${name}`}
            type="source"
            position={position}
            isConnectable={connectable}
            className="link-handle link-handle--source"
            title={t('link.handleTitle')}
          />
        ))}
      {linking !== 'idle' &&
        SIDES.map(([name, position]) => (
          <Handle
            key={`t-${name}`}
            id={`t-${name}`}
            type="target"
            position={position}
            isConnectable={connectable}
            isConnectableStart={false}
            className="link-handle link-handle--target"
          />
        ))}
    </>
  );
}
