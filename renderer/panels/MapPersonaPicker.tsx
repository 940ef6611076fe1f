import type { Side } from '../../shared/schema/common';
import { useEditor, useEditorStore } from '../store/useEditor';
import { SelectField } from '../ui/fields/SelectField';

const SLOT = { customer: 'customerPersonaId', employee: 'employeePersonaId' } as const;

/** Chooses the map's customer and employee persona (shown in the title block). */
export function MapPersonaPicker() {
  const store = useEditorStore();
  const personas = useEditor((s) => s.doc.personas);
  const meta = useEditor((s) => s.doc.meta);
  const picker = (side: Side) => {
    const choices = personas
      .filter((p) => p.side === side)
      .map((p) => ({ value: p.id, label: p.name || 'Unnamed persona' }));
    return (
      <SelectField
        label={side === 'customer' ? 'Customer persona of the map' : 'Employee persona of the map'}
        value={meta[SLOT[side]] ?? ''}
        options={[{ value: '', label: 'None' }, ...choices]}
        onChange={(id) =>
          store.getState().dispatch({ type: 'map/update', patch: { [SLOT[side]]: id === '' ? null : id } })
        }
        hint={choices.length === 0 ? `No ${side} personas yet: add one in the Personas tab.` : undefined}
      />
    );
  };
  return (
    <div className="persona-picker">
      {picker('customer')}
      {picker('employee')}
    </div>
  );
}
