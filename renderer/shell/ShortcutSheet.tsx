import { Modal } from '../ui/Modal';
import { useT } from '../i18n';
import { actionGroupName } from '../ui/actions/action';
import { SHORTCUT_GROUPS, allShortcuts, keyLabel } from './shortcuts';

/** Every shortcut of the app, grouped, from the one list in shortcuts.ts, in the UI's language. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const t = useT('actions');
  const shortcuts = allShortcuts();
  return (
    <Modal title={t('action.shortcuts')} onClose={onClose} className="modal--wide shortcut-sheet">
      <div className="shortcut-sheet__groups">
        {SHORTCUT_GROUPS.map((group) => {
          const items = shortcuts.filter((s) => s.group === group);
          if (items.length === 0) return null;
          return (
            <section key={group} className="shortcut-sheet__group" aria-label={actionGroupName(group)}>
              <h3>{actionGroupName(group)}</h3>
              <dl>
                {items.map((s) => (
                  <div key={`${s.action}:${s.keys.join()}`} className="shortcut-sheet__row">
                    <dt>
                      {s.keys.map((k, i) => (
                        <span key={k}>
                          {i > 0 && <span className="shortcut-sheet__or"> {t('sheet.or')} </span>}
                          <kbd>{keyLabel(k)}</kbd>
                        </span>
                      ))}
                    </dt>
                    <dd>{s.action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
    </Modal>
  );
}
