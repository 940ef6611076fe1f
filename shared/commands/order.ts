/** A sort key strictly between two neighbours (either may be missing: start or end of a list). */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/** The sort key that puts an item at `index` in a list sorted by `order` (the item itself excluded). */
export function orderAtIndex(orders: readonly number[], index: number): number {
  const i = Math.max(0, Math.min(index, orders.length));
  return orderBetween(orders[i - 1], orders[i]);
}
