import { Modal } from '../ui/Modal';
import { SHORTCUT_GROUPS, SHORTCUTS, keyLabel } from './shortcuts';

/** Every shortcut of the app, grouped, from the one list in shortcuts.ts. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} className="modal--wide shortcut-sheet">
      <div className="shortcut-sheet__groups">
        {SHORTCUT_GROUPS.map((group) => {
          const items = SHORTCUTS.filter((s) => s.group === group);
          if (items.length === 0) return null;
          return (
            <section key={group} className="shortcut-sheet__group" aria-label={group}>
              <h3>{group}</h3>
              <dl>
                {items.map((s) => (
                  <div key={`${s.action}:${s.keys.join()}`} className="shortcut-sheet__row">
                    <dt>
                      {s.keys.map((k, i) => (
                        <span key={k}>
                          {i > 0 && <span className="shortcut-sheet__or"> or </span>}
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
