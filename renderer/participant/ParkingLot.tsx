import { useState } from 'react';
import type { TandemDoc } from '../../shared/schema/document';
import { AddNote } from './AddForms';
import { usePageT } from './i18n';
import { NoteList } from './NoteList';

/** The parking lot on a participant's page: notes that belong to no card yet, and a way to add one. */
export function ParkingLot(props: {
  doc: TandemDoc;
  mine: ReadonlySet<string>;
  locked: boolean;
  onAdd: (text: string) => void;
  onWithdraw: (id: string) => void;
}) {
  const t = usePageT('workshop');
  const [open, setOpen] = useState(false);
  const loose = props.doc.notes.filter((n) => n.cardId === null);
  return (
    <section className="lane parking-lot" aria-label={t('participant.parkingLot')}>
      <h3>{t('participant.parkingLot')}</h3>
      <p className="empty">{t('participant.parkingLot.hint')}</p>
      <NoteList notes={loose} mine={props.mine} locked={props.locked} onWithdraw={props.onWithdraw} />
      {!props.locked &&
        (open ? (
          <AddNote
            label={t('participant.form.noteLoose')}
            onAdd={(text) => {
              props.onAdd(text);
              setOpen(false);
            }}
            onCancel={() => setOpen(false)}
          />
        ) : (
          <button type="button" className="add-card" onClick={() => setOpen(true)}>
            {t('participant.parkingLot.add')}
          </button>
        ))}
    </section>
  );
}
