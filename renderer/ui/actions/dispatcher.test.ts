import { afterEach, describe, expect, it } from 'vitest';
import { createFakeHost, sampleOpened } from '../../../test/helpers/renderEditor';
import { createEditorStore, type EditorStore } from '../../store/editorStore';
import type { Action, ActionContext } from './action';
import { createCanvasPort } from './canvasPort';
import { dispatchKey } from './dispatcher';
import { keyLabel, matchesBinding, parseBinding, toAccelerator } from './keys';

const key = (init: KeyboardEventInit & { key: string }, target: EventTarget = document.body) => {
  const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(e, 'target', { value: target });
  return e;
};

function setup() {
  const opened = sampleOpened();
  const store = createEditorStore(opened, createFakeHost(opened).client);
  const ran: string[] = [];
  const context =
    (s: EditorStore) =>
    (e: KeyboardEvent): ActionContext => ({
      store: s,
      state: s.getState(),
      canvas: createCanvasPort(),
      client: null,
      source: 'key',
      event: e,
    });
  const action = (id: string, keys: string[], extra: Partial<Action> = {}): Action => ({
    id,
    labelKey: 'action.undo',
    group: 'Map',
    keys,
    perform: () => void ran.push(id),
    ...extra,
  });
  return { store, ran, context: context(store), action };
}

afterEach(() => document.body.replaceChildren());

describe('key combinations', () => {
  it('reads Mod as Ctrl on Windows and Linux and as ⌘ on a Mac, and nothing else', () => {
    const undo = parseBinding('Mod+Z');
    expect(matchesBinding(key({ key: 'z', ctrlKey: true }), undo, false)).toBe(true);
    expect(matchesBinding(key({ key: 'z', metaKey: true }), undo, false)).toBe(false);
    expect(matchesBinding(key({ key: 'z', metaKey: true }), undo, true)).toBe(true);
    expect(matchesBinding(key({ key: 'z', ctrlKey: true }), undo, true)).toBe(false);
    // Ctrl is the Control key everywhere, as Ctrl+Y for Redo.
    expect(matchesBinding(key({ key: 'y', ctrlKey: true }), parseBinding('Ctrl+Y'), true)).toBe(true);
  });

  it('compares Shift exactly for letters and ignores it for symbols that need it on some layouts', () => {
    expect(matchesBinding(key({ key: 'Z', ctrlKey: true, shiftKey: true }), parseBinding('Mod+Z'), false)).toBe(false);
    expect(matchesBinding(key({ key: 'Z', ctrlKey: true, shiftKey: true }), parseBinding('Mod+Shift+Z'), false)).toBe(
      true,
    );
    expect(matchesBinding(key({ key: '?', shiftKey: true }), parseBinding('?'), false)).toBe(true);
    expect(matchesBinding(key({ key: '+', ctrlKey: true, shiftKey: true }), parseBinding('Mod++'), false)).toBe(true);
    expect(matchesBinding(key({ key: 'n', altKey: true }), parseBinding('N'), false)).toBe(false);
  });

  it('writes a combination for people and for the desktop menu', () => {
    expect(keyLabel('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(keyLabel('Mod+Shift+S', true)).toBe('⌘+Shift+S');
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(toAccelerator('Delete')).toBe('Delete');
  });
});

describe('the keyboard dispatcher', () => {
  it('runs the first enabled action bound to the key and prevents the default only then', () => {
    const { ran, context, action } = setup();
    const actions = [
      action('never', ['Escape'], { enabled: () => false }),
      action('declines', ['Escape'], { perform: () => false }),
      action('clears', ['Escape']),
      action('also', ['Escape']),
    ];
    const esc = key({ key: 'Escape' });
    expect(dispatchKey(actions, esc, context, 'bubble', false)?.id).toBe('clears');
    expect(ran).toEqual(['clears']);
    expect(esc.defaultPrevented).toBe(true);
    const other = key({ key: 'q' });
    expect(dispatchKey(actions, other, context, 'bubble', false)).toBeNull();
    expect(other.defaultPrevented).toBe(false);
  });

  it('leaves keys typed in a text field to the field', () => {
    const { ran, context, action } = setup();
    const input = document.createElement('input');
    document.body.append(input);
    const e = key({ key: 'n' }, input);
    expect(dispatchKey([action('add', ['N'])], e, context, 'bubble', false)).toBeNull();
    expect(ran).toEqual([]);
    expect(e.defaultPrevented).toBe(false);
  });

  it('leaves keys to an open dialog', () => {
    const { store, ran, context, action } = setup();
    store.getState().openDialog('shortcuts');
    expect(dispatchKey([action('undo', ['Mod+Z'])], key({ key: 'z', ctrlKey: true }), context, 'bubble', false)).toBe(
      null,
    );
    expect(ran).toEqual([]);
  });

  it('takes canvas keys only on the canvas or with nothing focused', () => {
    const { ran, context, action } = setup();
    const button = document.createElement('button');
    document.body.append(button);
    const add = action('add', ['N'], { canvasOnly: true });
    expect(dispatchKey([add], key({ key: 'n' }, button), context, 'bubble', false)).toBeNull();
    expect(dispatchKey([add], key({ key: 'n' }), context, 'bubble', false)?.id).toBe('add');
    expect(ran).toEqual(['add']);
  });

  it('leaves Enter on a button inside the canvas to the button, so a stage’s menu opens instead of a card’s title', () => {
    const { ran, store, action } = setup();
    const canvas = document.createElement('div');
    const menuButton = document.createElement('button');
    const cardNode = document.createElement('div');
    canvas.append(menuButton, cardNode);
    document.body.append(canvas);
    const context = (e: KeyboardEvent): ActionContext => ({
      store,
      state: store.getState(),
      canvas: { ...createCanvasPort(), element: canvas },
      client: null,
      source: 'key',
      event: e,
    });
    const edit = action('edit-title', ['Enter'], { canvasOnly: true });
    const enter = key({ key: 'Enter' }, menuButton);
    expect(dispatchKey([edit], enter, context, 'bubble', false)).toBeNull();
    expect(enter.defaultPrevented).toBe(false);
    expect(dispatchKey([edit], key({ key: 'Enter' }, cardNode), context, 'bubble', false)?.id).toBe('edit-title');
    expect(ran).toEqual(['edit-title']);
    canvas.remove();
  });

  it('matches a capture action only in the capture phase, and stops the key there', () => {
    const { ran, context, action } = setup();
    const trace = action('end-trace', ['Escape'], { capture: true });
    expect(dispatchKey([trace], key({ key: 'Escape' }), context, 'bubble', false)).toBeNull();
    const e = key({ key: 'Escape' });
    let stopped = false;
    e.stopPropagation = () => {
      stopped = true;
    };
    expect(dispatchKey([trace], e, context, 'capture', false)?.id).toBe('end-trace');
    expect(stopped).toBe(true);
    expect(ran).toEqual(['end-trace']);
  });
});
