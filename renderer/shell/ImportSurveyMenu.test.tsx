import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../shared/api/result';
import { Editor } from './Editor';
import { EditorStoreProvider } from '../store/EditorStoreProvider';
import { renderWithSurveys } from '../insight/testing/renderWithSurveys';
import { ImportSurveyButton } from '../insight/surveys/ImportSurveyButton';

type Info = { version: string; host: 'electron' | 'browser'; platform: string };
const electron = async (): Promise<ApiResult<Info>> => ({
  ok: true,
  data: { version: 'test', host: 'electron', platform: 'linux' },
});
const nothingChosen = async (): Promise<ApiResult<{ path: string | null }>> => ({ ok: true, data: { path: null } });

const enabled = () =>
  waitFor(() => expect(screen.getByRole('button', { name: 'Import survey…' }).hasAttribute('disabled')).toBe(false));

afterEach(() => vi.restoreAllMocks());

describe('File › Import Survey…', () => {
  it('opens the file picker of the browser host when an import is requested through the store, not on mount', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const { store, host, rerender } = renderWithSurveys((h) => <ImportSurveyButton client={h.client} />);
    await enabled();
    expect(click).not.toHaveBeenCalled();

    act(() => store.getState().requestSurveyImport());
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(click.mock.contexts[0]).toBe(screen.getByTestId('survey-file-input'));

    // A button mounted later (the toolbar re-created) must not answer a request that was already served.
    rerender(
      <EditorStoreProvider store={store}>
        <ImportSurveyButton key="again" client={host.client} />
      </EditorStoreProvider>,
    );
    await enabled();
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('shows the native Open dialog in the desktop app, even when asked before the host has said which it is', async () => {
    let answerInfo: () => void = () => undefined;
    const info = new Promise<void>((r) => (answerInfo = r));
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const { store, host } = renderWithSurveys((h) => <ImportSurveyButton client={h.client} />, {
      handlers: { 'app/info': () => info.then(electron), 'dialog/open': nothingChosen },
    });
    const opens = () => host.calls.filter((c) => c.name === 'dialog/open');

    act(() => store.getState().requestSurveyImport());
    expect(opens()).toHaveLength(0);
    await act(async () => answerInfo());
    await waitFor(() => expect(opens()).toHaveLength(1));
    expect(opens()[0]!.args).toEqual({
      filters: [{ name: 'Survey answers (CSV)', extensions: ['csv', 'txt', 'tsv'] }],
    });
    expect(click).not.toHaveBeenCalled();
  });

  it('starts the import when the native menu sends import-survey to the editor', async () => {
    const { host } = renderWithSurveys((h) => <Editor client={h.client} />, {
      handlers: { 'app/info': electron, 'dialog/open': nothingChosen },
    });
    await enabled();
    expect(host.calls.some((c) => c.name === 'dialog/open')).toBe(false);
    act(() => host.emit('menu/action', { action: 'import-survey' }));
    await waitFor(() => expect(host.calls.filter((c) => c.name === 'dialog/open')).toHaveLength(1));
  });
});
