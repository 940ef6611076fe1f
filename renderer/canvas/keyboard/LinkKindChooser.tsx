import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { linkKindSchema, type LinkKind } from '../../../shared/schema/link';
import { useT, useVocabulary } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';
import { useCanvasPort } from '../../ui/actions/canvasPort';
import { cancelCarrying, linkCards } from './keyboardActions';
import { useKeyboardState } from './keyboardState';

const LINK_KINDS: readonly LinkKind[] = linkKindSchema.options;

/**
 * The small list that asks which kind a keyboard-drawn link is (flow, support, handoff), the one the map suggests
 * chosen first. A listbox with the focus: Up / Down (or 1–3) choose, Enter links, Escape cancels the whole link.
 * Its keys are its own (React's onKeyDown, ADR 0011), so nothing under it sees them.
 */
export function LinkKindChooser() {
  const mode = useKeyboardState((s) => s.mode);
  if (mode.kind !== 'kind') return null;
  return (
    <Chooser key={`${mode.fromId}>${mode.toId}`} fromId={mode.fromId} toId={mode.toId} suggested={mode.suggested} />
  );
}

function Chooser({ fromId, toId, suggested }: { fromId: string; toId: string; suggested: LinkKind }) {
  const t = useT('keyboard');
  const vocab = useVocabulary();
  const store = useEditorStore();
  const port = useCanvasPort();
  const [active, setActive] = useState(LINK_KINDS.indexOf(suggested));
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => list.current?.focus(), []);

  const finish = (kind: LinkKind | null) => {
    if (kind) linkCards({ store }, fromId, toId, kind);
    else cancelCarrying({ store });
    port.element?.focus({ preventScroll: true });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const n = LINK_KINDS.length;
    let handled = true;
    if (e.key === 'ArrowDown') setActive((i) => (i + 1) % n);
    else if (e.key === 'ArrowUp') setActive((i) => (i + n - 1) % n);
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(n - 1);
    else if (e.key === 'Enter' || e.key === ' ') finish(LINK_KINDS[active] ?? null);
    else if (e.key === 'Escape') finish(null);
    else if (/^[1-9]$/.test(e.key) && Number(e.key) <= n) finish(LINK_KINDS[Number(e.key) - 1] ?? null);
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  return (
    <div className="link-kind-chooser" data-testid="link-kind-chooser">
      <div className="link-kind-chooser__title" id="link-kind-title">
        {t('link.kindTitle')}
      </div>
      <div
        ref={list}
        role="listbox"
        tabIndex={0}
        aria-labelledby="link-kind-title"
        aria-activedescendant={`link-kind-${LINK_KINDS[active]}`}
        className="link-kind-chooser__list"
        onKeyDown={onKeyDown}
      >
        {LINK_KINDS.map((kind, i) => (
          <div
            key={kind}
            id={`link-kind-${kind}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={`link-kind-chooser__option${i === active ? ' link-kind-chooser__option--on' : ''}`}
            onClick={() => finish(kind)}
            onKeyDown={onKeyDown}
          >
            <span className="link-kind-chooser__number" aria-hidden="true">
              {i + 1}
            </span>{' '}
            <span className={`link-kind-chooser__swatch link-kind-chooser__swatch--${kind}`} aria-hidden="true" />{' '}
            {vocab(`linkKind.${kind}`)} —{' '}
            <span className="link-kind-chooser__meaning">{vocab(`linkKindMeaning.${kind}`)}</span>
          </div>
        ))}
      </div>
      <div className="link-kind-chooser__hint">{t('link.kindHint')}</div>
    </div>
  );
}
