import { defineActions } from '../../ui/actions/action';

/** Importing survey answers; the survey import button runs the import it asks for. */
export const SURVEY_ACTIONS = defineActions([
  {
    id: 'import-survey',
    labelKey: 'action.importSurvey',
    group: 'Map',
    // No key: Ctrl+I and Ctrl+Shift+I mean italics and DevTools to most people.
    menu: { name: 'file', section: 2 },
    perform: ({ store }) => store.getState().requestSurveyImport(),
  },
]);
