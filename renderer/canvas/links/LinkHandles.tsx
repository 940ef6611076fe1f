import { Handle, Position } from '@xyflow/react';
import '../../styles/links.css';

const SIDES = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
] as const;

/**
 * A card's link handles: a source in the middle of each side, shown while the pointer is over the card (drag
 * one to another card to link them), and a target at the same spot that only takes part while a link is being
 * drawn. Ids match the handles `deriveFlow` declares, so links attach without measuring.
 */
export function LinkHandles({ connectable }: { connectable: boolean }) {
  return (
    <>
      {SIDES.map(([name, position]) => (
        <Handle key={`s-${name}`} id={`s-${name}`} type="source" position={position} isConnectable={connectable} className="link-handle link-handle--source" title="Drag to another card to link them" />
      ))}
      {SIDES.map(([name, position]) => (
        <Handle key={`t-${name}`} id={`t-${name}`} type="target" position={position} isConnectable={connectable} isConnectableStart={false} className="link-handle link-handle--target" />
      ))}
    </>
  );
}
