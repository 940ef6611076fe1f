import type { Side } from '../../shared/schema/common';
import { useEditor, useEditorStore } from '../store/useEditor';
import { SelectField } from '../ui/fields/SelectField';
import { useT } from '../i18n';

const SLOT = { customer: 'customerPersonaId', employee: 'employeePersonaId' } as const;

/** Chooses the map's customer and employee persona (shown in the title block). */
export function MapPersonaPicker() {
  const t = useT('panels');
  const store = useEditorStore();
  const personas = useEditor((s) => s.doc.personas);
  const meta = useEditor((s) => s.doc.meta);
  const picker = (side: Side) => {
    const choices = personas
      .filter((p) => p.side === side)
      .map((p) => ({ value: p.id, label: p.name || t('persona.unnamed') }));
    return (
      <SelectField
        label={side === 'customer' ? t('picker.customer') : t('picker.employee')}
        value={meta[SLOT[side]] ?? ''}
        options={[{ value: '', label: t('picker.none') }, ...choices]}
        onChange={(id) =>
          store.getState().dispatch({ type: 'map/update', patch: { [SLOT[side]]: id === '' ? null : id } })
        }
        hint={choices.length === 0 ? t(side === 'customer' ? 'picker.noCustomer' : 'picker.noEmployee') : undefined}
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
