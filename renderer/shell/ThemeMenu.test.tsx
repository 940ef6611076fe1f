import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallArgs } from '../../shared/api/contract';
import { PALETTES } from '../../shared/theme/palette';
import type { TandemClient } from '../api/client';
import { showLanguage } from '../i18n';
import { resolveTheme, showTheme, systemTheme, themeChoice } from '../theme/theme';
import { THEME_ACTIONS } from './actions/themeActions';
import { menuModel } from './actions/menuModel';
import { ThemeMenu } from './ThemeMenu';
import { createFakeHost, sampleOpened } from '../../test/helpers/renderEditor';

function fakeClient() {
  const saved: CallArgs<'settings/set'>[] = [];
  const client: TandemClient = {
    ...createFakeHost(sampleOpened()).client,
    'settings/set': async (args) => {
      saved.push(args);
      return { ok: true, data: { uiLanguage: null, theme: 'system', checkForUpdates: false, ...args } };
    },
  };
  return { client, saved };
}

afterEach(() => {
  showTheme('light');
  showLanguage('en');
});

describe('the theme menu', () => {
  it('paints the page in the theme picked at once and remembers the choice for the user', () => {
    showTheme('light');
    const { client, saved } = fakeClient();
    render(<ThemeMenu client={client} />);
    fireEvent.click(screen.getByRole('button', { name: 'Theme: Light' }));
    expect(screen.getByRole('menuitemradio', { name: 'Light' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Dark' }));
    const html = document.documentElement;
    expect(html.dataset.theme).toBe('dark');
    expect(html.style.getPropertyValue('--bg-white')).toBe(PALETTES.dark['--bg-white']);
    expect(html.style.getPropertyValue('--bg-white')).not.toBe('#ffffff');
    expect(html.style.colorScheme).toBe('dark');
    expect(screen.getByRole('button', { name: 'Theme: Dark' })).toBeTruthy();
    expect(saved).toEqual([{ theme: 'dark' }]);
  });

  it("offers the four choices in the desktop app's View menu, in the UI language, the one in effect checked", () => {
    showLanguage('pl');
    showTheme('contrast');
    const ctx = {} as Parameters<typeof menuModel>[1];
    const view = menuModel(THEME_ACTIONS, ctx).view;
    expect(view.map((item) => ('label' in item ? [item.label, item.checked] : null))).toEqual([
      ['Motyw systemowy', false],
      ['Motyw jasny', false],
      ['Motyw ciemny', false],
      ['Motyw o wysokim kontraście', true],
    ]);
  });

  it('runs from the View menu like a click: the action shows the theme and saves it', () => {
    const { client, saved } = fakeClient();
    const dark = THEME_ACTIONS.find((a) => a.id === 'theme-dark');
    dark?.perform({ client } as Parameters<NonNullable<typeof dark>['perform']>[0]);
    expect(themeChoice()).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(saved).toEqual([{ theme: 'dark' }]);
  });
});

describe('the system theme', () => {
  const os =
    (...on: string[]) =>
    (query: string) =>
      on.some((q) => query.includes(q));

  it('is dark or light as the operating system says, and high contrast when it forces colours or asks for more', () => {
    expect(systemTheme(os())).toBe('light');
    expect(systemTheme(os('prefers-color-scheme: dark'))).toBe('dark');
    expect(systemTheme(os('prefers-color-scheme: dark', 'prefers-contrast: more'))).toBe('contrast');
    expect(systemTheme(os('forced-colors: active'))).toBe('contrast');
  });

  it("is overridden by the user's own choice", () => {
    expect(resolveTheme('light', os('prefers-color-scheme: dark'))).toBe('light');
    expect(resolveTheme('system', os('prefers-color-scheme: dark'))).toBe('dark');
  });
});
