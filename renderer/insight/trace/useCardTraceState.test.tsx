import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { createEditorStore } from '../../store/editorStore';
import { EditorStoreProvider } from '../../store/EditorStoreProvider';
import { createFakeHost, sampleOpened } from '../../../test/helpers/renderEditor';
import { useCardTraceState } from './useCardTraceState';

function Probe({ cardId, seen }: { cardId: string; seen: string[] }) {
  seen.push(useCardTraceState(cardId));
  return null;
}

function setup() {
  const opened = sampleOpened();
  const store = createEditorStore(opened, createFakeHost(opened).client);
  const doc = store.getState().doc;
  const card = (t: string) => doc.cards.find((c) => c.title.startsWith(t))!.id;
  const ids = { queues: card('Queues at the till'), pos: card('New POS system'), shop: card('Online shop') };
  const seen = { queues: [] as string[], pos: [] as string[], shop: [] as string[] };
  render(
    <EditorStoreProvider store={store}>
      <Probe cardId={ids.queues} seen={seen.queues} />
      <Probe cardId={ids.pos} seen={seen.pos} />
      <Probe cardId={ids.shop} seen={seen.shop} />
    </EditorStoreProvider>,
  );
  const pain = doc.painPoints.find((p) => p.title.startsWith('Waits 8+'))!.id;
  return { store, seen, pain };
}

describe('useCardTraceState', () => {
  it('is none for every card until a trace starts, then origin, cause or dimmed, and none again after it ends', () => {
    const { store, seen, pain } = setup();
    expect([seen.queues.at(-1), seen.pos.at(-1), seen.shop.at(-1)]).toEqual(['none', 'none', 'none']);
    act(() => store.getState().startTrace(pain));
    expect([seen.queues.at(-1), seen.pos.at(-1), seen.shop.at(-1)]).toEqual(['origin', 'cause', 'dimmed']);
    act(() => store.getState().clearTrace());
    expect([seen.queues.at(-1), seen.pos.at(-1), seen.shop.at(-1)]).toEqual(['none', 'none', 'none']);
  });

  it('re-renders a card only when its own state changes', () => {
    const { store, seen, pain } = setup();
    act(() => store.getState().startTrace(pain));
    const renders = seen.shop.length;
    act(() => store.getState().dispatch({ type: 'painPoint/update', id: pain, patch: { votes: 9 } }));
    act(() => store.getState().select([]));
    expect(seen.shop.length).toBe(renders);
  });

  it('falls back to none when the traced pain point is deleted', () => {
    const { store, seen, pain } = setup();
    act(() => store.getState().startTrace(pain));
    act(() => store.getState().dispatch({ type: 'painPoint/delete', id: pain }));
    expect([seen.queues.at(-1), seen.pos.at(-1), seen.shop.at(-1)]).toEqual(['none', 'none', 'none']);
  });
});
