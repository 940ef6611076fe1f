import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../i18n';
import { useEditorStore } from '../store/useEditor';
import { actionLabel, type Action } from '../ui/actions/action';
import { keyLabel } from '../ui/actions/keys';
import { Modal } from '../ui/Modal';
import { paletteMatches } from './actions/paletteMatches';
import { ACTIONS } from './actions/registry';
import { isEnabled, useActionContext, useRunAction } from './actions/useRunAction';

/**
 * The command palette (Ctrl+K / ⌘K): type to find any action that can run now, arrows to choose, Enter to run,
 * Esc to close. Focus goes back where it was before the action runs, so an action on the selection acts on it.
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const t = useT('app');
  const store = useEditorStore();
  const context = useActionContext();
  const runAction = useRunAction();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Asked once, as the window stood before the palette opened: disabled actions are left out, not greyed.
  const runnable = useMemo(() => {
    const ctx = context('palette', null, { ...store.getState(), dialog: null });
    return ACTIONS.filter((a) => a.palette !== false && isEnabled(a, ctx));
  }, [context, store]);
  const shown = paletteMatches(runnable, query);
  const current = Math.min(active, shown.length - 1);

  const run = (action: Action | undefined) => {
    if (!action) return;
    // Close first, and at once: the dialog's focus goes back to where the user was, and the action sees no dialog.
    flushSync(onClose);
    runAction(action.id, 'palette');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && shown.length > 0) {
      e.preventDefault();
      setActive((current + step + shown.length) % shown.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(shown[current]);
    }
  };
  const optionId = (a: Action) => `${listId}-${a.id}`;
  const activeAction = shown[current];

  return (
    <Modal title={t('palette.title')} onClose={onClose} className="command-palette">
      <input
        className="command-palette__input"
        role="combobox"
        aria-label={t('palette.field')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeAction ? optionId(activeAction) : undefined}
        placeholder={t('palette.placeholder')}
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="command-palette__list" id={listId} role="listbox" aria-label={t('palette.list')}>
        {shown.map((a, i) => {
          const key = a.keys?.[0] ?? a.keysShown?.[0];
          return (
            // The combobox keeps the focus and names the active option (aria-activedescendant), as the pattern asks:
            // options are never focused themselves, and their keys are the combobox's.
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox above takes the keys for the whole list.
            // biome-ignore lint/a11y/useFocusableInteractive: see above; focus stays in the combobox.
            <div
              key={a.id}
              id={optionId(a)}
              role="option"
              aria-selected={i === current}
              className="command-palette__option"
              onMouseMove={() => i !== current && setActive(i)}
              onClick={() => run(a)}
            >
              <span>{actionLabel(a)}</span>
              {key && <kbd>{keyLabel(key)}</kbd>}
            </div>
          );
        })}
      </div>
      {shown.length === 0 && (
        <p className="command-palette__empty" role="status">
          {t('palette.noMatch', { query })}
        </p>
      )}
    </Modal>
  );
}
