import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SizedCanvas, renderEditor } from '../../../test/helpers/renderEditor';

/** Renders the sample map and selects its first flow link, as a click on the link would. */
async function selectFlowLink() {
  const r = renderEditor(<SizedCanvas />);
  await screen.findByText('Queues at the till to pay');
  const link = r.store.getState().doc.links.find((l) => l.kind === 'flow')!;
  act(() => r.store.getState().selectLink(link.id));
  const toolbar = await screen.findByRole('toolbar', { name: 'Link' });
  return { ...r, link, toolbar };
}

describe('the link toolbar', () => {
  it('retypes the selected link to support, as one undoable step', async () => {
    const { store, host, link, toolbar } = await selectFlowLink();
    expect(within(toolbar).getByRole('button', { name: 'Flow' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Support' }));
    await store.getState().whenSynced();
    expect(host.doc.links.find((l) => l.id === link.id)?.kind).toBe('support');
    await waitFor(() =>
      expect(
        within(screen.getByRole('toolbar', { name: 'Link' }))
          .getByRole('button', { name: 'Support' })
          .getAttribute('aria-pressed'),
      ).toBe('true'),
    );
    act(() => store.getState().undo());
    await store.getState().whenSynced();
    expect(host.doc.links.find((l) => l.id === link.id)?.kind).toBe('flow');
  });

  it('labels the link from the inline field when Enter is pressed', async () => {
    const { store, host, link, toolbar } = await selectFlowLink();
    const input = within(toolbar).getByRole('textbox', { name: 'Link label' });
    fireEvent.change(input, { target: { value: 'next day' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await store.getState().whenSynced();
    expect(host.doc.links.find((l) => l.id === link.id)?.label).toBe('next day');
    expect(store.getState().past.at(-1)?.label).toBe('Label link');
  });

  it('deletes the link and closes the toolbar; undo brings the link back', async () => {
    const { store, host, link, toolbar } = await selectFlowLink();
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('toolbar', { name: 'Link' })).toBeNull());
    await store.getState().whenSynced();
    expect(host.doc.links.some((l) => l.id === link.id)).toBe(false);
    act(() => store.getState().undo());
    await store.getState().whenSynced();
    expect(host.doc.links.some((l) => l.id === link.id)).toBe(true);
  });

  it('closes when Escape is pressed outside a field', async () => {
    const { store } = await selectFlowLink();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(store.getState().selectedLinkId).toBeNull();
    await waitFor(() => expect(screen.queryByRole('toolbar', { name: 'Link' })).toBeNull());
  });
});
