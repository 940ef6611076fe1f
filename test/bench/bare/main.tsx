// The benchmark's baseline: bare React Flow with the same number of default nodes as the big Tandem map.
import { ReactFlow, applyNodeChanges, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';

const count = Number(new URLSearchParams(location.search).get('nodes') ?? 2000);
const initial: Node[] = Array.from({ length: count }, (_, i) => ({
  id: String(i),
  position: { x: (i % 40) * 200, y: Math.floor(i / 40) * 90 },
  data: { label: `Node ${i}` },
}));

function Bare() {
  const [nodes, setNodes] = useState(initial);
  const onNodesChange = useCallback((c: NodeChange[]) => setNodes((n) => applyNodeChanges(c, n)), []);
  return (
    <ReactFlow
      nodes={nodes}
      onNodesChange={onNodesChange}
      onlyRenderVisibleElements
      defaultViewport={{ x: 0, y: 0, zoom: 0.8 }}
    />
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
