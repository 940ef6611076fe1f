import type { MapMeta } from '../../shared/schema/map';
import { useEditor, useEditorStore } from '../store/useEditor';
import { CommitText } from '../ui/fields/CommitText';
import { MapPersonaPicker } from './MapPersonaPicker';
import { TitleBlock } from './TitleBlock';

/** With nothing selected: the map's title block, title and description, and its two personas. */
export function MapInspector() {
  const store = useEditorStore();
  const meta = useEditor((s) => s.doc.meta);
  const commit = (patch: Partial<Pick<MapMeta, 'title' | 'description'>>): string | null =>
    store.getState().dispatch({ type: 'map/update', patch })
      ? null
      : (store.getState().error ?? 'The change was refused.');
  return (
    <section className="inspector" aria-label="Map inspector">
      <TitleBlock />
      <p className="inspector__hint">Select a card to see and edit its details.</p>
      <CommitText label="Map title" value={meta.title} onCommit={(title) => commit({ title })} />
      <CommitText
        label="Description"
        value={meta.description}
        multiline
        hint="Ctrl+Enter or leaving the field saves."
        onCommit={(description) => commit({ description })}
      />
      <MapPersonaPicker />
    </section>
  );
}
