import { traceRootCauses, type RootCauseTrace } from '../../../shared/insight/trace';
import type { TandemDoc } from '../../../shared/schema/document';

/** How a card is drawn while a trace is shown. */
export type CardTraceState = 'none' | 'origin' | 'cause' | 'dimmed';

// One trace per document version and pain point: every card's selector asks, only the first one walks the links.
const cache = new WeakMap<TandemDoc, Map<string, RootCauseTrace>>();

/** The root-cause trace of a pain point in this document, computed once per document version. */
export function cachedTrace(doc: TandemDoc, painPointId: string): RootCauseTrace {
  let byPain = cache.get(doc);
  if (!byPain) {
    byPain = new Map();
    cache.set(doc, byPain);
  }
  let trace = byPain.get(painPointId);
  if (!trace) {
    trace = traceRootCauses(doc, painPointId);
    byPain.set(painPointId, trace);
  }
  return trace;
}

/** A card's place in the trace of `tracedPainPointId`: 'none' when nothing (or a pain point since deleted) is traced. */
export function cardTraceState(doc: TandemDoc, tracedPainPointId: string | null, cardId: string): CardTraceState {
  if (tracedPainPointId === null) return 'none';
  const trace = cachedTrace(doc, tracedPainPointId);
  if (trace.origin === null) return 'none';
  if (trace.origin === cardId) return 'origin';
  return trace.cards.has(cardId) ? 'cause' : 'dimmed';
}

/** The class a card gets for its trace state ('' when no trace is shown). */
export function traceClass(state: CardTraceState): string {
  return state === 'none' ? '' : ` card--trace-${state}`;
}

/** True when a trace is shown and the link does not join two cards of it (origin or causes): the link fades with its cards. */
export function linkTraceDimmed(
  doc: TandemDoc,
  tracedPainPointId: string | null,
  fromId: string,
  toId: string,
): boolean {
  const from = cardTraceState(doc, tracedPainPointId, fromId);
  if (from === 'none') return false;
  return from === 'dimmed' || cardTraceState(doc, tracedPainPointId, toId) === 'dimmed';
}
