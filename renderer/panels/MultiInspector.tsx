import type { Command } from '../../shared/commands/types';
import type { Card, Evidence } from '../../shared/schema/card';
import { useEditor, useEditorStore } from '../store/useEditor';
import { Segmented } from '../ui/fields/Segmented';
import { SelectField } from '../ui/fields/SelectField';
import { evidenceOptions, ownerOptions } from './options';
import { useT, useVocabulary } from '../i18n';

const MIXED = '\u0000mixed';

/** The value all cards share, or null when they differ. */
function shared<T>(cards: readonly Card[], pick: (c: Card) => T): T | null {
  const first = cards[0];
  if (!first) return null;
  const v = pick(first);
  return cards.every((c) => pick(c) === v) ? v : null;
}

/** Several cards at once: set the owner team or the evidence of all of them in one undoable step. */
export function MultiInspector({ cards }: { cards: readonly Card[] }) {
  const t = useT('panels');
  const vocabulary = useVocabulary();
  const store = useEditorStore();
  const teams = useEditor((s) => s.doc.teams);
  const owner = shared(cards, (c) => c.ownerTeamId ?? '');
  const evidence = shared<Evidence>(cards, (c) => c.evidence);

  const updateAll = (label: string, patch: Partial<Pick<Card, 'ownerTeamId' | 'evidence'>>) => {
    const commands: Command[] = cards.map((c) => ({ type: 'card/update', id: c.id, patch }));
    store.getState().dispatch({ type: 'batch', label, commands });
  };
  const options =
    owner === null
      ? [{ value: MIXED, label: t('multi.mixedOwners') }, ...ownerOptions(teams, t('owner.none'))]
      : ownerOptions(teams, t('owner.none'));

  return (
    <section className="inspector" aria-label={t('multi.inspector')}>
      <p className="inspector__count">{t('multi.selected', { count: cards.length })}</p>
      <SelectField
        label={t('multi.owner')}
        value={owner ?? MIXED}
        options={options}
        onChange={(id) => {
          if (id !== MIXED)
            updateAll(t('multi.setOwnerStep', { count: cards.length }), { ownerTeamId: id === '' ? null : id });
        }}
      />
      <Segmented
        label={t('multi.evidence')}
        options={evidenceOptions(vocabulary)}
        value={evidence}
        onChange={(e) => updateAll(t('multi.setEvidenceStep', { count: cards.length }), { evidence: e })}
      />
    </section>
  );
}
