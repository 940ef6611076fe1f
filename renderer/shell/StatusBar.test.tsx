import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeCard } from '../../shared/factories';
import { importJson } from '../../shared/render/json';
import { renderEditor } from '../../test/helpers/renderEditor';
import { StatusBar } from './StatusBar';

describe('the save status', () => {
  it('never says Saved beside an edit the host could not take, sends it again, and says Saved once it is in the file', async () => {
    const { store, host } = renderEditor(<StatusBar />);
    const doc = store.getState().doc;
    const stage = doc.stages[0]?.id ?? '';
    const lane = doc.lanes[1]?.id ?? '';
    host.setReachable(false);
    act(() => {
      store.getState().dispatch({ type: 'card/add', card: makeCard({ stageId: stage, laneId: lane, title: 'First' }) });
    });
    await screen.findByText('⚠ Not saved: 1 edit — trying again');
    act(() => {
      store
        .getState()
        .dispatch({ type: 'card/add', card: makeCard({ stageId: stage, laneId: lane, title: 'Second' }) });
    });
    await screen.findByText('⚠ Not saved: 2 edits — trying again');
    expect(screen.queryByText('Saved')).toBeNull();
    // Both stay on the canvas meanwhile.
    expect(store.getState().doc.cards.filter((c) => c.title === 'First' || c.title === 'Second')).toHaveLength(2);
    expect(host.doc.cards.some((c) => c.title === 'First')).toBe(false);

    host.setReachable(true);
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy(), { timeout: 10_000 });
    const titles = host.doc.cards.map((c) => c.title);
    expect(titles.indexOf('First')).toBeGreaterThanOrEqual(0);
    expect(titles.indexOf('Second')).toBeGreaterThan(titles.indexOf('First'));
    expect(store.getState().unsaved).toBeNull();
  }, 20_000);

  it('offers the map to copy out while edits are not saved', async () => {
    const { store, host } = renderEditor(<StatusBar />);
    const doc = store.getState().doc;
    host.setReachable(false);
    act(() => {
      store.getState().dispatch({ type: 'map/update', patch: { title: 'Kept safe' } });
    });
    await screen.findByText('⚠ Not saved: 1 edit — trying again');
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (text: string) => {
          copied = text;
        },
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy the map' }));
    await screen.findByText(/Copied as Tandem JSON/);
    expect(importJson(copied).meta.title).toBe('Kept safe');
    expect(doc.meta.title).not.toBe('Kept safe');
  });
});
