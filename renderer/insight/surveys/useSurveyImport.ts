import { useCallback, useEffect, useRef, useState } from 'react';
import type { WideMapping } from '../../../shared/metrics/surveyRows';
import { resolveColumns } from '../../../shared/metrics/surveyRows';
import type { ImportSummary } from '../../../shared/metrics/surveySchemas';
import type { TandemClient } from '../../api/client';
import { useEditorStore } from '../../store/useEditor';
import { previewCsv, type CsvPreview, type SurveySource } from './surveySource';

/** Where an import is: what the dialog shows. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'preparing'; fileName: string }
  | { step: 'mapping'; source: SurveySource; preview: CsvPreview; problem: string }
  | { step: 'running'; fileName: string; fraction: number; cancelling: boolean }
  | { step: 'done'; summary: ImportSummary }
  | { step: 'refused'; fileName: string; message: string };

/** The survey import as a small state machine: preview → (column mapping) → import with progress → summary or refusal. */
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

  const run = useCallback(
    async (source: SurveySource, mapping?: WideMapping) => {
      put({ step: 'running', fileName: source.fileName, fraction: 0, cancelling: false });
      const off = client.onEvent('survey/progress', ({ fraction }) => {
        if (live.current)
          setState((s) => (s.step === 'running' ? { ...s, fraction: Math.max(s.fraction, fraction) } : s));
      });
      try {
        const r =
          source.kind === 'path'
            ? await client['survey/import']({ path: source.path, mapping })
            : await client['survey/importContent']({ fileName: source.fileName, content: source.content, mapping });
        if (r.ok) {
          put({ step: 'done', summary: r.data });
          void store.getState().refreshSurveyStats();
        } else put({ step: 'refused', fileName: source.fileName, message: r.error.message });
      } finally {
        off();
      }
    },
    [client, put, store],
  );

  /** Looks at the file's header first: a long-format file imports at once, anything else asks for a column mapping. */
  const start = useCallback(
    async (source: SurveySource) => {
      put({ step: 'preparing', fileName: source.fileName });
      let preview: CsvPreview;
      if (source.kind === 'content') preview = previewCsv(source.content);
      else {
        const r = await client['survey/preview']({ path: source.path });
        if (!r.ok) return put({ step: 'refused', fileName: source.fileName, message: r.error.message });
        preview = r.data;
      }
      const columns = resolveColumns(preview.header);
      // Two columns or fewer cannot be a wide survey either: let the importer say what is wrong.
      if (columns.ok || preview.header.length < 3) return run(source);
      put({ step: 'mapping', source, preview, problem: columns.error });
    },
    [client, put, run],
  );

  const cancel = useCallback(() => {
    setState((s) => (s.step === 'running' ? { ...s, cancelling: true } : s));
    void client['survey/cancel']({});
  }, [client]);

  const fail = useCallback((fileName: string, message: string) => put({ step: 'refused', fileName, message }), [put]);
  const close = useCallback(() => put({ step: 'idle' }), [put]);
  return { state, start, run, cancel, fail, close };
}
