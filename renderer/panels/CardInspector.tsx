import type { Card } from '../../shared/schema/card';
import { needsOwner } from '../../shared/teamFilter';
import { useEditor, useEditorStore } from '../store/useEditor';
import { CommitText } from '../ui/fields/CommitText';
import { Segmented } from '../ui/fields/Segmented';
import { SelectField } from '../ui/fields/SelectField';
import { TagsField } from '../ui/fields/TagsField';
import { keyProblem } from './keyProblem';
import { evidenceOptions, ownerOptions } from './options';

const EMOTIONS = [-2, -1, 0, 1, 2].map((v) => ({ value: v, label: v > 0 ? `+${v}` : v === 0 ? '0' : `−${-v}` }));

/** Every field of one card; each field is one `card/update` when the user is done with it. */
export function CardInspector({ card }: { card: Card }) {
  const store = useEditorStore();
  const teams = useEditor((s) => s.doc.teams);
  const lane = useEditor((s) => s.doc.lanes.find((l) => l.id === card.laneId));
  const stage = useEditor((s) => s.doc.stages.find((st) => st.id === card.stageId));
  const ownerMissing = useEditor((s) => needsOwner(s.doc, card));
  const update = (patch: Partial<Omit<Card, 'id' | 'laneId' | 'stageId' | 'order'>>): boolean =>
    store.getState().dispatch({ type: 'card/update', id: card.id, patch });
  const commit = (patch: Partial<Omit<Card, 'id' | 'laneId' | 'stageId' | 'order'>>): string | null =>
    update(patch) ? null : (store.getState().error ?? 'The change was refused.');

  return (
    <section className="inspector" aria-label="Card inspector">
      <p className="inspector__where">
        {lane?.title ?? 'Unknown lane'} · {stage?.name ?? 'Unknown stage'}
      </p>
      <CommitText label="Title" value={card.title} onCommit={(title) => commit({ title })} />
      <CommitText
        label="Notes"
        value={card.notes}
        multiline
        hint="Ctrl+Enter or leaving the field saves."
        onCommit={(notes) => commit({ notes })}
      />
      <SelectField
        label="Owner team"
        value={card.ownerTeamId ?? ''}
        options={ownerOptions(teams)}
        onChange={(id) => update({ ownerTeamId: id === '' ? null : id })}
        hint={
          ownerMissing
            ? 'Owner needed: a step below the line of visibility should have a team that answers for it.'
            : undefined
        }
      />
      <CommitText
        label="Channel"
        value={card.channel}
        placeholder="web, phone, store, POS…"
        onCommit={(channel) => commit({ channel })}
      />
      <TagsField tags={card.tags} onChange={(tags) => update({ tags })} />
      <CommitText
        label="Key"
        value={card.key ?? ''}
        placeholder="e.g. checkout"
        hint="The touchpoint's name in survey files: lower-case, unique in the map."
        validate={(draft) => keyProblem(store.getState().doc, card.id, draft)}
        onCommit={(key) => commit({ key: key.trim() === '' ? null : key.trim() })}
      />
      <Segmented
        label="Evidence"
        options={evidenceOptions()}
        value={card.evidence}
        onChange={(evidence) => update({ evidence })}
      />
      {lane?.kind === 'emotion' && (
        <Segmented
          label="Emotion (−2 … +2)"
          options={EMOTIONS}
          value={card.emotion}
          onChange={(emotion) => update({ emotion })}
        />
      )}
    </section>
  );
}
