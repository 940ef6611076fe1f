import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderEditor } from '../../../test/helpers/renderEditor';
import { SidePanel } from './SidePanel';
import { initials } from '../../panels/PersonaAvatar';

// A 1×1 transparent PNG.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

function openPersonas() {
  const r = renderEditor(<SidePanel />);
  fireEvent.click(screen.getByRole('tab', { name: 'Personas' }));
  return r;
}

describe('the personas tab', () => {
  it("adds a customer persona, names it, and makes it the map's customer persona", () => {
    const { store } = openPersonas();
    fireEvent.click(screen.getByRole('button', { name: 'Add customer persona' }));
    const card = screen.getByRole('listitem', { name: 'New customer' });
    fireEvent.change(within(card).getByLabelText('Name'), { target: { value: 'Ola Nordmann' } });
    fireEvent.blur(within(card).getByLabelText('Name'));
    fireEvent.change(within(card).getByLabelText('Goals'), { target: { value: 'Pay and go' } });
    fireEvent.blur(within(card).getByLabelText('Goals'));
    const ola = store.getState().doc.personas.find((p) => p.name === 'Ola Nordmann')!;
    expect(ola).toMatchObject({ side: 'customer', goals: 'Pay and go' });
    fireEvent.click(
      within(screen.getByRole('listitem', { name: 'Ola Nordmann' })).getByRole('button', { name: 'Use for this map' }),
    );
    expect(store.getState().doc.meta.customerPersonaId).toBe(ola.id);
    expect((screen.getByLabelText('Customer persona of the map') as HTMLSelectElement).value).toBe(ola.id);
    expect(
      within(screen.getByRole('listitem', { name: 'Ola Nordmann' })).getByText('Shown in the title block'),
    ).toBeTruthy();
  });

  it('chooses the employee persona from the drop-down, and None clears it', () => {
    const { store } = openPersonas();
    const picker = screen.getByLabelText('Employee persona of the map');
    fireEvent.change(picker, { target: { value: '' } });
    expect(store.getState().doc.meta.employeePersonaId).toBeNull();
    const tomasz = store.getState().doc.personas.find((p) => p.name === 'Tomasz')!;
    fireEvent.change(picker, { target: { value: tomasz.id } });
    expect(store.getState().doc.meta.employeePersonaId).toBe(tomasz.id);
  });

  it('refuses a picture over 1.5 MB with a clear message and leaves the persona as it was', async () => {
    const { store } = openPersonas();
    const maya = screen.getByRole('listitem', { name: 'Maya' });
    const big = new File([new Uint8Array(1_600_000)], 'holiday.png', { type: 'image/png' });
    fireEvent.change(within(maya).getByLabelText('Picture of Maya'), { target: { files: [big] } });
    await waitFor(() =>
      expect(within(maya).getByRole('alert').textContent).toBe(
        '"holiday.png" is 1.6 MB; a persona picture must be at most 1.5 MB. Choose a smaller picture or shrink this one.',
      ),
    );
    expect(store.getState().doc.personas.find((p) => p.name === 'Maya')!.picture).toBeNull();
    expect(store.getState().past).toEqual([]);
  });

  it('refuses a file that is not a PNG, JPEG or WebP picture', async () => {
    openPersonas();
    const maya = screen.getByRole('listitem', { name: 'Maya' });
    fireEvent.change(within(maya).getByLabelText('Picture of Maya'), {
      target: { files: [new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' })] },
    });
    await waitFor(() => expect(within(maya).getByRole('alert').textContent).toMatch(/not a PNG, JPEG or WebP/));
  });

  it('stores a small picture as a data URL and shows it instead of the initials', async () => {
    const { store } = openPersonas();
    const maya = screen.getByRole('listitem', { name: 'Maya' });
    expect(within(maya).getByText('M')).toBeTruthy();
    fireEvent.change(within(maya).getByLabelText('Picture of Maya'), {
      target: { files: [new File([PNG], 'maya.png', { type: 'image/png' })] },
    });
    await waitFor(() =>
      expect(store.getState().doc.personas.find((p) => p.name === 'Maya')!.picture).toMatch(/^data:image\/png;base64,/),
    );
    expect(within(maya).getByRole('img', { name: 'Picture of Maya' })).toBeTruthy();
  });

  it('deletes a persona; the title block then names none, and undo brings it back', () => {
    const { store } = openPersonas();
    fireEvent.click(within(screen.getByRole('listitem', { name: 'Tomasz' })).getByRole('button', { name: 'Delete' }));
    expect(store.getState().doc.meta.employeePersonaId).toBeNull();
    store.getState().undo();
    expect(store.getState().doc.personas.find((p) => p.id === store.getState().doc.meta.employeePersonaId)?.name).toBe(
      'Tomasz',
    );
  });

  it('makes initials from the first and last name', () => {
    expect([initials('Maya'), initials('ola van nordmann'), initials('  ')]).toEqual(['M', 'ON', '?']);
  });
});
