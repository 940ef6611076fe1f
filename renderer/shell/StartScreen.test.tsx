import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { CallArgs, OpenedMap } from '../../shared/api/contract';
import { createFromTemplate, TEMPLATES, templatesIn } from '../../shared/templates';
import type { TandemClient } from '../api/client';
import { createFakeHost, sampleOpened } from '../../test/helpers/renderEditor';
import { showLanguage } from '../i18n';
import { StartScreen } from './StartScreen';

afterEach(() => showLanguage('en'));

/** A host at the network boundary that creates maps from templates in memory; `host` says which kind it is. */
function fakeClient(host: 'electron' | 'browser', savePath: string | null = '/picked/Open an account.tandem') {
  const base = createFakeHost(sampleOpened()).client;
  const created: CallArgs<'map/new'>[] = [];
  const saveAsked: string[] = [];
  const client: TandemClient = {
    ...base,
    'app/info': async () => ({ ok: true, data: { version: 't', host, platform: 'test', locale: null } }),
    'templates/list': async ({ language }) => ({ ok: true, data: language ? templatesIn(language) : TEMPLATES }),
    'recent/list': async () => ({
      ok: true,
      data: [{ path: '/maps/Sample map.tandem', title: 'Retail checkout', openedAt: '2026-01-01T09:00:00Z' }],
    }),
    'dialog/save': async ({ suggestedName }) => {
      if (host === 'browser') return { ok: false, error: { code: 'unsupported', message: 'no dialogs' } };
      saveAsked.push(suggestedName);
      return { ok: true, data: { path: savePath } };
    },
    'map/new': async (args) => {
      created.push(args);
      if (args.path.endsWith('exists.tandem'))
        return {
          ok: false,
          error: { code: 'conflict', message: `"${args.path}" already exists; choose another name.` },
        };
      const doc = createFromTemplate(args.template, args.title, new Date(), args.language);
      return { ok: true, data: { doc, revision: 0, path: args.path } };
    },
  };
  return { client, created, saveAsked };
}

function renderStart(client: TandemClient, currentPath: string | null = '/maps/Sample map.tandem') {
  const onOpened = vi.fn<(opened: OpenedMap) => void>();
  render(<StartScreen client={client} currentPath={currentPath} onOpened={onOpened} onClose={() => undefined} />);
  return onOpened;
}

describe('StartScreen', () => {
  it('lists every template with its description, and the recent maps', async () => {
    renderStart(fakeClient('browser').client);
    for (const t of TEMPLATES) {
      expect(await screen.findByRole('radio', { name: new RegExp(t.title) })).toBeTruthy();
      expect(screen.getByText(t.description)).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Open Retail checkout' })).toBeTruthy();
  });

  it('in the browser host, proposes a path beside the open map named after the title, and creates the map there', async () => {
    const { client, created } = fakeClient('browser');
    const onOpened = renderStart(client);
    fireEvent.click(await screen.findByRole('radio', { name: /Linked CX–EX map/ }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Open an account' } });
    const path = await screen.findByRole('textbox', { name: /Save as/ });
    expect((path as HTMLInputElement).value).toBe('/maps/Open an account.tandem');
    fireEvent.change(path, { target: { value: '/work/bank/Open an account.tandem' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create map' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    expect(created).toEqual([
      { path: '/work/bank/Open an account.tandem', template: 'linked-cx-ex', title: 'Open an account', language: 'en' },
    ]);
    expect(onOpened.mock.calls[0]![0].doc.meta.title).toBe('Open an account');
  });

  it('in Electron, asks the Save dialog where the new map goes and creates it there', async () => {
    const { client, created, saveAsked } = fakeClient('electron');
    const onOpened = renderStart(client);
    fireEvent.click(await screen.findByRole('radio', { name: /Service blueprint/ }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Open an account' } });
    expect(screen.queryByRole('textbox', { name: /Save as/ })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Create…' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    expect(saveAsked).toEqual(['Open an account.tandem']);
    expect(created).toEqual([
      {
        path: '/picked/Open an account.tandem',
        template: 'service-blueprint',
        title: 'Open an account',
        language: 'en',
      },
    ]);
  });

  it('creates nothing when the Save dialog is cancelled', async () => {
    const { client, created } = fakeClient('electron', null);
    const onOpened = renderStart(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Create…' }));
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Create…' }) as HTMLButtonElement).disabled).toBe(false),
    );
    expect(created).toEqual([]);
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('says why a map could not be created, and stays open', async () => {
    const { client } = fakeClient('browser');
    const onOpened = renderStart(client);
    fireEvent.change(await screen.findByRole('textbox', { name: /Save as/ }), {
      target: { value: '/maps/exists.tandem' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create map' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/already exists/);
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('opens a recent map with its Open button', async () => {
    const { client } = fakeClient('browser');
    const opened = { doc: createFromTemplate('sample'), revision: 3, path: '/maps/Sample map.tandem' };
    const open = vi.fn<TandemClient['map/open']>(async () => ({ ok: true, data: opened }));
    const onOpened = renderStart({ ...client, 'map/open': open });
    fireEvent.click(await screen.findByRole('button', { name: 'Open Retail checkout' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledWith(opened));
    expect(open).toHaveBeenCalledWith({ path: '/maps/Sample map.tandem' });
  });

  it('makes the new map in the language chosen, listing the templates as that language writes them', async () => {
    const { client, created } = fakeClient('browser');
    const onOpened = renderStart(client);
    const language = (await screen.findByRole('combobox', { name: 'Map language' })) as HTMLSelectElement;
    expect(language.value).toBe('en');
    fireEvent.change(language, { target: { value: 'pl' } });
    fireEvent.click(await screen.findByRole('radio', { name: /Schemat usługi \(blueprint\)/ }));
    expect(screen.getByText(/Punkty styku, działania klienta/)).toBeTruthy();
    expect(screen.queryByRole('radio', { name: /Service blueprint/ })).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Otwarcie konta' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create map' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    expect(created).toEqual([
      { path: '/maps/Otwarcie konta.tandem', template: 'service-blueprint', title: 'Otwarcie konta', language: 'pl' },
    ]);
    const doc = onOpened.mock.calls[0]![0].doc;
    expect(doc.meta.language).toBe('pl');
    expect(doc.lanes.map((l) => l.title)).toContain('Działania za kulisami');
  });

  it('starts from the UI’s language: a Ukrainian UI makes a Ukrainian map unless told otherwise', async () => {
    showLanguage('uk');
    const { client, created } = fakeClient('browser');
    const onOpened = renderStart(client);
    const language = (await screen.findByRole('combobox', { name: 'Мова карти' })) as HTMLSelectElement;
    expect(language.value).toBe('uk');
    fireEvent.click(await screen.findByRole('radio', { name: /Пов’язана карта CX–EX/ }));
    fireEvent.submit(screen.getByRole('form', { name: 'Нова карта' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    expect(created).toMatchObject([{ template: 'linked-cx-ex', title: 'Пов’язана карта CX–EX', language: 'uk' }]);
    expect(onOpened.mock.calls[0]![0].doc.stages.map((s) => s.name)).toContain('Користування');
  });
});
