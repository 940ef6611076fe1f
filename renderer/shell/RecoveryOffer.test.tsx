import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { BackupInfo, CallArgs, OpenedMap } from '../../shared/api/contract';
import { createFromTemplate } from '../../shared/templates';
import type { TandemClient } from '../api/client';
import { createFakeHost, sampleOpened } from '../../test/helpers/renderEditor';
import { StartScreen } from './StartScreen';

const DAMAGED = '/maps/Bank.tandem';
const REFUSAL = '"Bank.tandem" is damaged: it is empty (0 bytes). It was not opened; nothing in it was changed.';
/** 3 Dec 14:05 local time, whatever the machine's time zone. */
const TAKEN = new Date(new Date().getFullYear(), 11, 3, 14, 5).toISOString();

/** A host whose map at DAMAGED fails to open as damaged, with `backups` kept for it; records recoveries. */
function fakeClient(host: 'electron' | 'browser', backups: BackupInfo[]) {
  const base = createFakeHost(sampleOpened()).client;
  const recovered: CallArgs<'map/recover'>[] = [];
  const saveAsked: string[] = [];
  const client: TandemClient = {
    ...base,
    'app/info': async () => ({ ok: true, data: { version: 't', host, platform: 'test', locale: null } }),
    'recent/list': async () => ({ ok: true, data: [] }),
    'map/open': async () => ({ ok: false, error: { code: 'damaged', message: REFUSAL } }),
    'map/backups': async ({ path }) => ({ ok: true, data: { backups: path === DAMAGED ? backups : [] } }),
    'dialog/save': async ({ suggestedName }) => {
      if (host === 'browser') return { ok: false, error: { code: 'unsupported', message: 'no dialogs' } };
      saveAsked.push(suggestedName);
      return { ok: true, data: { path: `/picked/${suggestedName}` } };
    },
    'map/recover': async (args) => {
      recovered.push(args);
      if (args.out.endsWith('taken.tandem'))
        return {
          ok: false,
          error: { code: 'conflict', message: `"${args.out}" already exists; choose another name.` },
        };
      return { ok: true, data: { doc: createFromTemplate('blank', 'Bank'), revision: 12, path: args.out } };
    },
  };
  return { client, recovered, saveAsked };
}

const ONE_BACKUP: BackupInfo[] = [
  { id: '20261203T140500000Z-r12-0123456789ab.tandem', takenAt: TAKEN, revision: 12, cards: 212, title: 'Bank' },
];

function renderStart(client: TandemClient) {
  const onOpened = vi.fn<(opened: OpenedMap) => void>();
  render(<StartScreen client={client} currentPath="/maps/Other.tandem" focus="open" onOpened={onOpened} />);
  return onOpened;
}

/** Types the damaged map's path into the Open field (browser host) and opens it. */
async function openDamaged(): Promise<void> {
  const field = await screen.findByRole('textbox', { name: 'Open a map file (path)' });
  fireEvent.change(field, { target: { value: DAMAGED } });
  fireEvent.submit(field);
  expect((await screen.findByRole('alert')).textContent).toBe(REFUSAL);
}

describe('RecoveryOffer', () => {
  it('in the browser, names the newest good backup and opens it as a copy at a typed path', async () => {
    const { client, recovered } = fakeClient('browser', ONE_BACKUP);
    const onOpened = renderStart(client);
    await openDamaged();
    const offer = await screen.findByRole('region', { name: 'Recover from a backup' });
    expect(offer.textContent).toContain('backup from 3 Dec 14:05, 212 cards');
    expect(offer.textContent).toContain('the damaged file stays as it is');
    const button = screen.getByRole('button', { name: 'Open backup as copy…' });
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    const out = screen.getByRole('textbox', { name: /Path of the copy/ });
    expect(document.activeElement).toBe(out);
    expect((out as HTMLInputElement).value).toBe('/maps/Bank (recovered).tandem');
    fireEvent.change(out, { target: { value: '/maps/taken.tandem' } });
    fireEvent.submit(out);
    expect(await screen.findByText('"/maps/taken.tandem" already exists; choose another name.')).toBeTruthy();
    expect(onOpened).not.toHaveBeenCalled();
    fireEvent.change(out, { target: { value: '/maps/Bank again.tandem' } });
    fireEvent.submit(out);
    await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    expect(recovered).toEqual([
      { path: DAMAGED, out: '/maps/taken.tandem' },
      { path: DAMAGED, out: '/maps/Bank again.tandem' },
    ]);
    expect(onOpened.mock.calls[0]![0].path).toBe('/maps/Bank again.tandem');
  });

  it('in Electron, asks the Save dialog where the copy goes, suggesting "(recovered)"', async () => {
    const { client, recovered, saveAsked } = fakeClient('electron', ONE_BACKUP);
    const onOpened = vi.fn<(opened: OpenedMap) => void>();
    render(
      <StartScreen
        client={client}
        currentPath="/maps/Other.tandem"
        failedOpen={{ path: DAMAGED, message: REFUSAL }}
        onOpened={onOpened}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(REFUSAL);
    fireEvent.click(await screen.findByRole('button', { name: 'Open backup as copy…' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    expect(saveAsked).toEqual(['Bank (recovered).tandem']);
    expect(recovered).toEqual([{ path: DAMAGED, out: '/picked/Bank (recovered).tandem' }]);
  });

  it('says so when the damaged map has no good backup, and offers nothing to click', async () => {
    const { client } = fakeClient('browser', []);
    renderStart(client);
    await openDamaged();
    expect(await screen.findByText(/Tandem has no good backup of this map/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Open backup as copy/ })).toBeNull();
  });
});
