import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { SizedCanvas, renderEditor } from '../../test/helpers/renderEditor';
import { RegisterDrawer } from '../insight/register/RegisterDrawer';
import { showLanguage } from '../i18n';
import { Legend } from './Legend';

// Each test draws the whole sample map in happy-dom, which takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 20_000 });
afterEach(() => act(() => showLanguage('en')));

const RU = { one: 'совпадение', few: 'совпадения', many: 'совпадений', other: 'совпадения' };
const PL = { one: 'karta', few: 'karty', many: 'kart', other: 'karty' };
const lineLabels = () => [...document.querySelectorAll('.blueprint-line__label')].map((l) => l.textContent);

describe('the canvas in the UI language', () => {
  it('switches its blueprint line labels, lane kinds and corner at once, without a reload', async () => {
    renderEditor(<SizedCanvas />);
    await screen.findByText('Buy', { selector: '.stage-header__name' });
    expect(lineLabels()).toContain('Line of visibility');
    expect(document.querySelector('.corner')?.textContent).toContain('Lanes ↓');
    act(() => showLanguage('uk'));
    expect(lineLabels()).toContain('Лінія видимості');
    expect(lineLabels()).not.toContain('Line of visibility');
    const kinds = [...document.querySelectorAll('.lane-header__kind')].map((k) => k.textContent);
    expect(kinds.some((k) => k?.includes('Клієнт'))).toBe(true);
    expect(document.querySelector('.corner')?.textContent).toContain('Доріжки ↓');
    // The map's own words stay as typed: a stage name is user text, never translated.
    expect(screen.getByText('Buy', { selector: '.stage-header__name' })).toBeTruthy();
  });

  it('counts find matches with the plural forms of Russian', async () => {
    const { store } = renderEditor(<SizedCanvas />);
    await screen.findByText('Buy', { selector: '.stage-header__name' });
    act(() => showLanguage('ru'));
    act(() => store.getState().openFind());
    const input = screen.getByRole('searchbox', { name: 'Найти карточки' });
    const titles = store.getState().doc.cards.map((c) => c.title);
    const countOf = (q: string) => titles.filter((t) => t.toLowerCase().includes(q)).length;
    // A query matching one card, then one matching several: "1 совпадение", "N совпадения/совпадений".
    const one = titles.find((t) => countOf(t.toLowerCase()) === 1)!;
    fireEvent.change(input, { target: { value: one } });
    expect(screen.getByText('1 совпадение')).toBeTruthy();
    fireEvent.change(input, { target: { value: 'a' } });
    const n = store.getState().findHits.size;
    const form = new Intl.PluralRules('ru').select(n);
    expect(n).toBeGreaterThan(4);
    expect(screen.getByText(`${n} ${(RU as Record<string, string>)[form]}`)).toBeTruthy();
    fireEvent.change(input, { target: { value: 'zzz-nothing' } });
    expect(screen.getByText('Нет совпадений')).toBeTruthy();
  });

  it('asks about deleting a stage in Polish, with the plural of its cards', async () => {
    const { store } = renderEditor(<SizedCanvas />);
    const title = await screen.findByText('Buy', { selector: '.stage-header__name' });
    act(() => showLanguage('pl'));
    const header = title.closest('.structure-header') as HTMLElement;
    fireEvent.click(within(header).getByRole('button', { name: 'Menu etapu: Buy' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Usuń etap…' }));
    const stage = store.getState().doc.stages.find((s) => s.name === 'Buy')!;
    const n = store.getState().doc.cards.filter((c) => c.stageId === stage.id).length;
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Usunąć etap „Buy”?');
    const form = new Intl.PluralRules('pl').select(n);
    const word = (PL as Record<string, string>)[form];
    expect(dialog.textContent).toContain(`${n} ${word}`);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Anuluj' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('the insight panels in the UI language', () => {
  it('switch the legend and the pain point register at once, domain words included', () => {
    renderEditor((host) => (
      <ReactFlowProvider>
        <Legend />
        <RegisterDrawer client={host.client} />
      </ReactFlowProvider>
    ));
    expect(screen.getByRole('region', { name: 'Pain point register' })).toBeTruthy();
    act(() => showLanguage('zh'));
    expect(screen.getByRole('region', { name: '痛点登记表' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '严重度' })).toBeTruthy();
    expect(screen.getByText('优先级 = 严重度 × 影响范围 × (1 + 票数 ÷ 10)')).toBeTruthy();
    const legend = screen.getByRole('region', { name: '图例' });
    expect(within(legend).getByText('可视线')).toBeTruthy();
    expect(within(legend).getByText('蓝图分界线')).toBeTruthy();
    act(() => showLanguage('pl'));
    expect(screen.getByRole('button', { name: 'Dotkliwość' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Legenda' })).getByText('Linia widoczności')).toBeTruthy();
  });
});
