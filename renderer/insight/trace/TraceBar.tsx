import { useEditor, useEditorStore } from '../../store/useEditor';
import { cachedTrace } from './traceState';

/** A strip over the canvas while a trace is shown: what is traced, what it found, and how to end it (also Escape). */
export function TraceBar() {
  const store = useEditorStore();
  const info = useEditor((s) => {
    if (s.tracedPainPointId === null) return null;
    const pain = s.doc.painPoints.find((p) => p.id === s.tracedPainPointId);
    if (!pain) return null;
    const trace = cachedTrace(s.doc, pain.id);
    return `${pain.title || 'Untitled pain point'}|${trace.cards.size}|${trace.painPoints.length}`;
  });
  if (info === null) return null;
  const [title, cards, pains] = info.split('|') as [string, string, string];
  return (
    <div className="trace-bar" role="status" aria-label="Trace">
      <span className="trace-bar__what">
        Tracing <strong>“{title}”</strong>: {cards} card{cards === '1' ? '' : 's'} behind it, {pains} employee pain
        point{pains === '1' ? '' : 's'}
      </span>
      <button type="button" className="pp-button" onClick={() => store.getState().showPanel('painPoints')}>
        Details
      </button>
      <button type="button" className="pp-button pp-button--primary" onClick={() => store.getState().clearTrace()}>
        Clear trace <kbd>Esc</kbd>
      </button>
    </div>
  );
}
