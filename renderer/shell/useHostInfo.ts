import { useEffect, useState } from 'react';
import type { CallResult } from '../../shared/api/contract';
import type { Language } from '../../shared/vocabulary/language';
import type { TandemClient } from '../api/client';

type Listed<N extends 'templates/list' | 'recent/list'> = CallResult<N>;

/**
 * What the start screen needs from the host: whether it has file dialogs (Electron) or not (browser host,
 * where paths are typed), the templates and the recent files. A failed call leaves an empty list and a message.
 * The templates are listed in `language`, the new map's, so their titles say what the map will hold.
 */
export function useHostInfo(client: TandemClient, language: Language) {
  const [dialogs, setDialogs] = useState<boolean | null>(null);
  const [templates, setTemplates] = useState<Listed<'templates/list'>>([]);
  const [recent, setRecent] = useState<Listed<'recent/list'>>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([client['app/info']({}), client['recent/list']({})]).then(([info, r]) => {
      if (!live) return;
      setDialogs(info.ok ? info.data.host === 'electron' : false);
      if (r.ok) setRecent(r.data);
    });
    return () => {
      live = false;
    };
  }, [client]);
  useEffect(() => {
    let live = true;
    void client['templates/list']({ language }).then((t) => {
      if (!live) return;
      if (t.ok) setTemplates(t.data);
      else setProblem(`The templates could not be listed: ${t.error.message}`);
    });
    return () => {
      live = false;
    };
  }, [client, language]);
  return { dialogs, templates, recent, problem };
}
