import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { label } from '../../shared/vocabulary';
import type { CallArgs } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';
import { createFakeHost, sampleOpened } from '../../test/helpers/renderEditor';
import { menuModel } from './actions/menuModel';
import { LANGUAGE_ACTIONS } from './actions/languageActions';
import { LanguageMenu } from './LanguageMenu';
import { showLanguage, startLanguage, uiLanguage, useVocabulary, vocabularyNow } from '../i18n';

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

afterEach(() => showLanguage('en'));

describe('the language menu', () => {
  it('switches the UI language at once, marks the page, and remembers the choice for the user', () => {
    const { client, saved } = fakeClient();
    render(<LanguageMenu client={client} />);
    fireEvent.click(screen.getByRole('button', { name: 'Language: English' }));
    expect(screen.getByRole('menuitemradio', { name: 'English' }).getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Polski' }));
    expect(screen.getByRole('button', { name: 'Język: Polski' }).textContent).toContain('Polski');
    expect(uiLanguage()).toBe('pl');
    expect(document.documentElement.lang).toBe('pl');
    expect(saved).toEqual([{ uiLanguage: 'pl' }]);
  });

  it("offers every language in the desktop app's View menu, the one in effect checked", () => {
    showLanguage('zh');
    const ctx = {} as Parameters<typeof menuModel>[1];
    const view = menuModel(LANGUAGE_ACTIONS, ctx).view;
    expect(view.map((item) => ('label' in item ? [item.label, item.checked] : null))).toEqual([
      ['English', false],
      ['Русский', false],
      ['Українська', false],
      ['Polski', false],
      ['中文（简体）', true],
    ]);
  });
});

describe('the language the UI starts in', () => {
  it("is the user's remembered choice over the operating system's", () => {
    expect(startLanguage('uk', ['pl-PL'])).toBe('uk');
  });

  it("is the operating system's first language Tandem speaks, else English", () => {
    expect(startLanguage(null, ['de-DE', 'zh-CN'])).toBe('zh');
    expect(startLanguage(null, ['de-DE'])).toBe('en');
  });
});

function LineLabel() {
  const t = useVocabulary();
  return <p>{label('blueprintLine.visibility', { t })}</p>;
}

describe('the vocabulary in the UI', () => {
  it('speaks the UI language and follows a switch at once', () => {
    render(<LineLabel />);
    expect(screen.getByText('Line of visibility')).toBeTruthy();
    act(() => showLanguage('pl'));
    expect(screen.getByText('Linia widoczności')).toBeTruthy();
    expect(vocabularyNow('blueprintLine.visibility')).toBe('Linia widoczności');
  });
});
