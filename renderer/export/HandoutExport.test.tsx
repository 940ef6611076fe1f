import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { TandemClient } from '../api/client';
import { renderEditor, type FakeHost } from '../../test/helpers/renderEditor';
import { ExportDialog } from './ExportDialog';

const ok = (data: unknown) => Promise.resolve<ApiResult<unknown>>({ ok: true, data });

/** The fake host's client, answering `export/run` as a finished export of the requested file. */
function clientOf(host: FakeHost): TandemClient {
  const client = { ...host.client } as unknown as Record<string, unknown>;
  client['export/run'] = (args: unknown) => {
    host.calls.push({ name: 'export/run' as CallName, args });
    return ok({ files: [(args as { path: string }).path], mapPages: null });
  };
  return client as unknown as TandemClient;
}

function open() {
  const r = renderEditor((host) => <ExportDialog client={clientOf(host)} onClose={vi.fn()} />);
  return { ...r, pathField: () => screen.getByLabelText('Save to') as HTMLInputElement };
}

beforeEach(() => localStorage.clear());

describe("exporting a team's handout from the export dialog", () => {
  it('offers PDF and PNG only, asks for the team, names the file after it and sends the team with the request', async () => {
    const { host, pathField } = open();
    await userEvent.click(screen.getByLabelText('SVG'));
    await userEvent.click(screen.getByLabelText("A team's handout"));
    // The handout is a page: SVG, JSON and CSV go, PDF is chosen, and the map's paper options are not asked.
    expect(screen.queryByLabelText('SVG')).toBeNull();
    expect(screen.queryByLabelText('JSON')).toBeNull();
    expect((screen.getByLabelText('PDF') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('Paper')).toBeNull();
    expect(screen.getByTestId('export-summary').textContent).toBe('Choose the team whose handout to export.');
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(true);

    await userEvent.selectOptions(screen.getByLabelText('Team'), 'Logistics');
    expect(pathField().value).toBe('/maps/Sample map - Logistics.pdf');
    expect(screen.getByTestId('export-summary').textContent).toMatch(
      /^One A4 page \(portrait\) for Logistics: the customer moments its cards shape/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const logistics = host.doc.teams.find((t) => t.name === 'Logistics')!.id;
    expect(host.calls.filter((c) => c.name === 'export/run').map((c) => c.args)).toEqual([
      { format: 'pdf', path: '/maps/Sample map - Logistics.pdf', handout: logistics },
    ]);
    expect(await screen.findByText('Saved to')).toBeTruthy();

    await userEvent.click(screen.getByLabelText('PNG'));
    expect(pathField().value).toBe('/maps/Sample map - Logistics.png');
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(host.calls.filter((c) => c.name === 'export/run').at(-1)?.args).toEqual({
      format: 'png',
      path: '/maps/Sample map - Logistics.png',
      scale: 2,
      handout: logistics,
    });
  }, 15_000);

  it('goes back to the map export, with its own file name, when the map is chosen again', async () => {
    const { pathField } = open();
    await userEvent.click(screen.getByLabelText("A team's handout"));
    await userEvent.selectOptions(screen.getByLabelText('Team'), 'IT systems');
    expect(pathField().value).toBe('/maps/Sample map - IT systems.pdf');
    await userEvent.click(screen.getByLabelText('The map'));
    expect(pathField().value).toBe('/maps/Sample map.pdf');
    expect(screen.getByLabelText('Paper')).toBeTruthy();
    expect(screen.getByLabelText('SVG')).toBeTruthy();
  });
});

describe('exporting a root-cause trace from the export dialog', () => {
  it('lists the cards that have pain points, names the file after the card and sends it with the request', async () => {
    const { host, pathField } = open();
    await userEvent.click(screen.getByLabelText('A root-cause trace'));
    expect(screen.queryByLabelText('SVG')).toBeNull();
    expect(screen.getByTestId('export-summary').textContent).toBe('Choose the card whose pain to trace.');
    const select = screen.getByLabelText('Card') as HTMLSelectElement;
    const listed = [...select.options].slice(1).map((o) => o.textContent);
    const hurting = new Set(host.doc.painPoints.map((p) => p.cardId));
    expect(listed).toEqual(
      host.doc.cards
        .filter((c) => hurting.has(c.id))
        .map((c) => c.title)
        .sort((a, b) => a.localeCompare(b)),
    );
    await userEvent.selectOptions(select, 'Queues at the till to pay');
    expect(pathField().value).toBe('/maps/Sample map - Queues at the till to pay.pdf');
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const queue = host.doc.cards.find((c) => c.title === 'Queues at the till to pay')!.id;
    expect(host.calls.filter((c) => c.name === 'export/run').at(-1)?.args).toEqual({
      format: 'pdf',
      path: '/maps/Sample map - Queues at the till to pay.pdf',
      trace: queue,
    });
  });
});
