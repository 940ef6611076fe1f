import type { EditorStore } from '../store/editorStore';
import { leaveFullScreen } from './fullScreen';
import { lastSeenCard, presentSteps } from './steps';

/**
 * Ends the presentation where the audience was: the card they last saw is selected (the presentation layer then
 * centres it once the editing chrome is back), and full screen is left.
 */
export function leavePresentation(store: EditorStore): void {
  const state = store.getState();
  if (!state.presenting) return;
  const step = presentSteps(state.doc)[state.presenting.step];
  const card = step ? lastSeenCard(state.doc, step, state.selection) : null;
  state.stopPresenting();
  if (card) state.select([card]);
  leaveFullScreen();
}
