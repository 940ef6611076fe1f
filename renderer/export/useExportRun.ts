import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallArgs } from '../../shared/api/contract';
import type { ApiErrorCode } from '../../shared/api/result';
import type { TandemClient } from '../api/client';
import { sayIn } from '../i18n';

/** Where an export stands, as the dialog shows it. */
export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; phase: string; done: number; total: number; cancelling: boolean }
  | { kind: 'done'; files: string[]; mapPages: number | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/**
 * Runs `export/run`, following `export/progress` events while it runs; `cancel` asks the host to stop it. `run`
 * resolves with the error code of a failure (null when it worked), so the dialog can react to `forbidden`.
 */
export function useExportRun(client: TandemClient) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const cancelled = useRef(false);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const run = useCallback(
    async (request: CallArgs<'export/run'>): Promise<ApiErrorCode | null> => {
      cancelled.current = false;
      setState({
        kind: 'running',
        phase: sayIn('exportDialog')('status.starting'),
        done: 0,
        total: 0,
        cancelling: false,
      });
      const off = client.onEvent('export/progress', ({ step, done, total }) => {
        if (!live.current) return;
        const phase = sayIn('exportDialog')(`progress.${step}`, { tile: Math.min(done + 1, total), total });
        setState((s) => (s.kind === 'running' ? { ...s, phase, done, total } : s));
      });
      try {
        const r = await client['export/run'](request);
        if (!live.current) return r.ok ? null : r.error.code;
        if (r.ok) setState({ kind: 'done', files: r.data.files, mapPages: r.data.mapPages });
        else if (cancelled.current) setState({ kind: 'cancelled' });
        else setState({ kind: 'failed', message: r.error.message });
        return r.ok ? null : r.error.code;
      } finally {
        off();
      }
    },
    [client],
  );

  const cancel = useCallback(async () => {
    cancelled.current = true;
    setState((s) =>
      s.kind === 'running' ? { ...s, cancelling: true, phase: sayIn('exportDialog')('status.cancelling') } : s,
    );
    await client['export/cancel']({});
  }, [client]);

  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, cancel, reset };
}
