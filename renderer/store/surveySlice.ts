import type { StateCreator } from 'zustand';
import type { GapDetails, TandemApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { PeriodKind, SurveyImportInfo, SurveyStats } from '../../shared/metrics/surveySchemas';
import type { TandemDoc } from '../../shared/schema/document';
import type { EditorState } from './types';

/** The worst flagged perception gap of one card's touchpoint, for its badge. */
export interface CardGap {
  touchpoint: string;
  /** Highest disagreement share among the flagged pairings. */
  worstShare: number;
  /** Pairs behind that share. */
  pairs: number;
  /** How many pairings are flagged at this touchpoint. */
  flagged: number;
}

/** Survey statistics of the open map as the host computes them: a cache, never part of the document or undo. */
export interface SurveySlice {
  surveyStats: SurveyStats | null;
  /** 'idle' until something asks for the statistics. */
  surveyStatsStatus: 'idle' | 'loading' | 'ready' | 'error';
  surveyStatsError: string | null;
  /** Flagged gaps by card id, derived once per statistics answer so 2,000 card badges read it in O(1). */
  gapByCard: ReadonlyMap<string, CardGap>;
  /** Loads the statistics the first time something needs them. */
  ensureSurveyStats(): void;
  /** Asks the host again now (after an import); later answers win over earlier ones. */
  refreshSurveyStats(): Promise<void>;
  /** Sample comments of both sides behind one gap. */
  fetchGapDetails(touchpoint: string, pairingId: string): Promise<ApiResult<GapDetails>>;
  /** The map's survey imports as the host last listed them; null until asked for. */
  surveyImports: SurveyImportInfo[] | null;
  /** Lists the imports again (after an import, a removal, an undo). */
  loadSurveyImports(): Promise<void>;
  /** Removes an import as one undoable step named `label`; resolves with the host's refusal, or null. */
  removeSurveyImport(importId: number, label: string): Promise<string | null>;
  /** The statistics per month or quarter, asked for when the trend is shown (not cached). */
  fetchSurveyTrend(by: PeriodKind): Promise<ApiResult<SurveyStats>>;
  /** Bumped by File › Import Survey…; the toolbar's import button starts its file picker on each increase. */
  surveyImportRequests: number;
  /** The import the next picked file replaces (Surveys tab › Replace…), or null for a new import. */
  surveyReplaceTarget: number | null;
  /** Asks the import button to start an import, as if it had been clicked; with `replace`, of a file replacing that import. */
  requestSurveyImport(replace?: number): void;
}

/** How long edits must pause before the statistics are asked for again. */
export const STATS_DEBOUNCE_MS = 400;

/** Worst flagged gap per card id. */
export function gapsByCard(stats: SurveyStats | null): Map<string, CardGap> {
  const out = new Map<string, CardGap>();
  for (const t of stats?.touchpoints ?? []) {
    if (!t.card) continue;
    const flagged = t.gaps.filter((g) => g.flagged && g.share !== null);
    if (flagged.length === 0) continue;
    const worst = flagged.reduce((a, b) => ((b.share ?? 0) > (a.share ?? 0) ? b : a));
    out.set(t.card.id, {
      touchpoint: t.key,
      worstShare: worst.share ?? 0,
      pairs: worst.pairs,
      flagged: flagged.length,
    });
  }
  return out;
}

/** What the statistics depend on besides the answers: keyed cards and their stages, stages, pairings, metric sources, gap rules. */
function statsInputs(doc: TandemDoc): string {
  const cards = doc.cards.filter((c) => c.key !== null).map((c) => `${c.id}:${c.key}:${c.stageId}:${c.title}`);
  const stages = doc.stages.map((s) => `${s.id}:${s.name}:${s.order}`);
  const pairings = doc.pairings.map((p) => `${p.id}:${p.customerQuestion}:${p.employeeQuestion}`);
  const metrics = doc.metrics.map((m) => `${m.kind}:${m.side}:${m.questionKey ?? ''}`);
  return JSON.stringify([
    cards,
    stages,
    pairings,
    metrics,
    doc.meta.gapThreshold,
    doc.meta.gapMinPairs,
    doc.meta.index ?? null,
  ]);
}

/** The survey statistics cache, refreshed (debounced) when the map's keys, stages, pairings or metrics change. */
export function surveySlice(api: TandemApi): StateCreator<EditorState, [], [], SurveySlice> {
  return (set, get, store) => {
    let request = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let inputs: string | null = null;

    const refresh = async (): Promise<void> => {
      const mine = ++request;
      set({ surveyStatsStatus: get().surveyStats ? 'ready' : 'loading' });
      // The host computes from its own copy of the map: let our queued edits reach it first.
      await get().whenSynced();
      // By site as well: the scorecard's site picker and comparison read `sites` from the same answer.
      const r = await api['survey/stats']({ by: 'site' });
      if (mine !== request) return;
      inputs = statsInputs(get().doc);
      if (r.ok)
        set({ surveyStats: r.data, surveyStatsStatus: 'ready', surveyStatsError: null, gapByCard: gapsByCard(r.data) });
      else set({ surveyStatsStatus: 'error', surveyStatsError: r.error.message });
    };

    store.subscribe((s, prev) => {
      if (s.surveyStatsStatus === 'idle') return;
      if (s.path !== prev.path) {
        // Another map: its answers are not these.
        request++;
        inputs = null;
        set({ surveyStats: null, gapByCard: new Map() });
        void refresh();
        return;
      }
      const d = s.doc;
      const p = prev.doc;
      if (
        d === p ||
        (d.cards === p.cards &&
          d.stages === p.stages &&
          d.pairings === p.pairings &&
          d.metrics === p.metrics &&
          d.meta === p.meta)
      )
        return;
      if (inputs !== null && statsInputs(d) === inputs) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void refresh();
      }, STATS_DEBOUNCE_MS);
    });

    return {
      surveyStats: null,
      surveyStatsStatus: 'idle',
      surveyStatsError: null,
      gapByCard: new Map(),
      ensureSurveyStats: () => {
        if (get().surveyStatsStatus === 'idle') void refresh();
      },
      refreshSurveyStats: refresh,
      fetchGapDetails: (touchpoint, pairingId) => api['survey/gapDetails']({ touchpoint, pairingId }),
      surveyImports: null,
      loadSurveyImports: async () => {
        await get().whenSynced();
        const r = await api['survey/list']({});
        if (r.ok) set({ surveyImports: r.data.imports });
        else get().showError(r.error.message);
      },
      removeSurveyImport: async (importId, label) => {
        const removed = await api['survey/remove']({ importId });
        if (!removed.ok) return removed.error.message;
        // After the host's answer, the figures and the list are asked for again.
        const after = async (r: ApiResult<unknown>): Promise<string | null> => {
          await Promise.all([get().loadSurveyImports(), refresh()]);
          return r.ok ? null : r.error.message;
        };
        get().recordEffect(label, {
          undo: async () => after(await api['survey/restore']({ importId })),
          redo: async () => after(await api['survey/remove']({ importId })),
        });
        await after(removed);
        return null;
      },
      fetchSurveyTrend: async (by) => {
        await get().whenSynced();
        return api['survey/stats']({ by });
      },
      surveyImportRequests: 0,
      surveyReplaceTarget: null,
      requestSurveyImport: (replace) =>
        set({ surveyImportRequests: get().surveyImportRequests + 1, surveyReplaceTarget: replace ?? null }),
    };
  };
}
