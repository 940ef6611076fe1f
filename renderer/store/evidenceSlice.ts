import type { StateCreator } from 'zustand';
import type { TandemApi } from '../../shared/api/contract';
import type { MapEvidence } from '../../shared/api/evidenceSchemas';
import type { PromiseRow } from '../../shared/insight/promises';
import type { ActionEffect } from '../../shared/metrics/effect';
import type { TandemDoc } from '../../shared/schema/document';
import type { EditorState } from './types';

/** The map's promises and its done actions judged by the host from the answers: a cache, never part of the document. */
export interface EvidenceSlice {
  evidence: MapEvidence | null;
  evidenceStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** Promise rows by card id, for the cards' badges in O(1). */
  promiseByCard: ReadonlyMap<string, PromiseRow>;
  /** Effects by action id. */
  effectByAction: ReadonlyMap<string, ActionEffect>;
  /** Loads the evidence the first time something needs it. */
  ensureEvidence(): void;
}

/** How long edits must pause before the evidence is asked for again. */
const EVIDENCE_DEBOUNCE_MS = 400;

/** What the evidence depends on in the document: promises, keys, done actions, their pain points, metric sources. */
function evidenceInputs(doc: TandemDoc): string {
  const cards = doc.cards
    .filter((c) => c.key !== null || c.promise)
    .map((c) => [c.id, c.key, c.stageId, c.title, c.promise ?? null]);
  const actions = doc.opportunities.map((o) => [o.id, o.status, o.doneAt ?? null, o.painPointIds]);
  const pains = doc.painPoints.map((p) => [p.id, p.cardId]);
  const metrics = doc.metrics.map((m) => [m.kind, m.side, m.questionKey, m.target]);
  return JSON.stringify([cards, actions, pains, metrics]);
}

const wanted = (doc: TandemDoc): boolean =>
  doc.cards.some((c) => c.promise) || doc.opportunities.some((o) => o.doneAt !== undefined);

/** The evidence cache: loaded once the map has a promise or a dated action, refreshed after edits and imports. */
export function evidenceSlice(api: TandemApi): StateCreator<EditorState, [], [], EvidenceSlice> {
  return (set, get, store) => {
    let request = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let inputs: string | null = null;
    // The map as opened is looked at on the first change of any state (the window's first paint makes one).
    let openedChecked = false;

    const refresh = async (): Promise<void> => {
      const mine = ++request;
      set({ evidenceStatus: get().evidence ? 'ready' : 'loading' });
      // The host judges its own copy of the map: let our queued edits reach it first.
      await get().whenSynced();
      const r = await api['evidence/read']({});
      if (mine !== request) return;
      inputs = evidenceInputs(get().doc);
      if (!r.ok) return set({ evidenceStatus: 'error' });
      set({
        evidence: r.data,
        evidenceStatus: 'ready',
        promiseByCard: new Map(r.data.promises.map((p) => [p.cardId, p])),
        effectByAction: new Map(r.data.effects.map((e) => [e.actionId, e])),
      });
    };
    const later = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void refresh();
      }, EVIDENCE_DEBOUNCE_MS);
    };

    store.subscribe((s, prev) => {
      if (s.path !== prev.path) {
        request++;
        inputs = null;
        openedChecked = false;
        set({ evidence: null, evidenceStatus: 'idle', promiseByCard: new Map(), effectByAction: new Map() });
        return;
      }
      if (s.evidenceStatus === 'idle') {
        if ((s.doc !== prev.doc || !openedChecked) && wanted(s.doc)) later();
        openedChecked = true;
        return;
      }
      // New answers (an import, a removal) reach the statistics first; the evidence follows them.
      if (s.surveyStats !== prev.surveyStats) return later();
      if (s.doc === prev.doc) return;
      if (inputs !== null && evidenceInputs(s.doc) === inputs) return;
      later();
    });

    return {
      evidence: null,
      evidenceStatus: 'idle',
      promiseByCard: new Map(),
      effectByAction: new Map(),
      ensureEvidence: () => {
        if (get().evidenceStatus === 'idle') void refresh();
      },
    };
  };
}
