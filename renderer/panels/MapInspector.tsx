import type { MapMeta } from '../../shared/schema/map';
import { useEditor, useEditorStore } from '../store/useEditor';
import { CommitText } from '../ui/fields/CommitText';
import { MapPersonaPicker } from './MapPersonaPicker';
import { TitleBlock } from './TitleBlock';
import { useT } from '../i18n';

/** With nothing selected: the map's title block, title and description, and its two personas. */
export function MapInspector() {
  const t = useT('panels');
  const store = useEditorStore();
  const meta = useEditor((s) => s.doc.meta);
  const commit = (patch: Partial<Pick<MapMeta, 'title' | 'description'>>): string | null =>
    store.getState().dispatch({ type: 'map/update', patch }) ? null : (store.getState().error ?? t('refused'));
  return (
    <section className="inspector" aria-label={t('map.inspector')}>
      <TitleBlock />
      <p className="inspector__hint">{t('map.hint')}</p>
      <CommitText label={t('map.title')} value={meta.title} onCommit={(title) => commit({ title })} />
      <CommitText
        label={t('map.description')}
        value={meta.description}
        multiline
        hint={t('saveHint')}
        onCommit={(description) => commit({ description })}
      />
      <MapPersonaPicker />
    </section>
  );
}
