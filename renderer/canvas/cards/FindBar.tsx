import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MapLayout } from '../../../shared/layout';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useT } from '../../i18n';
import { findCards } from './findCards';

/** The find bar (Ctrl/Cmd+F) over the top of the canvas; shown only while open. */
export function FindBar({ layout, onStep }: { layout: MapLayout; onStep: (cardId: string) => void }) {
  const open = useEditor((s) => s.findOpen);
  return open ? <OpenFindBar layout={layout} onStep={onStep} /> : null;
}

/**
 * Matches card titles, notes, tags and keys as the user types, highlights them on the canvas and says how many
 * there are; Enter and Shift+Enter step through them (selecting and centring each), Escape closes.
 */
function OpenFindBar({ layout, onStep }: { layout: MapLayout; onStep: (cardId: string) => void }) {
  const store = useEditorStore();
  const t = useT('canvas');
  const query = useEditor((s) => s.findQuery);
  const doc = useEditor((s) => s.doc);
  const openCount = useEditor((s) => s.findFocusRequests);
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => findCards(doc.cards, layout, query), [doc.cards, layout, query]);
  // -1 until the user steps: typing highlights every match but moves the view only on Enter.
  const [index, setIndex] = useState(-1);
  const at = hits.length ? Math.min(index, hits.length - 1) : -1;
  const current = at >= 0 ? (hits[at] ?? null) : null;

  useEffect(() => {
    store.getState().setFindHits(new Set(hits), current);
  }, [store, hits, current]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: openCount is the trigger: each Ctrl+F puts the caret back in the field, even when the bar is already open
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [openCount]);

  const step = (delta: number) => {
    if (!hits.length) return;
    const next = at < 0 ? (delta > 0 ? 0 : hits.length - 1) : (at + delta + hits.length) % hits.length;
    setIndex(next);
    const id = hits[next]!;
    store.getState().select([id]);
    onStep(id);
  };

  const close = () => {
    store.getState().closeFind();
    // Back to the canvas, so the arrow keys and Enter act on the card found.
    document.querySelector<HTMLElement>('.canvas')?.focus({ preventScroll: true });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') step(e.shiftKey ? -1 : 1);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const status = !query.trim()
    ? ''
    : hits.length === 0
      ? t('find.noMatches')
      : at < 0
        ? t('find.matches', { count: hits.length })
        : t('find.position', { at: at + 1, total: hits.length });
  return (
    <search className="find-bar nodrag nopan nowheel">
      <input
        ref={input}
        className="find-bar__input"
        type="search"
        aria-label={t('find.field')}
        placeholder={t('find.placeholder')}
        value={query}
        onChange={(e) => {
          setIndex(-1);
          store.getState().setFindQuery(e.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <span className="find-bar__status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="find-bar__button"
        aria-label={t('find.previous')}
        title={t('find.previousTitle')}
        disabled={!hits.length}
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="find-bar__button"
        aria-label={t('find.next')}
        title={t('find.nextTitle')}
        disabled={!hits.length}
        onClick={() => step(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="find-bar__button"
        aria-label={t('find.close')}
        title={t('find.closeTitle')}
        onClick={close}
      >
        ×
      </button>
    </search>
  );
}
