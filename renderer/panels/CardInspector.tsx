import type { Card } from '../../shared/schema/card';
import { needsOwner } from '../../shared/teamFilter';
import { useEditor, useEditorStore } from '../store/useEditor';
import { CommitText } from '../ui/fields/CommitText';
import { Segmented } from '../ui/fields/Segmented';
import { SelectField } from '../ui/fields/SelectField';
import { TagsField } from '../ui/fields/TagsField';
import { keyProblem } from './keyProblem';
import { CardTrend } from '../insight/metrics/CardTrend';
import { PromiseFields } from './PromiseFields';
import { evidenceOptions, ownerOptions } from './options';
import { useT, useVocabulary } from '../i18n';

const EMOTIONS = [-2, -1, 0, 1, 2].map((v) => ({ value: v, label: v > 0 ? `+${v}` : v === 0 ? '0' : `−${-v}` }));

/** Every field of one card; each field is one `card/update` when the user is done with it. */
export function CardInspector({ card }: { card: Card }) {
  const t = useT('panels');
  const vocabulary = useVocabulary();
  const store = useEditorStore();
  const teams = useEditor((s) => s.doc.teams);
  const lane = useEditor((s) => s.doc.lanes.find((l) => l.id === card.laneId));
  const stage = useEditor((s) => s.doc.stages.find((st) => st.id === card.stageId));
  const ownerMissing = useEditor((s) => needsOwner(s.doc, card));
  const update = (patch: Partial<Omit<Card, 'id' | 'laneId' | 'stageId' | 'order'>>): boolean =>
    store.getState().dispatch({ type: 'card/update', id: card.id, patch });
  const commit = (patch: Partial<Omit<Card, 'id' | 'laneId' | 'stageId' | 'order'>>): string | null =>
    update(patch) ? null : (store.getState().error ?? t('refused'));

  return (
    <section className="inspector" aria-label={t('card.inspector')}>
      <p className="inspector__where">
        {lane?.title ?? t('card.unknownLane')} · {stage?.name ?? t('card.unknownStage')}
      </p>
      <CommitText label={t('card.title')} value={card.title} onCommit={(title) => commit({ title })} />
      <CommitText
        label={t('card.notes')}
        value={card.notes}
        multiline
        hint={t('saveHint')}
        onCommit={(notes) => commit({ notes })}
      />
      <SelectField
        label={t('card.owner')}
        value={card.ownerTeamId ?? ''}
        options={ownerOptions(teams, t('owner.none'))}
        onChange={(id) => update({ ownerTeamId: id === '' ? null : id })}
        hint={ownerMissing ? t('card.ownerNeeded') : undefined}
      />
      <CommitText
        label={t('card.channel')}
        value={card.channel}
        placeholder={t('card.channel.placeholder')}
        onCommit={(channel) => commit({ channel })}
      />
      <TagsField tags={card.tags} onChange={(tags) => update({ tags })} />
      <CommitText
        label={t('card.key')}
        value={card.key ?? ''}
        placeholder={t('card.key.placeholder')}
        hint={t('card.key.hint')}
        validate={(draft) => keyProblem(store.getState().doc, card.id, draft)}
        onCommit={(key) => commit({ key: key.trim() === '' ? null : key.trim() })}
      />
      {card.key !== null && <CardTrend cardKey={card.key} />}
      {(card.key !== null || lane?.kind === 'touchpoint') && <PromiseFields card={card} />}
      <Segmented
        label={t('card.evidence')}
        options={evidenceOptions(vocabulary)}
        value={card.evidence}
        onChange={(evidence) => update({ evidence })}
      />
      {lane?.kind === 'emotion' && (
        <Segmented
          label={t('card.emotion')}
          options={EMOTIONS}
          value={card.emotion}
          onChange={(emotion) => update({ emotion })}
        />
      )}
    </section>
  );
}
