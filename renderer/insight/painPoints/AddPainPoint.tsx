import { useId, useRef, useState, type FormEvent } from 'react';
import { makePainPoint } from '../../../shared/factories';
import type { Card } from '../../../shared/schema/card';
import type { PainSide } from '../../../shared/schema/painPoint';
import { useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';

// Lanes above the line of interaction are the customer's; anything else is felt by staff first.
const CUSTOMER_LANES = new Set(['customer', 'touchpoint']);

/**
 * A field that adds a pain point to the card: type, press Enter, type the next. The new one starts at severity 3,
 * reach 3, on the customer's side for a customer or touchpoint card and the employee's for any other.
 */
export function AddPainPoint({ card }: { card: Card }) {
  const id = useId();
  const store = useEditorStore();
  const t = useT('insight');
  const laneKind = useEditor((s) => s.doc.lanes.find((l) => l.id === card.laneId)?.kind);
  const [title, setTitle] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const side: PainSide = laneKind && CUSTOMER_LANES.has(laneKind) ? 'customer' : 'employee';

  const add = (e: FormEvent) => {
    e.preventDefault();
    const text = title.trim();
    if (!text) return;
    const painPoint = makePainPoint({ cardId: card.id, title: text, side });
    if (store.getState().dispatch({ type: 'painPoint/add', painPoint }, t('undo.addPainPoint'))) setTitle('');
    input.current?.focus();
  };
  return (
    <form className="pp-add" onSubmit={add}>
      <label className="panel-field__label" htmlFor={id}>
        {t('pain.new')}
      </label>
      <div className="pp-add__row">
        <input
          ref={input}
          id={id}
          className="panel-field__input"
          value={title}
          maxLength={300}
          placeholder={t('pain.newPlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className="pp-button pp-button--primary" disabled={title.trim() === ''}>
          {t('pain.add')}
        </button>
      </div>
    </form>
  );
}
