import type { MapLayout } from '../../shared/layout';
import type { TandemDoc } from '../../shared/schema/document';
import { createCardNodes } from './deriveCards';
import { createLinkEdges } from './deriveLinks';
import { structureNodes } from './deriveStructure';
import { createNodeCache, sameList } from './flowReuse';
import type { TandemFlowNode } from './flowTypes';

export { LINE_LABEL_GUTTER, laneBandId } from './deriveStructure';

/**
 * Turns the document and its layout into React Flow nodes and edges. It remembers what it returned last
 * time and hands back the very same objects for anything unchanged, so React Flow re-renders only the cards
 * an edit touched: the cost of an edit is one pass over the map, never a re-render of it.
 */
export function createFlowDeriver() {
  const cache = createNodeCache();
  const cardNodes = createCardNodes();
  // The list handed out last: when every element is the same, the same list goes out again and React Flow has
  // nothing to adopt (a new list costs it a pass over every node, and a re-render). The links do the same.
  let lastNodes: TandemFlowNode[] = [];

  function nodes(doc: TandemDoc, layout: MapLayout, selection: readonly string[]): TandemFlowNode[] {
    const out: TandemFlowNode[] = [];
    const laneById = new Map(doc.lanes.map((l) => [l.id, l]));
    cache.begin();
    structureNodes(doc, layout, laneById, cache, out);
    cardNodes(doc, layout, selection, laneById, cache, out);
    cache.end();
    if (!sameList(lastNodes, out)) lastNodes = out;
    return lastNodes;
  }

  return { nodes, edges: createLinkEdges() };
}
