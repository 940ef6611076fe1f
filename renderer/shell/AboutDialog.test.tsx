import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeHost, sampleOpened } from '../../test/helpers/renderEditor';
import type { TandemClient } from '../api/client';
import { AboutDialog } from './AboutDialog';

function clientAnswering(answer: Awaited<ReturnType<TandemClient['app/about']>>): TandemClient {
  return { ...createFakeHost(sampleOpened()).client, 'app/about': async () => answer };
}

describe('Help › About', () => {
  it('shows the version, the file format versions and each bundled package with its licence', async () => {
    render(
      <AboutDialog
        client={clientAnswering({
          ok: true,
          data: {
            version: '0.4.2',
            schemaVersion: 1,
            jsonVersion: 1,
            licenses: [
              { name: 'react', version: '19.3.1', license: 'MIT' },
              { name: 'better-sqlite3', version: '12.11.1', license: 'MIT' },
            ],
          },
        })}
        onClose={() => undefined}
      />,
    );
    expect(await screen.findByText('Version 0.4.2')).toBeTruthy();
    expect(screen.getByText('File format: document schema 1, JSON export version 1')).toBeTruthy();
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual(['PackageVersionLicence', 'react19.3.1MIT', 'better-sqlite312.11.1MIT']);
    expect(screen.getByRole('dialog', { name: 'About Tandem' })).toBeTruthy();
  });

  it('says why when the list cannot be read', async () => {
    render(
      <AboutDialog
        client={clientAnswering({ ok: false, error: { code: 'io', message: 'node_modules is unreadable' } })}
        onClose={() => undefined}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The list could not be read: node_modules is unreadable',
    );
  });
});
