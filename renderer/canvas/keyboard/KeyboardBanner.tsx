import { useT } from '../../i18n';
import { useKeyboardState } from './keyboardState';

/** A line on top of the canvas while a card is carried or a link drawn, saying which keys finish and cancel it. */
export function KeyboardBanner() {
  const t = useT('keyboard');
  const mode = useKeyboardState((s) => s.mode.kind);
  if (mode !== 'move' && mode !== 'link') return null;
  // Said once through the live region when it began; here for the eyes only.
  return (
    <div className={`keyboard-banner keyboard-banner--${mode}`} aria-hidden="true" data-testid="keyboard-banner">
      {t(mode === 'move' ? 'move.banner' : 'link.banner')}
    </div>
  );
}
