import { useEditor } from '../../store/useEditor';
import { cardTraceState, linkTraceDimmed, type CardTraceState } from './traceState';

export type { CardTraceState } from './traceState';
export { traceClass } from './traceState';

/**
 * How a card takes part in the root-cause trace being shown: the traced pain point's card ('origin'), a card
 * behind it ('cause'), any other card ('dimmed'), or 'none' when no trace is on. The selector returns a string,
 * so a card re-renders only when its own state changes.
 */
export function useCardTraceState(cardId: string): CardTraceState {
  return useEditor((s) => cardTraceState(s.doc, s.tracedPainPointId, cardId));
}

/** True when the root-cause trace being shown leaves this link out, so the canvas fades it with its cards. */
export function useLinkTraceDimmed(fromId: string, toId: string): boolean {
  return useEditor((s) => linkTraceDimmed(s.doc, s.tracedPainPointId, fromId, toId));
}
