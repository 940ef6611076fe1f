import { describe, expect, it, vi } from 'vitest';
import { createFakeHost, sampleOpened } from '../../test/helpers/renderEditor';
import { createEditorStore } from './editorStore';
import { STATS_DEBOUNCE_MS } from './surveySlice';

function setup() {
  const opened = sampleOpened();
  const host = createFakeHost(opened);
  const client = host.client as unknown as Record<string, (a: unknown) => Promise<unknown>>;
  let answers = 0;
  client['survey/stats'] = async () => {
    answers += 1;
    return { ok: true, data: { touchpoints: [], stages: [] } };
  };
  return { store: createEditorStore(opened, host.client), opened, count: () => answers };
}

describe('the survey statistics cache', () => {
  it('asks nothing until something needs the statistics, then asks once', async () => {
    const { store, count } = setup();
    expect(count()).toBe(0);
    store.getState().ensureSurveyStats();
    store.getState().ensureSurveyStats();
    await vi.waitFor(() => expect(store.getState().surveyStatsStatus).toBe('ready'));
    expect(count()).toBe(1);
  });

  it('asks again once edits to card keys pause, but not for edits that cannot change the figures', async () => {
    vi.useFakeTimers();
    try {
      const { store, opened, count } = setup();
      store.getState().ensureSurveyStats();
      await vi.waitFor(() => expect(store.getState().surveyStatsStatus).toBe('ready'));
      const card = opened.doc.cards.find((c) => c.key === null)!;
      store.getState().dispatch({ type: 'card/update', id: card.id, patch: { notes: 'only notes' } });
      await vi.advanceTimersByTimeAsync(STATS_DEBOUNCE_MS * 2);
      expect(count()).toBe(1);
      store.getState().dispatch({ type: 'card/update', id: card.id, patch: { key: 'unknown_step' } });
      store.getState().dispatch({ type: 'map/update', patch: { gapMinPairs: 5 } });
      await vi.advanceTimersByTimeAsync(STATS_DEBOUNCE_MS / 2);
      expect(count()).toBe(1);
      await vi.advanceTimersByTimeAsync(STATS_DEBOUNCE_MS);
      await vi.waitFor(() => expect(count()).toBe(2));
    } finally {
      vi.useRealTimers();
    }
  });
});
