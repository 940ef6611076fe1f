import type { TandemFlowNode } from './flowTypes';

// What lets an edit cost one pass over the map and never a re-render of it (ADR 0006, 0007): a node or a list
// that did not change goes out as the very same object, so React Flow has nothing to adopt.

/** Same length and the very same elements in the same order. */
export const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is(a[k], b[k]));
}

/** Equal values, or lists of equal flat records (an emotion curve's points). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every(
    (x, i) =>
      x !== null &&
      typeof x === 'object' &&
      shallowEqual(x as Record<string, unknown>, b[i] as Record<string, unknown>),
  );
}

function sameNode(a: TandemFlowNode, b: TandemFlowNode): boolean {
  if (
    a.type !== b.type ||
    a.position.x !== b.position.x ||
    a.position.y !== b.position.y ||
    a.width !== b.width ||
    a.height !== b.height ||
    a.selected !== b.selected
  )
    return false;
  const ka = Object.keys(a.data);
  return (
    ka.length === Object.keys(b.data).length &&
    ka.every((k) => sameValue((a.data as Record<string, unknown>)[k], (b.data as Record<string, unknown>)[k]))
  );
}

/** The nodes of one derivation pass, each the node of the pass before when nothing about it changed. */
export type NodeCache = {
  /** Starts a pass. */
  begin(): void;
  /** The node of the pass before when it equals `next`, otherwise `next` with its size declared as measured. */
  keep(next: TandemFlowNode): TandemFlowNode;
  /** Counts a node its deriver already knows to be unchanged as part of this pass, without comparing it. */
  reuse(node: TandemFlowNode): void;
  /** Ends a pass: the next one compares with what this one kept. */
  end(): void;
};

/**
 * React Flow marks every node `aria-roledescription="node"`; on nodes without a role that attribute is prohibited
 * (axe), and a screen reader has no use for "node": cards name themselves inside (CardNode), the grid is reached
 * through the cell cursor (ADR 0023).
 */
const NO_ROLE_DESCRIPTION = { 'aria-roledescription': undefined };

export function createNodeCache(): NodeCache {
  let prevNodes = new Map<string, TandemFlowNode>();
  let seen = new Map<string, TandemFlowNode>();
  return {
    begin() {
      seen = new Map();
    },
    keep(next) {
      const old = prevNodes.get(next.id);
      // Every size comes from the layout, so it is declared as `measured` too: React Flow then never reports a size
      // back (a change that would replace these objects and rebuild every node it touched). See card.css for why a
      // card's own box is never measured either.
      const node =
        old && sameNode(old, next)
          ? old
          : { ...next, measured: { width: next.width, height: next.height }, domAttributes: NO_ROLE_DESCRIPTION };
      seen.set(node.id, node);
      return node;
    },
    reuse(node) {
      seen.set(node.id, node);
    },
    end() {
      prevNodes = seen;
    },
  };
}
