import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import type { CallArgs } from '../../../shared/api/contract';
import { renderEditor } from '../../../test/helpers/renderEditor';
import type { TandemClient } from '../../api/client';
import { RegisterDrawer } from './RegisterDrawer';

function renderRegister() {
  return renderEditor((host) => (
    <ReactFlowProvider>
      <RegisterDrawer client={host.client} />
    </ReactFlowProvider>
  ));
}
const bodyTitles = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('.register__title')!.textContent);

describe('the pain point register', () => {
  it('ranks every pain point by priority and shows the formula', () => {
    renderRegister();
    expect(screen.getByText('Priority = severity × reach × (1 + votes ÷ 10)')).toBeTruthy();
    expect(bodyTitles()).toEqual([
      'Card terminal handshake takes up to 40 s',
      'Waits 8+ minutes at peak times',
      'Warranty and delivery fields typed twice',
      'Three systems to find one order',
      'Warranty not registered for two days',
    ]);
  });

  it('sorts by a column when its header is clicked, and the other way round on a second click', () => {
    renderRegister();
    const votes = screen.getByRole('button', { name: 'Votes' });
    fireEvent.click(votes);
    expect(bodyTitles()[0]).toBe('Waits 8+ minutes at peak times');
    expect(votes.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(votes);
    expect(bodyTitles()[0]).toBe('Warranty not registered for two days');
    expect(votes.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
  });

  it('filters by side and by team, and Show all brings every row back', () => {
    renderRegister();
    fireEvent.change(screen.getByLabelText('Side'), { target: { value: 'customer' } });
    expect(bodyTitles()).toEqual(['Waits 8+ minutes at peak times', 'Warranty not registered for two days']);
    fireEvent.change(screen.getByLabelText('Side'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Team'), {
      target: { value: screen.getByRole('option', { name: 'Store staff' }).getAttribute('value') },
    });
    expect(bodyTitles()).toEqual(['Warranty and delivery fields typed twice']);
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(bodyTitles()).toHaveLength(5);
  });

  it('selects the card of a clicked row', () => {
    const { store } = renderRegister();
    fireEvent.click(screen.getByRole('button', { name: 'Waits 8+ minutes at peak times' }));
    const card = store.getState().doc.cards.find((c) => c.title === 'Queues at the till to pay')!;
    expect(store.getState().selection).toEqual([card.id]);
  });

  it('adds one action for the selected rows, as one undoable command', () => {
    const { store } = renderRegister();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Waits 8+ minutes at peak times' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Three systems to find one order' }));
    const input = screen.getByLabelText('Add action for selected (2)');
    fireEvent.change(input, { target: { value: 'Express till at peak times' } });
    fireEvent.submit(input.closest('form')!);
    const pains = store.getState().doc.painPoints;
    const id = (t: string) => pains.find((p) => p.title === t)!.id;
    const action = store.getState().doc.opportunities.find((o) => o.title === 'Express till at peak times')!;
    expect(action.painPointIds).toEqual([id('Waits 8+ minutes at peak times'), id('Three systems to find one order')]);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add action']);
    expect(screen.queryByLabelText(/Add action for selected/)).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Actions (4)' }));
    expect(screen.getAllByLabelText('Action').map((el) => (el as HTMLInputElement).value)).toContain(
      'Express till at peak times',
    );
  });

  it('lists actions answering the highest-priority pain first and deletes one undoably', () => {
    const { store } = renderRegister();
    fireEvent.click(screen.getByRole('tab', { name: 'Actions (3)' }));
    const titles = () => screen.getAllByLabelText('Action').map((el) => (el as HTMLInputElement).value);
    expect(titles()).toEqual([
      'Fix the card-terminal handshake before peak season',
      'Pass warranty and delivery data from the POS automatically',
      'Register warranties in real time',
    ]);
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete action' })[2]!);
    expect(titles()).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().doc.opportunities).toHaveLength(3);
  });

  it('starts and ends a trace from a row', () => {
    const { store } = renderRegister();
    const trace = screen.getByRole('button', { name: 'Trace Waits 8+ minutes at peak times' });
    fireEvent.click(trace);
    expect(store.getState().tracedPainPointId).toBe(
      store.getState().doc.painPoints.find((p) => p.title.startsWith('Waits'))!.id,
    );
    fireEvent.click(trace);
    expect(store.getState().tracedPainPointId).toBeNull();
  });

  it('falls back to a CSV download where the host has no save dialog', async () => {
    const { host } = renderRegister();
    let downloaded: string | null = null;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      await screen.findByText('Downloaded Retail checkout — new POS rollout pain points.csv.');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded).toBe('Retail checkout — new POS rollout pain points.csv');
    expect(host.calls.map((c) => c.name)).toContain('dialog/save');
  });

  it('asks where to save in the desktop app and lets the host write the CSV through export/run', async () => {
    const runs: CallArgs<'export/run'>[] = [];
    renderEditor((host) => {
      const client: TandemClient = {
        ...host.client,
        'dialog/save': async () => ({ ok: true, data: { path: '/maps/pain.csv' } }),
        'export/run': async (args) => {
          runs.push(args);
          return { ok: true, data: { files: ['/maps/pain.csv', '/maps/pain actions.csv'], mapPages: null } };
        },
      };
      return (
        <ReactFlowProvider>
          <RegisterDrawer client={client} />
        </ReactFlowProvider>
      );
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('Saved /maps/pain.csv and /maps/pain actions.csv.');
    expect(runs).toEqual([{ format: 'csv', path: '/maps/pain.csv' }]);
  });

  it('says so readably when the host cannot write the CSV', async () => {
    renderEditor((host) => {
      const client: TandemClient = {
        ...host.client,
        'dialog/save': async () => ({ ok: true, data: { path: '/nowhere/pain.csv' } }),
        'export/run': async () => ({ ok: false, error: { code: 'io', message: 'the folder does not exist' } }),
      };
      return (
        <ReactFlowProvider>
          <RegisterDrawer client={client} />
        </ReactFlowProvider>
      );
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The CSV could not be saved: the folder does not exist',
    );
  });
});
