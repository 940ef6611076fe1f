import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import type { TandemClient } from '../api/client';
import { renderEditor, type FakeHost } from '../../test/helpers/renderEditor';
import { showLanguage } from '../i18n';
import { ExportDialog } from './ExportDialog';

type Handler = (args: unknown) => Promise<ApiResult<unknown>>;

/** The fake host's client with some calls answered by the test. */
function withCalls(host: FakeHost, overrides: Partial<Record<CallName, Handler>>): TandemClient {
  const client = { ...host.client } as unknown as Record<string, unknown>;
  for (const [name, handler] of Object.entries(overrides)) {
    client[name] = (args: unknown) => {
      host.calls.push({ name: name as CallName, args });
      return (handler as Handler)(args);
    };
  }
  return client as unknown as TandemClient;
}

const ok = (data: unknown) => Promise.resolve<ApiResult<unknown>>({ ok: true, data });
const desktop = { 'app/info': () => ok({ version: 't', host: 'electron', platform: 'linux' }) };
const saved = { 'export/run': (args: unknown) => ok({ files: [(args as { path: string }).path], mapPages: 1 }) };

function open(overrides: Partial<Record<CallName, Handler>> = {}) {
  const onClose = vi.fn();
  const r = renderEditor((host) => <ExportDialog client={withCalls(host, overrides)} onClose={onClose} />);
  return { ...r, onClose, pathField: () => screen.getByLabelText('Save to') as HTMLInputElement };
}

