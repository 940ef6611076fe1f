import type { MapMeta } from '../../shared/schema/map';
import { label } from '../../shared/vocabulary';
import { LANGUAGES, languageSchema, mapLanguage } from '../../shared/vocabulary/language';
import { useT } from '../i18n';
import { useEditor, useEditorStore } from '../store/useEditor';
import { CommitText } from '../ui/fields/CommitText';
import { SelectField } from '../ui/fields/SelectField';
import { MapPersonaPicker } from './MapPersonaPicker';
import { TitleBlock } from './TitleBlock';

/** With nothing selected: the map's title block, title and description, and its two personas. */
export function MapInspector() {
  const t = useT('panels');
  const store = useEditorStore();
  const meta = useEditor((s) => s.doc.meta);
  const tm = useT('maps');
  const commit = (patch: Partial<Pick<MapMeta, 'title' | 'description' | 'language'>>): string | null =>
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
      <SelectField
        label={tm('language.label')}
        value={mapLanguage({ meta })}
        options={LANGUAGES.map((l) => ({ value: l, label: label(`language.${l}`) }))}
        hint={tm('language.inspectorHint')}
        onChange={(value) => {
          // One undoable map/update; exports and version history follow it like any other edit of the map.
          const language = languageSchema.safeParse(value);
          if (language.success) commit({ language: language.data });
        }}
      />
      <MapPersonaPicker />
    </section>
  );
}
