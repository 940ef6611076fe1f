import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UpdateAction, UpdateState } from '../../../shared/api/contract';
import { createFakeHost, sampleOpened } from '../../../test/helpers/renderEditor';
import type { TandemClient } from '../../api/client';
import { showLanguage } from '../../i18n';
import { UpdateDialog } from './UpdateDialog';

/** A host whose update check answers each action with the state `answer` gives. */
function hostAnswering(answer: (action: UpdateAction) => UpdateState) {
  const host = createFakeHost(sampleOpened());
  const asked: UpdateAction[] = [];
  const client: TandemClient = {
    ...host.client,
    'app/updates': async ({ action }) => {
      asked.push(action);
      return { ok: true, data: answer(action) };
    },
  };
  return { host, client, asked };
}

describe('Help › Check for updates…', () => {
  it('looks at once, offers the newer release, downloads it only when asked, and offers the restart', async () => {
    const { host, client, asked } = hostAnswering((action) =>
      action === 'status'
        ? { state: 'idle' }
        : action === 'check'
          ? { state: 'available', version: '1.3.0' }
          : action === 'download'
            ? { state: 'downloading', version: '1.3.0', percent: 0 }
            : { state: 'ready', version: '1.3.0' },
    );
    render(<UpdateDialog client={client} onClose={() => undefined} />);
    expect(await screen.findByText(/Tandem 1\.3\.0 is available\. Download it now\?/)).toBeTruthy();
    expect(asked).toEqual(['status', 'check']);

    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    act(() => host.emit('update/state', { state: 'downloading', version: '1.3.0', percent: 64 }));
    expect(screen.getByRole('status').textContent).toBe('Downloading Tandem 1.3.0: 64%');
    expect((screen.getByRole('progressbar', { name: 'Download progress' }) as HTMLProgressElement).value).toBe(64);
    act(() => host.emit('update/state', { state: 'ready', version: '1.3.0' }));
    await userEvent.click(screen.getByRole('button', { name: 'Restart now' }));
    expect(asked).toEqual(['status', 'check', 'download', 'install']);
    expect(screen.getByRole('button', { name: 'Later' })).toBeTruthy();
  });

  it('says why a copy has no updates, in the UI language, and never asks for a check', async () => {
    const { client, asked } = hostAnswering(() => ({ state: 'unavailable', reason: 'no-feed' }));
    act(() => showLanguage('pl'));
    render(<UpdateDialog client={client} onClose={() => undefined} />);
    expect(
      await screen.findByText(
        'Ta kopia Tandem została zbudowana bez adresu aktualizacji: nowe wydania pobieraj tam, skąd masz tę.',
      ),
    ).toBeTruthy();
    act(() => showLanguage('en'));
    expect(asked).toEqual(['status']);
    expect(screen.queryByRole('button', { name: 'Download' })).toBeNull();
  });

  it('reports a failed check with its reason and lets the user try again', async () => {
    let fail = true;
    const { client, asked } = hostAnswering((action) =>
      action === 'status'
        ? { state: 'idle' }
        : fail
          ? { state: 'error', message: 'net::ERR_NAME_NOT_RESOLVED' }
          : { state: 'up-to-date', version: '1.2.0' },
    );
    render(<UpdateDialog client={client} onClose={() => undefined} />);
    expect(await screen.findByText('Could not check for updates: net::ERR_NAME_NOT_RESOLVED')).toBeTruthy();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('Tandem is up to date (the newest release is 1.2.0).')).toBeTruthy();
    expect(asked).toEqual(['status', 'check', 'check']);
  });
});
