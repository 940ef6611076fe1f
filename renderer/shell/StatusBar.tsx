import { useEditor } from '../store/useEditor';

/** The strip at the bottom: what went wrong (until dismissed), otherwise a quiet count of what is on the map. */
export function StatusBar() {
  const error = useEditor((s) => s.error);
  const dismiss = useEditor((s) => s.dismissError);
  const cards = useEditor((s) => s.doc.cards.length);
  const stages = useEditor((s) => s.doc.stages.length);
  const lanes = useEditor((s) => s.doc.lanes.length);
  return (
    <footer className={`status-bar${error ? ' status-bar--error' : ''}`}>
      {error ? (
        <div role="alert" className="status-bar__error">
          <span className="status-bar__message">{error}</span>
          <button type="button" className="tool-button tool-button--small" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      ) : (
        <span className="status-bar__summary" aria-live="polite">
          {stages} stages · {lanes} lanes · {cards} cards · every change is saved to the file as you make it
        </span>
      )}
    </footer>
  );
}
