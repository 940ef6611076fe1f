import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CallResult } from '../../shared/api/contract';
import { TEMPLATES } from '../../shared/templates';
import { createFakeHost, sampleOpened } from '../../test/helpers/renderEditor';
import type { TandemClient } from '../api/client';
import { StartScreen } from './StartScreen';

const THUMBNAIL = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

/** A desktop host whose recent list has a map that is there and one that was moved away. */
function desktopWithRecent(removeAnswer: CallResult<'recent/remove'> | string = { removed: true }) {
  const removed: string[] = [];
  const client: TandemClient = {
    ...createFakeHost(sampleOpened()).client,
    'app/info': async () => ({ ok: true, data: { version: 't', host: 'electron', platform: 'test', locale: null } }),
    'templates/list': async () => ({ ok: true, data: TEMPLATES }),
    'recent/list': async () => ({
      ok: true,
      data: [
        { path: '/maps/shop.tandem', title: 'Retail checkout', openedAt: '2026-01-02T09:00:00Z', thumbnail: THUMBNAIL },
        { path: '/usb/bank.tandem', title: 'Open an account', openedAt: '2026-01-01T09:00:00Z', missing: true },
      ],
    }),
    'recent/remove': async ({ path }) => {
      removed.push(path);
      return typeof removeAnswer === 'string'
        ? { ok: false, error: { code: 'forbidden', message: removeAnswer } }
        : { ok: true, data: removeAnswer };
    },
  };
  render(<StartScreen client={client} currentPath="/maps/shop.tandem" onOpened={vi.fn()} onClose={() => undefined} />);
  return { removed };
}

describe('the start screen’s recent maps', () => {
  it('shows each map with its title and thumbnail, and marks one that is gone instead of offering to open it', async () => {
    desktopWithRecent();
    const shop = (await screen.findByText('Retail checkout')).closest('li') as HTMLElement;
    const picture = shop.querySelector('img');
    expect(picture?.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(THUMBNAIL)}`);
    expect(within(shop).getByRole('button', { name: 'Open Retail checkout' })).toBeTruthy();
    const bank = screen.getByText('Open an account').closest('li') as HTMLElement;
    expect(within(bank).getByText('Not found: moved, renamed or deleted')).toBeTruthy();
    expect(within(bank).queryByRole('button', { name: 'Open Open an account' })).toBeNull();
  });

  it('removes a missing map from the list when asked', async () => {
    const { removed } = desktopWithRecent();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Open an account from the recent maps' }));
    await waitFor(() => expect(screen.queryByText('Open an account')).toBeNull());
    expect(removed).toEqual(['/usb/bank.tandem']);
    expect(screen.getByText('Retail checkout')).toBeTruthy();
  });

  it('keeps the map listed and says why when the host refuses to remove it', async () => {
    desktopWithRecent('"/usb/bank.tandem" is not on the list of maps this window may open.');
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Open an account from the recent maps' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'It could not be removed from the list: "/usb/bank.tandem" is not on the list of maps this window may open.',
    );
    expect(screen.getByText('Open an account')).toBeTruthy();
  });
});
