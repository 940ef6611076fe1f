import { useT } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';
import '../../styles/keyboard.css';

/**
 * The first stop of Tab in the editor: a skip link (a button, as it runs code) past the toolbar and the map straight to the side panel's tabs
 * (opening the panel if it was hidden). Out of sight until it has the focus.
 */
export function SkipLink() {
  const t = useT('keyboard');
  const store = useEditorStore();
  const go = () => {
    if (!store.getState().panelsOpen) store.getState().togglePanels();
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.side-panel [role="tab"][aria-selected="true"]')?.focus(),
    );
  };
  return (
    <button type="button" className="skip-link" onClick={go}>
      {t('skip.toPanel')}
    </button>
  );
}
