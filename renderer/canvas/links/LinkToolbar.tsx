import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ViewportPortal, useStore } from '@xyflow/react';
import { type LinkKind, linkKindSchema } from '../../../shared/schema/link';
import { label as vocab } from '../../../shared/vocabulary';
import { isTextField } from '../../ui/textField';
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
 * any zoom, so it stays readable. Escape or a click elsewhere closes it; Delete removes the link.
 */
export function LinkToolbar({ id, kind, label, x, y }: Props) {
  const store = useEditorStore();
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
    const keys = (e: globalThis.KeyboardEvent) => {
      if (isTextField(e.target)) return;
      if (e.key === 'Escape') store.getState().selectLink(null);
      else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        remove();
      }
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('keydown', keys);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('keydown', keys);
    };
  });

  function remove() {
    store.getState().selectLink(null);
    store.getState().dispatch({ type: 'link/delete', id }, 'Delete link');
  }
  const retype = (next: LinkKind) => {
    if (next !== kind)
      store.getState().dispatch({ type: 'link/update', id, patch: { kind: next } }, 'Change link kind');
  };
  const commitLabel = () => {
    const next = text.trim();
    if (next !== label) store.getState().dispatch({ type: 'link/update', id, patch: { label: next } }, 'Label link');
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
        aria-label="Link"
        style={{ transform: `translate(${x}px, ${y}px) scale(${1 / zoom}) translate(-50%, 18px)` }}
      >
        <div className="link-toolbar__kinds" role="group" aria-label="Kind of link">
          {linkKindSchema.options.map((k) => (
            <button
              key={k}
              type="button"
              className={`link-toolbar__kind link-toolbar__kind--${k}`}
              aria-pressed={k === kind}
              title={`${vocab(`linkKind.${k}`)}: ${vocab(`linkKindMeaning.${k}`)}`}
              onClick={() => retype(k)}
            >
              <span aria-hidden="true" className={`link-swatch link-swatch--${k}`} />
              {vocab(`linkKind.${k}`)}
            </button>
          ))}
        </div>
        <input
          className="link-toolbar__label"
          aria-label="Link label"
          placeholder="Label…"
          maxLength={120}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onLabelKey}
          onBlur={commitLabel}
        />
        <button type="button" className="link-toolbar__delete" onClick={remove}>
          Delete
        </button>
      </div>
    </ViewportPortal>
  );
}
