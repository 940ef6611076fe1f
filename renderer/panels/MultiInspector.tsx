import type { Command } from '../../shared/commands/types';
import type { Card, Evidence } from '../../shared/schema/card';
import { useEditor, useEditorStore } from '../store/useEditor';
import { Segmented } from '../ui/fields/Segmented';
import { SelectField } from '../ui/fields/SelectField';
import { evidenceOptions, ownerOptions } from './options';

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
  const store = useEditorStore();
  const teams = useEditor((s) => s.doc.teams);
  const owner = shared(cards, (c) => c.ownerTeamId ?? '');
  const evidence = shared<Evidence>(cards, (c) => c.evidence);

  const updateAll = (label: string, patch: Partial<Pick<Card, 'ownerTeamId' | 'evidence'>>) => {
    const commands: Command[] = cards.map((c) => ({ type: 'card/update', id: c.id, patch }));
    store.getState().dispatch({ type: 'batch', label, commands });
  };
  const options =
    owner === null ? [{ value: MIXED, label: 'Mixed owners' }, ...ownerOptions(teams)] : ownerOptions(teams);

  return (
    <section className="inspector" aria-label="Cards inspector">
      <p className="inspector__count">{cards.length} cards selected</p>
      <SelectField
        label="Owner team of all"
        value={owner ?? MIXED}
        options={options}
        onChange={(id) => {
          if (id !== MIXED) updateAll(`Set owner of ${cards.length} cards`, { ownerTeamId: id === '' ? null : id });
        }}
      />
      <Segmented
        label="Evidence of all"
        options={evidenceOptions()}
        value={evidence}
        onChange={(e) => updateAll(`Set evidence of ${cards.length} cards`, { evidence: e })}
      />
    </section>
  );
}
