import { CARD_ACTIONS } from '../../canvas/cards/cardActions';
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
import type { Action } from '../../ui/actions/action';
import { WORKSHOP_ACTIONS } from '../../workshop/workshopActions';
import { EDIT_ACTIONS } from './editActions';
import { HELP_ACTIONS } from './helpActions';
import { MAP_ACTIONS } from './mapActions';

/**
 * Every action of the app, composed from the features. Order matters where two actions share a key: the first
 * enabled one takes it (the link toolbar's Delete before the cards', Escape for a trace before the selection's).
 */
export const ACTIONS: readonly Action[] = [
  ...TRACE_ACTIONS,
  ...HISTORY_ACTIONS,
  ...EDIT_ACTIONS,
  ...MAP_ACTIONS,
  ...EXPORT_ACTIONS,
  ...WORKSHOP_ACTIONS,
  ...SURVEY_ACTIONS,
  ...LINK_ACTIONS,
  ...CARD_ACTIONS,
  ...PAIN_POINT_ACTIONS,
  ...NOTE_ACTIONS,
  ...VIEW_ACTIONS,
  ...PANEL_ACTIONS,
  ...HELP_ACTIONS,
  ...LANGUAGE_ACTIONS,
];

/** The action with this id, if there is one. */
export function actionById(id: string): Action | undefined {
  return ACTIONS.find((a) => a.id === id);
}
