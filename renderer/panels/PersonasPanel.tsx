import { useState } from 'react';
import { makePersona } from '../../shared/factories';
import type { Side } from '../../shared/schema/common';
import { useEditor, useEditorStore } from '../store/useEditor';
import { MapPersonaPicker } from './MapPersonaPicker';
import { PersonaEditor } from './PersonaEditor';

/** Customer and employee personas: the two the map shows, then every persona to edit, then add buttons. */
export function PersonasPanel() {
  const store = useEditorStore();
  const personas = useEditor((s) => s.doc.personas);
  // The persona just added gets the focus in its name field, so the user can type the name straight away.
  const [added, setAdded] = useState<string | null>(null);
  const add = (side: Side) => {
    const persona = makePersona({ side, name: side === 'customer' ? 'New customer' : 'New employee' });
    if (store.getState().dispatch({ type: 'persona/add', persona }, `Add ${side} persona`)) setAdded(persona.id);
  };
  const group = (side: Side, heading: string) => {
    const list = personas.filter((p) => p.side === side);
    return (
      <>
        <h3 className="panel-heading">{heading}</h3>
        {list.length === 0 && <p className="inspector__hint">None yet.</p>}
        <ul className="personas__list">
          {list.map((p) => (
            <PersonaEditor key={p.id} persona={p} fresh={p.id === added} />
          ))}
        </ul>
        <button type="button" className="panel-button panel-button--primary" onClick={() => add(side)}>
          Add {side} persona
        </button>
      </>
    );
  };
  return (
    <section className="personas" aria-label="Personas">
      <MapPersonaPicker />
      {group('customer', 'Customer personas')}
      {group('employee', 'Employee personas')}
    </section>
  );
}
