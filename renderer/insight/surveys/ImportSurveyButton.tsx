import { type ChangeEvent, useEffect, useRef } from 'react';
import type { TandemClient } from '../../api/client';
import { sayIn, useT } from '../../i18n';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { useDesktopHost } from '../../ui/useDesktopHost';
import { ImportSurveyDialog } from './ImportSurveyDialog';
import { fileNameOf, readSurveyFile } from './surveySource';
import { useSurveyImport } from './useSurveyImport';

/** The Open dialog's filter, named in the UI language when the dialog opens. */
const csvFilters = () => [{ name: sayIn('evidence')('import.filter'), extensions: ['csv', 'txt', 'tsv'] }];

/**
 * "Import survey…": the native Open dialog in the desktop app, a file input in the browser host; then the import
 * dialog. File › Import Survey… starts the same flow through the store (`requestSurveyImport`). Mounting it also
 * loads the survey statistics the canvas badges and the metrics lane show.
 */
export function ImportSurveyButton({ client }: { client: TandemClient }) {
  const { state, start, review, confirm, cancel, fail, close } = useSurveyImport(client);
  const t = useT('evidence');
  const desktop = useDesktopHost(client);
  const input = useRef<HTMLInputElement>(null);
  const store = useEditorStore();
  const ensureStats = useEditor((s) => s.ensureSurveyStats);
  /** The import a picked file replaces, when Replace… asked for the pick. */
  const replacing = () => store.getState().surveyReplaceTarget ?? undefined;
  useEffect(() => ensureStats(), [ensureStats]);

  const pick = async () => {
    if (!desktop) {
      input.current?.click();
      return;
    }
    const r = await client['dialog/open']({ filters: csvFilters() });
    if (!r.ok) return fail('the survey', r.error.message);
    if (r.data.path) void start({ kind: 'path', path: r.data.path, fileName: fileNameOf(r.data.path) }, replacing());
  };
  // File › Import Survey… bumps a counter in the store. Only increases after mount count (a remount must not
  // reopen the picker), and a request made before the host is known waits for it rather than guessing the picker.
  const requests = useEditor((s) => s.surveyImportRequests);
  const seen = useRef(requests);
  useEffect(() => {
    if (requests <= seen.current || desktop === null) return;
    seen.current = requests;
    // The import dialog is modal: while it is open the menu item means no more than the covered button would.
    if (state.step === 'idle') void pick();
  });

  const picked = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so choosing the same file again still fires a change (and meets the "already imported" message).
    e.target.value = '';
    if (!file) return;
    const read = await readSurveyFile(file);
    if (read.ok) void start(read.source, replacing());
    else fail(file.name, read.message);
  };

  return (
    <>
      <button
        type="button"
        className="tool-button"
        onClick={() => {
          store.setState({ surveyReplaceTarget: null });
          void pick();
        }}
        disabled={desktop === null}
        title={t('import.buttonHint')}
      >
        {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,text/csv"
        hidden
        onChange={(e) => void picked(e)}
        data-testid="survey-file-input"
        aria-label={t('import.fileInput')}
      />
      {state.step !== 'idle' && (
        <ImportSurveyDialog
          state={state}
          onMapped={(mapping) => state.step === 'mapping' && void review(state.source, mapping, state.replace)}
          onImport={confirm}
          onCancel={cancel}
          onClose={close}
        />
      )}
    </>
  );
}
