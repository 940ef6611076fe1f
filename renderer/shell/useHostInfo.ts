import { useEffect, useState } from 'react';
import type { CallResult } from '../../shared/api/contract';
import type { TandemClient } from '../api/client';

type Listed<N extends 'templates/list' | 'recent/list'> = CallResult<N>;

/**
 * What the start screen needs from the host: whether it has file dialogs (Electron) or not (browser host,
 * where paths are typed), the templates and the recent files. A failed call leaves an empty list and a message.
 */
export function useHostInfo(client: TandemClient) {
  const [dialogs, setDialogs] = useState<boolean | null>(null);
  const [templates, setTemplates] = useState<Listed<'templates/list'>>([]);
  const [recent, setRecent] = useState<Listed<'recent/list'>>([]);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([client['app/info']({}), client['templates/list']({}), client['recent/list']({})]).then(
      ([info, t, r]) => {
        if (!live) return;
        setDialogs(info.ok ? info.data.host === 'electron' : false);
        if (t.ok) setTemplates(t.data);
        else setProblem(`The templates could not be listed: ${t.error.message}`);
        if (r.ok) setRecent(r.data);
      },
    );
    return () => {
      live = false;
    };
  }, [client]);
  /** Drops a map from the list shown, once the host has taken it off the recent list. */
  const forgetRecent = (path: string) => setRecent((list) => list.filter((r) => r.path !== path));
  return { dialogs, templates, recent, problem, forgetRecent };
}
