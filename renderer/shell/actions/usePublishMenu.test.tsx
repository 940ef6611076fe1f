import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import type { CallArgs } from '../../../shared/api/contract';
import type { TandemClient } from '../../api/client';
import { renderEditor } from '../../../test/helpers/renderEditor';
import { usePublishMenu } from './usePublishMenu';

function Publisher({ client }: { client: TandemClient }) {
  usePublishMenu(client);
  return null;
}

describe('usePublishMenu', () => {
  it('sends the desktop menu again only when an item becomes enabled or disabled, not on every change', async () => {
    const { store, host } = renderEditor((h) => {
      // The desktop app answers as the desktop app; everything else goes to the fake host.
      const desktop: TandemClient = {
        ...h.client,
        'app/info': async () => ({
          ok: true,
          data: { version: 'test', host: 'electron', platform: 'test', locale: null },
        }),
      };
      return <Publisher client={desktop} />;
    });
    const sends = () => host.calls.filter((c) => c.name === 'menu/set');
    await waitFor(() => expect(sends()).toHaveLength(1));
    const edit = () => (sends().at(-1)?.args as CallArgs<'menu/set'> | undefined)?.edit ?? [];
    const item = (id: string) => edit().find((i) => 'id' in i && i.id === id);
    expect(item('duplicate')).toMatchObject({ enabled: false });

    // Typing into Find changes the store but no item of the menu.
    act(() => store.getState().openFind());
    const afterFind = sends().length;
    for (const query of ['q', 'qu', 'que', 'queu']) act(() => store.getState().setFindQuery(query));
    await new Promise((r) => setTimeout(r, 20));
    expect(sends()).toHaveLength(afterFind);

    // Selecting a card enables Duplicate: the menu goes once more, saying so.
    const card = store.getState().doc.cards[0]!;
    act(() => store.getState().closeFind());
    const before = sends().length;
    act(() => store.getState().select([card.id]));
    expect(sends()).toHaveLength(before + 1);
    expect(item('duplicate')).toMatchObject({ enabled: true });
  });
});
