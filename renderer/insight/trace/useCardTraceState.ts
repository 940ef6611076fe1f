import { useEditor } from '../../store/useEditor';
import { cardTraceState, type CardTraceState } from './traceState';

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
