import { actionDescription, actionLabel, type Action } from '../../ui/actions/action';

/**
 * The actions whose label (or description), in the UI's language, holds every word typed, in any order and case; labels that start with
 * the query come first, then the registry's order.
 */
export function paletteMatches(actions: readonly Action[], query: string): Action[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...actions];
  const q = words.join(' ');
  const found = actions.filter((a) => {
    const text = `${actionLabel(a)} ${actionDescription(a) ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const starts = (a: Action) => (actionLabel(a).toLowerCase().startsWith(q) ? 0 : 1);
  return found
    .map((a, i) => ({ a, i }))
    .sort((x, y) => starts(x.a) - starts(y.a) || x.i - y.i)
    .map((x) => x.a);
}
