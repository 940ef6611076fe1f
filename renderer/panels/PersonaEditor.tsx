import { useId, useState, type ChangeEvent } from 'react';
import type { Persona } from '../../shared/schema/persona';
import { label } from '../../shared/vocabulary';
import { useEditor, useEditorStore } from '../store/useEditor';
import { CommitText } from '../ui/fields/CommitText';
import { PersonaAvatar } from './PersonaAvatar';
import { readPicture } from './pictureFile';
import { useT, useVocabulary } from '../i18n';

type PersonaPatch = Partial<Omit<Persona, 'id'>>;

/** One persona: picture, name, role, goals and frustrations, each saved when the user leaves the field. */
export function PersonaEditor({ persona, fresh = false }: { persona: Persona; fresh?: boolean }) {
  const store = useEditorStore();
  const t = useT('panels');
  const vocabulary = useVocabulary();
  const fileId = useId();
  const chosen = useEditor(
    (s) => s.doc.meta.customerPersonaId === persona.id || s.doc.meta.employeePersonaId === persona.id,
  );
  const [pictureError, setPictureError] = useState<string | null>(null);
  const update = (patch: PersonaPatch): string | null =>
    store.getState().dispatch({ type: 'persona/update', id: persona.id, patch })
      ? null
      : (store.getState().error ?? t('refused'));
  const slot = persona.side === 'customer' ? 'customerPersonaId' : 'employeePersonaId';

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const r = await readPicture(file);
    input.value = '';
    if (!r.ok) setPictureError(r.message);
    else setPictureError(update({ picture: r.dataUrl }));
  };
  const remove = () => {
    // The map's title block names this persona: the delete clears that too, in the same undoable step.
    store
      .getState()
      .dispatch({ type: 'persona/delete', id: persona.id }, t('persona.deleteStep', { name: persona.name }).trim());
  };

  return (
    <li className="persona" aria-label={persona.name || t('persona.unnamed')}>
      <div className="persona__head">
        <PersonaAvatar persona={persona} size={56} />
        <div className="persona__picture">
          <label className="panel-button" htmlFor={fileId}>
            {persona.picture ? t('persona.changePicture') : t('persona.addPicture')}
          </label>
          <input
            id={fileId}
            className="persona__file"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-label={persona.name ? t('persona.pictureOf', { name: persona.name }) : t('persona.picture')}
            onChange={(e) => void onFile(e)}
          />
          {persona.picture && (
            <button type="button" className="panel-button" onClick={() => setPictureError(update({ picture: null }))}>
              {t('persona.removePicture')}
            </button>
          )}
        </div>
        <span className={`persona__side persona__side--${persona.side}`}>
          {label(`side.${persona.side}`, { t: vocabulary })}
        </span>
      </div>
      {pictureError && (
        <p className="panel-field__error" role="alert">
          {pictureError}
        </p>
      )}
      <CommitText
        label={t('persona.name')}
        value={persona.name}
        autoFocus={fresh}
        onCommit={(name) => update({ name })}
      />
      <CommitText label={t('persona.role')} value={persona.role} onCommit={(role) => update({ role })} />
      <CommitText label={t('persona.goals')} value={persona.goals} multiline onCommit={(goals) => update({ goals })} />
      <CommitText
        label={t('persona.frustrations')}
        value={persona.frustrations}
        multiline
        onCommit={(frustrations) => update({ frustrations })}
      />
      <div className="persona__actions">
        {chosen ? (
          <span className="persona__chosen">{t('persona.chosen')}</span>
        ) : (
          <button
            type="button"
            className="panel-button"
            onClick={() => store.getState().dispatch({ type: 'map/update', patch: { [slot]: persona.id } })}
          >
            {t('persona.use')}
          </button>
        )}
        <button type="button" className="panel-button panel-button--danger" onClick={remove}>
          {t('persona.delete')}
        </button>
      </div>
    </li>
  );
}
