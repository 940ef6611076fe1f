import { computeLayout, type MapLayout } from '../../shared/layout';
import type { TandemDoc } from '../../shared/schema/document';

const cache = new WeakMap<TandemDoc, MapLayout>();

/** The layout of a document, computed once per document value and shared by the canvas and the minimap. */
export function layoutOf(doc: TandemDoc): MapLayout {
  let layout = cache.get(doc);
  if (!layout) {
    layout = computeLayout(doc);
    cache.set(doc, layout);
  }
  return layout;
}
