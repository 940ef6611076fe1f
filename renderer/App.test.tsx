import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { createFromTemplate, TEMPLATES } from '../shared/templates';
import { createFakeHost, sampleOpened } from '../test/helpers/renderEditor';
import type { TandemClient } from './api/client';
import { App } from './App';

describe('App', () => {
  it('shows the start screen when no map is open, then the editor with the map made there', async () => {
    const base = createFakeHost(sampleOpened()).client;
    const client: TandemClient = {
      ...base,
      'map/current': async () => ({ ok: false, error: { code: 'not_found', message: 'No map is open.' } }),
      'templates/list': async () => ({ ok: true, data: TEMPLATES }),
      'recent/list': async () => ({ ok: true, data: [] }),
      'map/new': async ({ path, template, title }) => ({
        ok: true,
        data: { doc: createFromTemplate(template, title), revision: 0, path },
      }),
    };
    render(<App client={client} />);
    const start = await screen.findByRole('dialog', { name: 'Start a map' });
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
    expect(start.textContent).toContain('No recent maps yet.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Open an account' } });
    fireEvent.change(await screen.findByRole('textbox', { name: /Save as/ }), {
      target: { value: '/maps/Open an account.tandem' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create map' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Open an account' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says plainly why the map could not be opened', async () => {
    const base = createFakeHost(sampleOpened()).client;
    render(
      <App
        client={{
          ...base,
          'map/current': async () => ({ ok: false, error: { code: 'io', message: 'The file is damaged.' } }),
        }}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('The file is damaged.');
  });
});
