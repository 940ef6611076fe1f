import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SizedCanvas, renderEditor } from '../../../test/helpers/renderEditor';
import { AddLaneNode } from './AddLaneNode';
import { moveToIndexCommand } from './structureCommands';

async function stageHeader(name: string): Promise<HTMLElement> {
  const title = await screen.findByText(name, { selector: '.stage-header__name' });
  return title.closest('.structure-header') as HTMLElement;
}

describe('stage and lane headers', () => {
  it('renames a stage by double-clicking its header and pressing Enter', async () => {
    const { store, host } = renderEditor(<SizedCanvas />);
    fireEvent.doubleClick(await stageHeader('Buy'));
    const input = screen.getByRole('textbox', { name: 'Name of the stage' });
    fireEvent.change(input, { target: { value: 'Open an account' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText('Open an account')).toBeTruthy();
    await store.getState().whenSynced();
    expect(host.doc.stages.map((s) => s.name)).toContain('Open an account');
    expect(store.getState().past.at(-1)?.label).toBe('Rename stage');
  });

  it('keeps the old name when Escape is pressed in the rename field', async () => {
    const { store } = renderEditor(<SizedCanvas />);
    fireEvent.doubleClick(await stageHeader('Buy'));
    const input = screen.getByRole('textbox', { name: 'Name of the stage' });
    fireEvent.change(input, { target: { value: 'Something else' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Name of the stage' })).toBeNull();
    expect(screen.getByText('Buy')).toBeTruthy();
    expect(store.getState().past).toHaveLength(0);
  });

  it('gives focus back to the stage menu button when Escape closes its menu, and to the rename field on Rename', async () => {
    renderEditor(<SizedCanvas />);
    const button = within(await stageHeader('Buy')).getByRole('button', { name: 'Stage menu: Buy' });
    act(() => button.focus());
    fireEvent.click(button);
    const rename = screen.getByRole('menuitem', { name: 'Rename' });
    expect(document.activeElement).toBe(rename);
    fireEvent.keyDown(rename, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Rename' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name of the stage' })),
    );
  });

  it('adds a card to an empty lane from the lane’s menu, in the first stage, with its title field open', async () => {
    const { store, host } = renderEditor(<SizedCanvas />);
    const title = await screen.findByText('Employee journey', { selector: '.lane-header__title' });
    const header = title.closest('.structure-header') as HTMLElement;
    fireEvent.click(within(header).getByRole('button', { name: 'Lane menu: Employee journey' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Add card' }));
    const field = await screen.findByRole('textbox', { name: 'Card title' });
    fireEvent.change(field, { target: { value: 'Signs the new starter in' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await store.getState().whenSynced();
    const card = host.doc.cards.find((c) => c.title === 'Signs the new starter in');
    const lane = host.doc.lanes.find((l) => l.title === 'Employee journey');
    const first = [...host.doc.stages].sort((a, b) => a.order - b.order)[0];
    expect(card?.laneId).toBe(lane?.id);
    expect(card?.stageId).toBe(first?.id);
  });

  it('offers no Add card on the metrics lane, which holds computed scores', async () => {
    const { store } = renderEditor(<SizedCanvas />);
    const metrics = store.getState().doc.lanes.find((l) => l.kind === 'metrics');
    // Moved to the top, where the test's canvas draws it.
    act(() => void store.getState().dispatch(moveToIndexCommand(store.getState().doc, 'lane', metrics!.id, 0)!));
    fireEvent.click(await screen.findByRole('button', { name: `Lane menu: ${metrics?.title}` }));
    expect(screen.getByRole('menuitem', { name: 'Rename' })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: 'Add card' })).toBeNull();
  });

  it('renames a lane the same way', async () => {
    const { host, store } = renderEditor(<SizedCanvas />);
    const title = await screen.findByText('Touchpoints', { selector: '.lane-header__title' });
    fireEvent.doubleClick(title.closest('.structure-header')!);
    const input = screen.getByRole('textbox', { name: 'Name of the lane' });
    fireEvent.change(input, { target: { value: 'Channels' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await store.getState().whenSynced();
    expect(host.doc.lanes.map((l) => l.title)).toContain('Channels');
  });

  it('deletes a stage moving its cards to the neighbouring stage; undo brings the stage and cards back', async () => {
    const { store, host } = renderEditor(<SizedCanvas />);
    const header = await stageHeader('Buy');
    const buy = store.getState().doc.stages.find((s) => s.name === 'Buy')!;
    const inBuy = store
      .getState()
      .doc.cards.filter((c) => c.stageId === buy.id)
      .map((c) => c.id);
    fireEvent.click(within(header).getByRole('button', { name: 'Stage menu: Buy' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Delete stage…' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain(`It holds ${inBuy.length} cards`);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move them to “Discover”' }));
    await store.getState().whenSynced();
    const discover = host.doc.stages.find((s) => s.name === 'Discover')!;
    expect(host.doc.stages.some((s) => s.id === buy.id)).toBe(false);
    expect(host.doc.cards.filter((c) => inBuy.includes(c.id)).every((c) => c.stageId === discover.id)).toBe(true);
    act(() => store.getState().undo());
    await store.getState().whenSynced();
    expect(
      host.doc.cards
        .filter((c) => c.stageId === buy.id)
        .map((c) => c.id)
        .sort(),
    ).toEqual([...inBuy].sort());
  });

  it('deletes a stage with its cards when asked to, and Cancel changes nothing', async () => {
    const { store, host } = renderEditor(<SizedCanvas />);
    const buy = store.getState().doc.stages.find((s) => s.name === 'Buy')!;
    const count = store.getState().doc.cards.filter((c) => c.stageId === buy.id).length;
    fireEvent.contextMenu(await stageHeader('Buy'));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Delete stage…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().past).toHaveLength(0);

    fireEvent.contextMenu(await stageHeader('Buy'));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Delete stage…' }));
    fireEvent.click(screen.getByRole('button', { name: `Delete the ${count} cards too` }));
    await store.getState().whenSynced();
    expect(host.doc.cards.some((c) => c.stageId === buy.id)).toBe(false);
    expect(store.getState().doc.cards).toHaveLength(host.doc.cards.length);
  });

  it('opens the focus view of a stage from its header menu', async () => {
    const { store } = renderEditor(<SizedCanvas />);
    const buy = store.getState().doc.stages.find((s) => s.name === 'Buy')!;
    fireEvent.contextMenu(await stageHeader('Buy'));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Focus view of this stage' }));
    expect(store.getState().focusStage).toBe(buy.id);
  });

  it('says why the last stage cannot be deleted', async () => {
    const { store } = renderEditor(<SizedCanvas />);
    await stageHeader('Buy');
    const others = store.getState().doc.stages.filter((s) => s.name !== 'Buy');
    act(() => {
      for (const s of others) store.getState().dispatch({ type: 'stage/delete', id: s.id, cards: { mode: 'delete' } });
    });
    fireEvent.contextMenu(await stageHeader('Buy'));
    const item = screen.getByRole('menuitem', { name: /Delete stage/ });
    expect((item as HTMLButtonElement).disabled).toBe(true);
    expect(item.textContent).toContain('A map needs at least one stage');
  });

  it('adds a stage with the + button and opens its name for typing', async () => {
    const { store } = renderEditor(<SizedCanvas />);
    await stageHeader('Buy');
    fireEvent.click(screen.getByRole('button', { name: 'Add stage' }));
    const input = await screen.findByRole('textbox', { name: 'Name of the stage' });
    fireEvent.change(input, { target: { value: 'Open an account' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() =>
      expect(
        store
          .getState()
          .doc.stages.map((s) => s.name)
          .at(-1),
      ).toBe('Open an account'),
    );
    const sorted = [...store.getState().doc.stages].sort((a, b) => a.order - b.order);
    expect(sorted.at(-1)?.name).toBe('Open an account');
  });

  it('adds a lane of the chosen kind from the Add lane menu', async () => {
    // The button alone: in happy-dom the canvas has no size, so the node below the last lane is not drawn.
    const { store } = renderEditor(<AddLaneNode />);
    fireEvent.click(screen.getByRole('button', { name: '+ Add lane' }));
    fireEvent.click(screen.getByRole('menuitem', { name: /Employee emotion/ }));
    const lanes = [...store.getState().doc.lanes].sort((a, b) => a.order - b.order);
    expect(lanes.at(-1)).toMatchObject({ kind: 'emotion', side: 'employee', title: 'Employee emotion' });
    expect(store.getState().renamingId).toBe(lanes.at(-1)?.id);
  });

  it('closes the lane kind picker with Escape even when focus has left it, and Escape reaches nothing else', async () => {
    renderEditor(<AddLaneNode />);
    fireEvent.click(screen.getByRole('button', { name: '+ Add lane' }));
    expect(screen.getByRole('menu', { name: 'Kind of lane' })).toBeTruthy();
    let reachedWindow = false;
    const spy = (e: KeyboardEvent) => {
      if (e.key === 'Escape') reachedWindow = true;
    };
    window.addEventListener('keydown', spy);
    (document.activeElement as HTMLElement | null)?.blur();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    window.removeEventListener('keydown', spy);
    expect(screen.queryByRole('menu', { name: 'Kind of lane' })).toBeNull();
    expect(reachedWindow).toBe(false);
  });
});
