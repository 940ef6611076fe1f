import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ViewportPortal, useStore } from '@xyflow/react';
import { type LinkKind, linkKindSchema } from '../../../shared/schema/link';
import { sayIn, useT, useVocabulary } from '../../i18n';
import { useEditorStore } from '../../store/useEditor';

interface Props {
  id: string;
  kind: LinkKind;
  label: string;
  x: number;
  y: number;
}

/**
 * The toolbar of the selected link: its kind, its label and delete. It sits on the link but keeps its size at
 * any zoom, so it stays readable. A click elsewhere closes it; its keys (Escape closes, Delete removes the link)
 * are actions of the registry (linkActions.ts).
 */
export function LinkToolbar({ id, kind, label, x, y }: Props) {
  const store = useEditorStore();
  const t = useT('canvas');
  const vocab = useVocabulary();
  const zoom = useStore((s) => s.transform[2]);
  const ref = useRef<HTMLDivElement>(null);
  const [text, setText] = useState(label);
  useEffect(() => setText(label), [label]);

  useEffect(() => {
    const away = (e: PointerEvent) => {
      const t = e.target as Element | null;
      if (ref.current?.contains(t as Node) || t?.closest?.(`[data-id="${CSS.escape(id)}"]`)) return;
      store.getState().selectLink(null);
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  });

  function remove() {
    store.getState().selectLink(null);
    store.getState().dispatch({ type: 'link/delete', id }, sayIn('canvas')('undo.deleteLink'));
  }
  const retype = (next: LinkKind) => {
    if (next !== kind)
      store
        .getState()
        .dispatch({ type: 'link/update', id, patch: { kind: next } }, sayIn('canvas')('undo.changeLinkKind'));
  };
  const commitLabel = () => {
    const next = text.trim();
    if (next !== label)
      store.getState().dispatch({ type: 'link/update', id, patch: { label: next } }, sayIn('canvas')('undo.labelLink'));
  };
  const onLabelKey = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      commitLabel();
      e.currentTarget.blur();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setText(label);
      e.currentTarget.blur();
    }
  };

  return (
    <ViewportPortal>
      <div
        ref={ref}
        className="link-toolbar nodrag nopan nowheel"
        role="toolbar"
        aria-label={t('link.toolbar')}
        style={{ transform: `translate(${x}px, ${y}px) scale(${1 / zoom}) translate(-50%, 18px)` }}
      >
        <fieldset className="link-toolbar__kinds" aria-label={t('link.kinds')}>
          {linkKindSchema.options.map((k) => (
            <button
              key={k}
              type="button"
              className={`link-toolbar__kind link-toolbar__kind--${k}`}
              aria-pressed={k === kind}
              title={t('link.kindTitle', { kind: vocab(`linkKind.${k}`), meaning: vocab(`linkKindMeaning.${k}`) })}
              onClick={() => retype(k)}
            >
              <span aria-hidden="true" className={`link-swatch link-swatch--${k}`} />
              {vocab(`linkKind.${k}`)}
            </button>
          ))}
        </fieldset>
        <input
          className="link-toolbar__label"
          aria-label={t('link.label')}
          placeholder={t('link.labelPlaceholder')}
          maxLength={120}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onLabelKey}
          onBlur={commitLabel}
        />
        <button type="button" className="link-toolbar__delete" onClick={remove}>
          {t('link.delete')}
        </button>
      </div>
    </ViewportPortal>
  );
}
