import { CARD_ACTIONS } from '../../canvas/cards/cardActions';
import { KEYBOARD_ACTIONS } from '../../canvas/keyboard/keyboardActions';
import { LINK_ACTIONS } from '../../canvas/links/linkActions';
import { VIEW_ACTIONS } from '../../canvas/viewActions';
import { EXPORT_ACTIONS } from '../../export/exportActions';
import { PAIN_POINT_ACTIONS } from '../../insight/painPoints/painPointActions';
import { SURVEY_ACTIONS } from '../../insight/surveys/surveyActions';
import { TRACE_ACTIONS } from '../../insight/trace/traceActions';
import { HISTORY_ACTIONS } from '../../panels/history/historyActions';
import { NOTE_ACTIONS } from '../../panels/notes/noteActions';
import { PANEL_ACTIONS } from '../../panels/panelActions';
import { LANGUAGE_ACTIONS } from './languageActions';
import { THEME_ACTIONS } from './themeActions';
import type { Action } from '../../ui/actions/action';
import { WORKSHOP_ACTIONS } from '../../workshop/workshopActions';
import { EDIT_ACTIONS } from './editActions';
import { HELP_ACTIONS } from './helpActions';
import { MAP_ACTIONS } from './mapActions';
import { PRESENT_ACTIONS, READING_ACTIONS } from '../../present/presentActions';

/**
 * Every action of the app, composed from the features. Order matters where two actions share a key: the first
 * enabled one takes it (the link toolbar's Delete before the cards', Escape for a trace before the selection's,
 * the presentation's arrows before the card navigation's).
 */
export const ACTIONS: readonly Action[] = [
  // While presenting, its keys (arrows, Space, Esc, F, L, 1–9) come before every editing key that shares them.
  ...PRESENT_ACTIONS,
  ...TRACE_ACTIONS,
  ...HISTORY_ACTIONS,
  ...EDIT_ACTIONS,
  ...MAP_ACTIONS,
  ...EXPORT_ACTIONS,
  ...WORKSHOP_ACTIONS,
  ...SURVEY_ACTIONS,
  ...LINK_ACTIONS,
  // Before the cards': Enter and Escape finish or cancel a keyboard move or link while one is under way.
  ...KEYBOARD_ACTIONS,
  ...CARD_ACTIONS,
  ...PAIN_POINT_ACTIONS,
  ...NOTE_ACTIONS,
  ...VIEW_ACTIONS,
  ...READING_ACTIONS,
  ...PANEL_ACTIONS,
  ...HELP_ACTIONS,
  ...LANGUAGE_ACTIONS,
  ...THEME_ACTIONS,
];

/** The action with this id, if there is one. */
export function actionById(id: string): Action | undefined {
  return ACTIONS.find((a) => a.id === id);
}
