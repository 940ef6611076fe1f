import { describe, expect, it } from 'vitest';
import { ReactFlowProvider } from '@xyflow/react';
import { act, fireEvent, screen } from '@testing-library/react';
import type { TandemClient } from '../api/client';
import { PresentLayer } from '../present/PresentLayer';
import { presentSteps, stepCards } from '../present/steps';
import { renderEditor } from '../../test/helpers/renderEditor';
import { ActionsProvider } from './actions/ActionsProvider';
import { useShortcuts } from './useShortcuts';

function Keys() {
  useShortcuts();
  return null;
}

/** The fake host's client, with a live workshop whose room follows `followed` and a record of follow calls. */
function workshopClient(client: TandemClient, followed: string | null, follows: (string | null)[]): TandemClient {
  return {
    ...client,
    'workshop/status': async () => ({
      ok: true as const,
      data: {
        running: true as const,
        address: '127.0.0.1',
        joinUrl: 'http://127.0.0.1:1/join',
        code: 'KX7-MPQ',
        people: [],
        room: { locked: false, timer: null, followStage: followed, privateMode: false },
      },
    }),
    'workshop/follow': async ({ stageId }: { stageId: string | null }) => {
      follows.push(stageId);
      return client['workshop/status']({});
    },
  } as TandemClient;
}

function renderPresenting(followed: string | null) {
  const follows: (string | null)[] = [];
  const rendered = renderEditor((h) => {
    const client = workshopClient(h.client, followed, follows);
    return (
      <ReactFlowProvider>
        <ActionsProvider client={client}>
          <Keys />
          <PresentLayer client={client} />
        </ActionsProvider>
      </ReactFlowProvider>
    );
  });
  return { ...rendered, follows };
}

const step = () => screen.getByTestId('present-step').textContent;
const press = (key: string) => act(() => void fireEvent.keyDown(document.body, { key }));

describe('presentation keys', () => {
  it('steps with the arrows, Page Up/Down and Space, jumps with 1–9 and L, and leaves with Esc at the last card seen', () => {
    const { store } = renderPresenting(null);
    act(() => store.getState().startPresenting(0));
    expect(step()).toBe('Stage 1 of 5 · Discover');
    press('ArrowRight');
    expect(step()).toBe('Stage 2 of 5 · Buy');
    press('PageDown');
    press(' ');
    expect(step()).toBe('Stage 4 of 5 · Use');
    press('PageUp');
    press('ArrowLeft');
    expect(step()).toBe('Stage 2 of 5 · Buy');
    press('5');
    expect(step()).toBe('Stage 5 of 5 · Get help');
    press('ArrowRight');
    expect(step()).toBe('Lane 1 of 2 · Customer emotion');
    press('L');
    expect(step()).toBe('Lane 2 of 2 · Employee emotion');
    press('2');
    // While presenting, the arrows step: they never move or change the selection as they do on the canvas.
    expect(store.getState().selection).toEqual([]);
    press('Escape');
    expect(store.getState().presenting).toBeNull();
    const { doc } = store.getState();
    expect(store.getState().selection).toEqual([stepCards(doc, presentSteps(doc)[1]!)[0]]);
    expect(screen.queryByTestId('present-step')).toBeNull();
  });

  it('never edits the map from a key while presenting: Delete, N and Ctrl+Z wait until Esc', () => {
    const { store } = renderPresenting(null);
    const card = store.getState().doc.cards[0]!;
    act(() => store.getState().select([card.id]));
    act(() => store.getState().startPresenting(0));
    const cards = store.getState().doc.cards.length;
    press('Delete');
    press('Backspace');
    press('n');
    act(() => void fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true }));
    expect(store.getState().doc.cards.length).toBe(cards);
    expect(store.getState().doc.cards.some((c) => c.id === card.id)).toBe(true);
    press('Escape');
    expect(store.getState().presenting).toBeNull();
    press('Delete');
    expect(store.getState().doc.cards.length).toBe(cards - 1);
  });

  it('opens the focus view with F and follows the steps in it; Esc closes it before leaving', () => {
    const { store } = renderPresenting(null);
    act(() => store.getState().startPresenting(1));
    press('f');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Buy');
    expect(screen.getByRole('heading', { name: 'Customer moments' })).toBeTruthy();
    press('ArrowRight');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Receive');
    press('Escape');
    expect(screen.queryByTestId('focus-view')).toBeNull();
    expect(store.getState().presenting).not.toBeNull();
  });

  it('moves a workshop that follows the facilitator to each stage presented, and leaves one that does not alone', async () => {
    const following = renderPresenting('someStage');
    act(() => following.store.getState().startPresenting(0));
    const { doc } = following.store.getState();
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    press('ArrowRight');
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    const id = (name: string) => doc.stages.find((s) => s.name === name)?.id;
    expect(following.follows).toEqual([id('Discover'), id('Buy')]);
    following.unmount();

    const free = renderPresenting(null);
    act(() => free.store.getState().startPresenting(0));
    press('ArrowRight');
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(free.follows).toEqual([]);
  });
});
