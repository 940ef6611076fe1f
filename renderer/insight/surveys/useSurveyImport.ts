import { useCallback, useEffect, useRef, useState } from 'react';
import type { WideMapping } from '../../../shared/metrics/surveyRows';
import { resolveColumns } from '../../../shared/metrics/surveyRows';
import type { Assignments, ImportSummary, SurveyReview } from '../../../shared/metrics/surveySchemas';
import { notASurvey } from '../../../shared/metrics/surveyShape';
import type { TandemClient } from '../../api/client';
import { useEditorStore } from '../../store/useEditor';
import { assignmentCommands, type KeyChoice } from './assignKeys';
import { type CsvPreview, previewCsv, type SurveySource } from './surveySource';
import { announce } from '../../ui/a11y/announcer';
import { sayIn } from '../../i18n';

/** Where an import is: what the dialog shows. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'preparing'; fileName: string }
  | { step: 'mapping'; source: SurveySource; preview: CsvPreview; problem: string; replace?: number }
  | { step: 'review'; source: SurveySource; mapping?: WideMapping; review: SurveyReview; replace?: number }
  | { step: 'running'; fileName: string; fraction: number; cancelling: boolean }
  | { step: 'done'; summary: ImportSummary }
  | { step: 'refused'; fileName: string; message: string };

/**
 * The survey import as a small state machine: preview → (column mapping) → review (nothing written yet: keys,
 * matches, dates; unmatched keys assigned) → import with progress → summary or refusal.
 */
export function useSurveyImport(client: TandemClient) {
  const store = useEditorStore();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const put = useCallback((next: ImportState) => {
    if (live.current) setState(next);
  }, []);

  /** Reads the whole file on the host, writing nothing, and shows what an import would bring in. */
  const review = useCallback(
    async (source: SurveySource, mapping?: WideMapping, replace?: number) => {
      put({ step: 'preparing', fileName: source.fileName });
      const r =
        source.kind === 'path'
          ? await client['survey/review']({ path: source.path, mapping })
          : await client['survey/reviewContent']({ fileName: source.fileName, content: source.content, mapping });
      if (!r.ok) return put({ step: 'refused', fileName: source.fileName, message: r.error.message });
      put({ step: 'review', source, mapping, review: r.data, replace: replace ?? r.data.sameFile?.importId });
    },
    [client, put],
  );

  const run = useCallback(
    async (source: SurveySource, mapping: WideMapping | undefined, assign: Assignments, replace?: number) => {
      put({ step: 'running', fileName: source.fileName, fraction: 0, cancelling: false });
      const off = client.onEvent('survey/progress', ({ fraction }) => {
        if (live.current)
          setState((s) => (s.step === 'running' ? { ...s, fraction: Math.max(s.fraction, fraction) } : s));
      });
      try {
        // Cards made or keyed for the assignments must reach the host before the answers do.
        await store.getState().whenSynced();
        const choices = { mapping, assign, replace };
        const r =
          source.kind === 'path'
            ? await client['survey/import']({ path: source.path, ...choices })
            : await client['survey/importContent']({ fileName: source.fileName, content: source.content, ...choices });
        if (r.ok) {
          put({ step: 'done', summary: r.data });
          announce(sayIn('keyboard')('announce.surveyImported', { file: source.fileName }));
          void store.getState().refreshSurveyStats();
          void store.getState().loadSurveyImports();
        } else put({ step: 'refused', fileName: source.fileName, message: r.error.message });
      } finally {
        off();
      }
    },
    [client, put, store],
  );

  /** Imports what the review showed: keys assigned to cards (new cards made, keyless cards keyed) in one undo step. */
  const confirm = useCallback(
    (choices: ReadonlyMap<string, KeyChoice>, label: string) => {
      if (state.step !== 'review') return;
      const { commands, assign } = assignmentCommands(store.getState().doc, choices);
      if (commands.length > 0)
        store.getState().dispatch(commands.length === 1 ? commands[0]! : { type: 'batch', label, commands }, label);
      void run(state.source, state.mapping, assign, state.replace);
    },
    [state, store, run],
  );

  /** Looks at the file's header first: not a survey is refused; a long-format file is reviewed; else a column mapping. */
  const start = useCallback(
    async (source: SurveySource, replace?: number) => {
      put({ step: 'preparing', fileName: source.fileName });
      let preview: CsvPreview;
      if (source.kind === 'content') preview = previewCsv(source.content);
      else {
        const r = await client['survey/preview']({ path: source.path });
        if (!r.ok) return put({ step: 'refused', fileName: source.fileName, message: r.error.message });
        preview = r.data;
      }
      const columns = resolveColumns(preview.header);
      // Two columns or fewer cannot be a wide survey either: let the reader say what is wrong.
      if (columns.ok || preview.header.length < 3) return review(source, undefined, replace);
      const reason = notASurvey(preview.header, source.fileName);
      if (reason) return put({ step: 'refused', fileName: source.fileName, message: reason });
      put({ step: 'mapping', source, preview, problem: columns.error, replace });
    },
    [client, put, review],
  );

  const cancel = useCallback(() => {
    setState((s) => (s.step === 'running' ? { ...s, cancelling: true } : s));
    void client['survey/cancel']({});
  }, [client]);

  const fail = useCallback((fileName: string, message: string) => put({ step: 'refused', fileName, message }), [put]);
  const close = useCallback(() => put({ step: 'idle' }), [put]);
  return { state, start, review, confirm, cancel, fail, close };
}
