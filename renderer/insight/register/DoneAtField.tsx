import { useId } from 'react';
import { calendarDaySchema, type Opportunity } from '../../../shared/schema/opportunity';
import { useT } from '../../i18n';

/** The day a done action was done (UTC), a date field: a complete, existing date is one undoable edit. */
export function DoneAtField({ action, onCommit }: { action: Opportunity; onCommit(doneAt: string): void }) {
  const t = useT('promises');
  const id = useId();
  return (
    <div className="field">
      <label className="panel-field__label" htmlFor={id}>
        {t('action.doneAt')}
      </label>
      <input
        id={id}
        type="date"
        value={action.doneAt ?? ''}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const day = e.currentTarget.value;
          if (day !== action.doneAt && calendarDaySchema.safeParse(day).success) onCommit(day);
        }}
      />
      <p className="panel-field__hint" id={`${id}-hint`}>
        {t('action.doneAtHint')}
      </p>
    </div>
  );
}
