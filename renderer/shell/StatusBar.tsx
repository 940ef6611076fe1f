import type { EditorState } from '../store/types';
import { useEditor } from '../store/useEditor';

/** The map the status speaks of: the one on the canvas, less the ghosts of a comparison. */
const shown = (s: EditorState) => (s.viewing?.mode === 'compare' ? s.viewing.live.doc : s.doc);

/** "1 card", "2 cards": the summary reads as a sentence at any count. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The strip at the bottom: what went wrong (until dismissed) or what is on the map, and whether it is saved. */
export function StatusBar() {
  const error = useEditor((s) => s.error);
  const dismiss = useEditor((s) => s.dismissError);
  // While comparing, the canvas also draws the ghosts of removed cards: the counts are the current map's.
  const cards = useEditor((s) => shown(s).cards.length);
  const stages = useEditor((s) => shown(s).stages.length);
  const lanes = useEditor((s) => shown(s).lanes.length);
  const saving = useEditor((s) => s.saving);
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
        <span className="status-bar__summary">
          {count(stages, 'stage', 'stages')} · {count(lanes, 'lane', 'lanes')} · {count(cards, 'card', 'cards')}
        </span>
      )}
      <span
        className={`status-bar__save${saving ? ' status-bar__save--saving' : ''}`}
        role="status"
        title="Every change is written to the file as you make it"
      >
        {saving ? 'Saving…' : 'Saved'}
      </span>
    </footer>
  );
}
