import { useState } from 'react';
import { makePersona } from '../../shared/factories';
import type { Side } from '../../shared/schema/common';
import { useEditor, useEditorStore } from '../store/useEditor';
import { MapPersonaPicker } from './MapPersonaPicker';
import { PersonaEditor } from './PersonaEditor';
import { useT } from '../i18n';

/** Customer and employee personas: the two the map shows, then every persona to edit, then add buttons. */
export function PersonasPanel() {
  const t = useT('panels');
  const store = useEditorStore();
  const personas = useEditor((s) => s.doc.personas);
  // The persona just added gets the focus in its name field, so the user can type the name straight away.
  const [added, setAdded] = useState<string | null>(null);
  const add = (side: Side) => {
    const persona = makePersona({
      side,
      name: side === 'customer' ? t('persona.newCustomer') : t('persona.newEmployee'),
    });
    if (
      store
        .getState()
        .dispatch(
          { type: 'persona/add', persona },
          t(side === 'customer' ? 'persona.addCustomer' : 'persona.addEmployee'),
        )
    )
      setAdded(persona.id);
  };
  const group = (side: Side, heading: string) => {
    const list = personas.filter((p) => p.side === side);
    return (
      <>
        <h3 className="panel-heading">{heading}</h3>
        {list.length === 0 && <p className="inspector__hint">{t('persona.noneYet')}</p>}
        <ul className="personas__list">
          {list.map((p) => (
            <PersonaEditor key={p.id} persona={p} fresh={p.id === added} />
          ))}
        </ul>
        <button type="button" className="panel-button panel-button--primary" onClick={() => add(side)}>
          {t(side === 'customer' ? 'persona.addCustomer' : 'persona.addEmployee')}
        </button>
      </>
    );
  };
  return (
    <section className="personas" aria-label={t('persona.section')}>
      <MapPersonaPicker />
      {group('customer', t('persona.customers'))}
      {group('employee', t('persona.employees'))}
    </section>
  );
}