const runArgs = (host: FakeHost) => host.calls.filter((c) => c.name === 'export/run').map((c) => c.args);

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('the export dialog', () => {
  it('shows the PDF options by default and the PNG options after choosing PNG, changing the file extension', async () => {
    const { pathField } = open();
    expect(screen.getByLabelText('Paper')).toBeTruthy();
    expect(screen.getByLabelText('Fit to one page')).toBeTruthy();
    expect(screen.getByLabelText(/Appendix/)).toBeTruthy();
    expect(pathField().value).toBe('/maps/Sample map.pdf');
    await userEvent.click(screen.getByLabelText('PNG'));
    expect(screen.queryByLabelText('Paper')).toBeNull();
    expect(screen.getByLabelText('2×')).toBeTruthy();
    expect(screen.getByLabelText('Transparent')).toBeTruthy();
    expect(pathField().value).toBe('/maps/Sample map.png');
    expect(screen.getByTestId('export-summary').textContent).toMatch(/^\d[\d,]* × \d[\d,]* px$/);
    await userEvent.click(screen.getByLabelText('JSON'));
    expect(screen.queryByTestId('export-preview')).toBeNull();
    expect(pathField().value).toBe('/maps/Sample map.json');
  });

  it('counts the pages of a tiled PDF with its appendix and draws the tiles over the preview', async () => {
    open();
    expect(screen.getByTestId('export-summary').textContent).toBe('1 page: the whole map');
    await userEvent.selectOptions(screen.getByLabelText('Paper'), 'A4');
    await userEvent.click(screen.getByLabelText('Tiles across pages'));
    const tiled = screen.getByTestId('export-summary').textContent ?? '';
    const m = /^(\d+) pages: overview \+ (\d+) × (\d+) tiles$/.exec(tiled);
    expect(m, tiled).not.toBeNull();
    const [, total, rows, cols] = m?.map(Number) ?? [];
    expect(total).toBe(1 + (rows ?? 0) * (cols ?? 0));
    expect(screen.getAllByTestId('preview-tile')).toHaveLength((rows ?? 0) * (cols ?? 0));
    await userEvent.click(screen.getByLabelText(/Appendix/));
    expect(screen.getByTestId('export-summary').textContent).toMatch(
      new RegExp(`^\\d+ pages: overview \\+ ${rows} × ${cols} tiles \\+ appendix \\d+$`),
    );
  });

  it('fits the stages on the pages across that the user asks for, and sends that instead of a scale', async () => {
    const { host } = open(saved);
    await userEvent.click(screen.getByLabelText('Tiles across pages'));
    await userEvent.selectOptions(screen.getByLabelText('Tile scale'), '3 pages across');
    expect(screen.getByTestId('export-summary').textContent).toMatch(/^\d+ pages: overview \+ \d+ × 3 tiles$/);
    await userEvent.selectOptions(screen.getByLabelText('Tile scale'), '1 page across');
    expect(screen.getByTestId('export-summary').textContent).toMatch(/^\d+ pages?: overview \+ \d+ × 1 tiles?$/);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Saved to')).toBeTruthy();
    expect(runArgs(host)[0]).toMatchObject({ fit: 'tiles', pagesWide: 1 });
  });

  it('sends the chosen options to export/run and says where the file was saved', async () => {
    const { host } = open(saved);
    await userEvent.click(screen.getByLabelText('Tiles across pages'));
    await userEvent.selectOptions(screen.getByLabelText('Tile scale'), 'scale:0.5');
    await userEvent.click(screen.getByLabelText('Portrait'));
    await userEvent.click(screen.getByLabelText(/Appendix/));
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Saved to')).toBeTruthy();
    expect(screen.getByText('/maps/Sample map.pdf')).toBeTruthy();
    expect(runArgs(host)).toEqual([
      {
        format: 'pdf',
        path: '/maps/Sample map.pdf',
        background: 'white',
        paper: 'A3',
        orientation: 'portrait',
        marginMm: 10,
        fit: 'tiles',
        scale: 0.5,
        appendix: true,
      },
    ]);
  });

  it('shows progress from export/progress events, and Cancel stops the export', async () => {
    let finish: (r: ApiResult<unknown>) => void = () => undefined;
    const { host } = open({
      'export/run': () => new Promise((resolve) => (finish = resolve)),
      'export/cancel': () => ok({ cancelled: true }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    act(() => host.emit('export/progress', { phase: 'Printing to PDF', step: 'printing', done: 3, total: 4 }));
    const bar = screen.getByLabelText('Export progress') as HTMLProgressElement;
    expect(bar.value).toBe(3);
    expect(bar.max).toBe(4);
    expect(screen.getByText(/Printing to PDF \(step 4 of 4\)/)).toBeTruthy();
    // The step is worded in the UI's language, not the host's English.
    act(() => showLanguage('pl'));
    act(() => host.emit('export/progress', { phase: 'Printing to PDF', step: 'printing', done: 3, total: 4 }));
    expect(screen.getByText(/Drukowanie do PDF/)).toBeTruthy();
    act(() => showLanguage('en'));
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(host.calls.some((c) => c.name === 'export/cancel')).toBe(true);
    await act(async () => finish({ ok: false, error: { code: 'conflict', message: 'The export was cancelled.' } }));
    expect(screen.getByText('Export cancelled. Nothing was written.')).toBeTruthy();
  });

  it('offers Show in folder in the desktop app, which asks the host to reveal the file', async () => {
    const { host } = open({ ...desktop, ...saved, 'shell/reveal': () => ok({ revealed: true }) });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Show in folder' }));
    expect(host.calls.find((c) => c.name === 'shell/reveal')?.args).toEqual({ path: '/maps/Sample map.pdf' });
  });

  it('offers Copy path in the browser host instead, and copies the saved path', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    open(saved);
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Copy path' }));
    expect(writeText).toHaveBeenCalledWith('/maps/Sample map.pdf');
    expect(await screen.findByText('Path copied.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show in folder' })).toBeNull();
  });

  it('shows why an export failed in words', async () => {
    open({
      'export/run': () =>
        Promise.resolve({ ok: false, error: { code: 'not_found', message: 'The folder /nowhere does not exist.' } }),
    });
    fireEvent.change(screen.getByLabelText('Save to'), { target: { value: '/nowhere/map.pdf' } });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The export did not finish');
    expect(alert.textContent).toContain('The folder /nowhere does not exist.');
  });

  it('uses the native Save dialog in the desktop app, filtered to the format', async () => {
    const { host, pathField } = open({ ...desktop, 'dialog/save': () => ok({ path: '/home/dana/Board pack.pdf' }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Choose…' }));
    await waitFor(() => expect(pathField().value).toBe('/home/dana/Board pack.pdf'));
    expect(host.calls.find((c) => c.name === 'dialog/save')?.args).toEqual({
      suggestedName: '/maps/Sample map.pdf',
      filters: [{ name: 'PDF file', extensions: ['pdf'] }],
    });
  });

  it('in the desktop app, confirms a typed path in the Save dialog when the host refuses it, then exports there', async () => {
    const { host } = open({
      ...desktop,
      'dialog/save': () => ok({ path: '/home/dana/board.pdf' }),
      'export/run': (args: unknown) =>
        (args as { path: string }).path === '/home/dana/board.pdf'
          ? ok({ files: ['/home/dana/board.pdf'], mapPages: 1 })
          : Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'not chosen in a file dialog' } }),
    });
    fireEvent.change(screen.getByLabelText('Save to'), { target: { value: '/home/dana/typed.pdf' } });
    // Choose… shows once the dialog knows it runs in the desktop app.
    await screen.findByRole('button', { name: 'Choose…' });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText('Saved to');
    expect(host.calls.find((c) => c.name === 'dialog/save')?.args).toMatchObject({
      suggestedName: '/home/dana/typed.pdf',
    });
    expect(runArgs(host).map((a) => (a as { path: string }).path)).toEqual([
      '/home/dana/typed.pdf',
      '/home/dana/board.pdf',
    ]);
    expect(screen.getByText('/home/dana/board.pdf')).toBeTruthy();
  });

  it('remembers the last options and folder of this map', async () => {
    const first = open(saved);
    await userEvent.click(screen.getByLabelText('PNG'));
    await userEvent.click(screen.getByLabelText('3×'));
    fireEvent.change(first.pathField(), { target: { value: '/exports/board.png' } });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText('Saved to');
    first.unmount();
    const second = open();
    expect((screen.getByLabelText('3×') as HTMLInputElement).checked).toBe(true);
    expect(second.pathField().value).toBe('/exports/Sample map.png');
  });
});
