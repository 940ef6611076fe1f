import { isTextField } from '../textField';
import type { Action, ActionContext } from './action';
import { IS_MAC, matchesBinding, parseBinding, type Binding } from './keys';

/** True when a key pressed there is meant for the canvas: on the canvas itself or with nothing else focused. */
export function onCanvas(target: EventTarget | null, canvas: HTMLElement | null): boolean {
  if (target === null || target === document.body || target === document.documentElement) return true;
  return target instanceof Node && !!canvas?.contains(target);
}

/**
 * True when the key presses the focused control: Enter or Space on a button or link, even one inside the canvas
 * (a stage's or a lane's menu button, the add-stage button) — there it opens the menu, not the selected card.
 */
function pressesControl(e: KeyboardEvent): boolean {
  if (e.key !== 'Enter' && e.key !== ' ') return false;
  return (
    e.target instanceof Element && e.target.matches('button, a[href], summary, [role="button"], [role="menuitem"]')
  );
}

const parsed = new WeakMap<Action, Binding[]>();
function bindingsOf(action: Action): Binding[] {
  let list = parsed.get(action);
  if (!list) {
    list = [...(action.keys ?? []), ...(action.hiddenKeys ?? [])].map(parseBinding);
    parsed.set(action, list);
  }
  return list;
}

/** Whether one of the action's combinations is this key event. */
export function actionMatches(action: Action, e: KeyboardEvent, mac = IS_MAC): boolean {
  return bindingsOf(action).some((b) => matchesBinding(e, b, mac));
}

/**
 * Runs the first enabled action bound to the key, in registry order, and says which one ran (null: none).
 * Keys typed in a text field belong to the field, keys pressed while a dialog is open belong to the dialog,
 * and a key another handler already took (default prevented) is left alone. The default is prevented only
 * when an action ran; a `capture` action also stops the key there.
 */
export function dispatchKey(
  actions: readonly Action[],
  e: KeyboardEvent,
  context: (e: KeyboardEvent) => ActionContext,
  phase: 'capture' | 'bubble',
  mac = IS_MAC,
): Action | null {
  if (e.defaultPrevented || isTextField(e.target)) return null;
  let ctx: ActionContext | null = null;
  for (const action of actions) {
    if (!!action.capture !== (phase === 'capture') || !actionMatches(action, e, mac)) continue;
    ctx ??= context(e);
    if (ctx.state.dialog) return null;
    if (action.canvasOnly && (!onCanvas(e.target, ctx.canvas.element) || pressesControl(e))) continue;
    if (action.enabled && !action.enabled(ctx)) continue;
    if (action.perform(ctx) === false) continue;
    e.preventDefault();
    if (action.capture) e.stopPropagation();
    return action;
  }
  return null;
}

/**
 * The one keyboard listener of the window: listens in both phases (capture for the few actions that must take
 * a key before anything under them) and returns a function that removes it.
 */
export function listenForActionKeys(
  target: Window,
  actions: () => readonly Action[],
  context: (e: KeyboardEvent) => ActionContext,
): () => void {
  const capture = (e: KeyboardEvent) => void dispatchKey(actions(), e, context, 'capture');
  const bubble = (e: KeyboardEvent) => void dispatchKey(actions(), e, context, 'bubble');
  target.addEventListener('keydown', capture, true);
  target.addEventListener('keydown', bubble);
  return () => {
    target.removeEventListener('keydown', capture, true);
    target.removeEventListener('keydown', bubble);
  };
}
