import { describe, expect, it } from 'vitest';
import { ReactFlowProvider } from '@xyflow/react';
import { act, fireEvent, screen } from '@testing-library/react';
import { renderEditor } from '../../../test/helpers/renderEditor';
import { useHostEvents } from '../useHostEvents';
import { useShortcuts } from '../useShortcuts';
import type { TandemClient } from '../../api/client';
import { SidePanel } from './SidePanel';
import { useOwnerNeeded } from '../../canvas/team/useOwnerNeeded';
import { useEditor } from '../../store/useEditor';

function Wired({ client }: { client: TandemClient }) {
  useShortcuts();
  useHostEvents(client);
  return <SidePanel />;
}

function OwnerProbe({ title }: { title: string }) {
  const id = useEditor((s) => s.doc.cards.find((c) => c.title === title)!.id);
  return <span data-testid="owner">{String(useOwnerNeeded(id))}</span>;
}

describe('showing and hiding the side panel', () => {
  it("toggles with the menu's Toggle Panels and with Ctrl+\\, but not while typing in a field", () => {
    const { host, container } = renderEditor((h) => (
      <ReactFlowProvider>
        <Wired client={h.client} />
      </ReactFlowProvider>
    ));
    const shown = () => container.querySelector('.side-panel') !== null;
    expect(shown()).toBe(true);
    act(() => host.emit('menu/action', { action: 'toggle-panels' }));
    expect(shown()).toBe(false);
    fireEvent.keyDown(window, { key: '\\', ctrlKey: true });
    expect(shown()).toBe(true);
    fireEvent.keyDown(screen.getByLabelText('Map title'), { key: '\\', ctrlKey: true });
    expect(shown()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Hide the side panel' }));
    expect(shown()).toBe(false);
  });
});

describe('the side panel remembered per window', () => {
  it('stays hidden for the next map opened in this window once hidden with Ctrl+\\, and comes back with it', () => {
    const first = renderEditor((h) => (
      <ReactFlowProvider>
        <Wired client={h.client} />
      </ReactFlowProvider>
    ));
    fireEvent.keyDown(window, { key: '\\', ctrlKey: true });
    expect(first.container.querySelector('.side-panel')).toBeNull();
    first.unmount();
    // Another map in the same window: a fresh editor store, the same window.
    const next = renderEditor((h) => (
      <ReactFlowProvider>
        <Wired client={h.client} />
      </ReactFlowProvider>
    ));
    expect(next.container.querySelector('.side-panel')).toBeNull();
    fireEvent.keyDown(window, { key: '\\', ctrlKey: true });
    expect(next.container.querySelector('.side-panel')).not.toBeNull();
  });
});

describe('useOwnerNeeded', () => {
  it('says a support card needs an owner until a team takes it', () => {
    const { store } = renderEditor(<OwnerProbe title="Nightly warranty registration batch" />);
    expect(screen.getByTestId('owner').textContent).toBe('true');
    const card = store.getState().doc.cards.find((c) => c.title === 'Nightly warranty registration batch')!;
    act(() => {
      store
        .getState()
        .dispatch({ type: 'card/update', id: card.id, patch: { ownerTeamId: store.getState().doc.teams[0]!.id } });
    });
    expect(screen.getByTestId('owner').textContent).toBe('false');
  });
});
