import { useEffect, type RefObject } from 'react';
import { cellCards } from '../../../shared/placement';
import { isTextField } from '../../ui/textField';
import {
  CLIPBOARD_MIME,
  MAX_TEXT_CARDS,
  MAX_TITLE,
  textPasteLosses,
  copyPayload,
  parsePayload,
  payloadFromText,
  payloadText,
  rememberPayload,
  rememberedPayload,
  type PasteTarget,
} from '../../store/clipboard';
import type { EditorState } from '../../store/types';
import { useEditorStore } from '../../store/useEditor';
import { defaultCell } from '../../../shared/placement';
import { sayIn } from '../../i18n';

/** Where a paste goes: after the selected card in its cell, or back into the copied cards' own cells. */
export function pasteTarget(s: EditorState): PasteTarget {
  const card = s.doc.cards.find((c) => c.id === s.selection.at(-1));
  if (!card) return { kind: 'original', afterOriginal: false };
  const index = cellCards(s.doc, card.laneId, card.stageId).findIndex((c) => c.id === card.id) + 1;
  return { kind: 'cell', laneId: card.laneId, stageId: card.stageId, index };
}

/** Pastes clipboard contents: a Tandem payload (ours, or remembered in this window), else one card per line of text. */
export function pasteFromClipboard(s: EditorState, tandemJson: string, text: string): boolean {
  let fromText = false;
  const payload =
    parsePayload(tandemJson) ??
    parsePayload(text) ??
    rememberedPayload(text) ??
    (() => {
      const cell = pasteTarget(s);
      const at = cell.kind === 'cell' ? cell : defaultCell(s.doc);
      fromText = true;
      return at ? payloadFromText(text, at.laneId, at.stageId) : null;
    })();
  if (!payload) return false;
  const pasted = s.pastePayload(payload, pasteTarget(s)).length > 0;
  if (pasted && fromText) {
    // Nothing is dropped without a word: say what the limits left out, and what was kept.
    const { dropped, cut } = textPasteLosses(text);
    const say = sayIn('canvas');
    const told = [
      ...(dropped > 0
        ? [say('paste.dropped', { count: dropped, kept: payload.cards.length, max: MAX_TEXT_CARDS })]
        : []),
      ...(cut > 0 ? [say('paste.cut', { count: cut, max: MAX_TITLE })] : []),
    ];
    if (told.length > 0) s.showError(told.join(' '));
  }
  return pasted;
}

/**
 * Cut, copy and paste of the selected cards through the DOM clipboard events, which Ctrl/Cmd+X/C/V raise in the
 * browser and Electron's Edit menu raises through its roles: the event's clipboardData is the system clipboard,
 * readable and writable without a permission prompt. The cards go on it as JSON under our own type, and as
 * their titles in plain text for other applications; the window remembers them too, in case the system
 * clipboard drops our type. Text fields, dialogs and selected page text keep their own clipboard behaviour.
 */
export function useClipboardEvents(canvas: RefObject<HTMLElement | null>): void {
  const store = useEditorStore();
  useEffect(() => {
    const ours = (e: ClipboardEvent): boolean => {
      const target = e.target;
      if (isTextField(target) || store.getState().dialog || store.getState().editing) return false;
      if (target instanceof Node && target !== document.body && !canvas.current?.contains(target)) return false;
      const text = window.getSelection();
      return !text || text.isCollapsed || !!canvas.current?.contains(text.anchorNode);
    };
    const onCopyOrCut = (e: ClipboardEvent) => {
      if (!ours(e)) return;
      const s = store.getState();
      const payload = copyPayload(s.doc, s.selection);
      if (!payload) return;
      e.preventDefault();
      e.clipboardData?.setData('text/plain', payloadText(payload));
      e.clipboardData?.setData(CLIPBOARD_MIME, JSON.stringify(payload));
      rememberPayload(payload);
      if (e.type === 'cut') s.deleteSelection(sayIn('canvas')('undo.cutCards', { count: payload.cards.length }));
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!ours(e)) return;
      const json = e.clipboardData?.getData(CLIPBOARD_MIME) ?? '';
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (pasteFromClipboard(store.getState(), json, text)) e.preventDefault();
    };
    document.addEventListener('copy', onCopyOrCut);
    document.addEventListener('cut', onCopyOrCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopyOrCut);
      document.removeEventListener('cut', onCopyOrCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, canvas]);
}
