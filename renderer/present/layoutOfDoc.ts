import { computeLayout, type MapLayout } from '../../shared/layout';
import type { TandemDoc } from '../../shared/schema/document';

const cache = new WeakMap<TandemDoc, MapLayout>();

/** The map's layout for the presentation, once per document value (the canvas keeps its own the same way). */
export function layoutOfDoc(doc: TandemDoc): MapLayout {
  let layout = cache.get(doc);
  if (!layout) {
    layout = computeLayout(doc);
    cache.set(doc, layout);
  }
  return layout;
}
