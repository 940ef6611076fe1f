import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { makeTeam } from '../../../shared/factories';
import { renderEditor } from '../../../test/helpers/renderEditor';
import type { EditorStore } from '../../store/editorStore';
import { useEditor } from '../../store/useEditor';
import { useCardDimmed } from '../../canvas/team/useCardDimmed';
import { useLinkDimmed } from '../../canvas/team/useLinkDimmed';
import { TeamFilter } from '../../panels/TeamFilter';

const cardId = (store: EditorStore, title: string) => store.getState().doc.cards.find((c) => c.title === title)!.id;

/** Whether the card of this title, and the link from it to another, would be drawn faded, as the canvas asks. */
function Probe({ from, to }: { from: string; to?: string }) {
  const f = useEditor((s) => s.doc.cards.find((c) => c.title === from)!.id);
  const link = useEditor((s) => {
    const t = s.doc.cards.find((c) => c.title === to)?.id;
    return s.doc.links.find((l) => l.fromId === f && l.toId === t)?.id ?? '';
  });
  const cardDimmed = useCardDimmed(f);
  const linkDimmed = useLinkDimmed(link);
  return <span data-testid={`${from}${to ? ` → ${to}` : ''}`}>{String(to ? linkDimmed : cardDimmed)}</span>;
}

const POS = 'New POS system: slow card-terminal handshake';
const TILL = 'Cashier rings up the sale on the new POS';
const QUEUE = 'Queues at the till to pay';
const DISPATCH = 'Dispatcher plans routes from printed orders';

describe('the team view', () => {
  it("keeps the way from the IT team's system to the queue bright, and dims the side branch and the rest", () => {
    const r = renderEditor(
      <>
        <TeamFilter />
        <Probe from={TILL} />
        <Probe from={QUEUE} />
        <Probe from={DISPATCH} />
        <Probe from="Chat agent answers" />
        <Probe from={POS} to={TILL} />
        <Probe from={TILL} to={QUEUE} />
        <Probe from={TILL} to={DISPATCH} />
      </>,
    );
    const shown = (id: string) => screen.getByTestId(id).textContent;
    fireEvent.change(screen.getByLabelText('What my team touches'), {
      target: { value: r.store.getState().doc.teams.find((t) => t.name === 'IT systems')!.id },
    });
    // The cashier's till step sits between the team's POS system and the queue: bright, as is the queue.
    expect([TILL, QUEUE, DISPATCH, 'Chat agent answers'].map(shown)).toEqual(['false', 'false', 'true', 'true']);
    expect([`${POS} → ${TILL}`, `${TILL} → ${QUEUE}`, `${TILL} → ${DISPATCH}`].map(shown)).toEqual([
      'false',
      'false',
      'true',
    ]);
    expect(screen.getByRole('status').textContent).toMatch(
      /1 own card and 1 customer moment they touch stay bright; the rest is dimmed\. 1 card on the way stays bright too\./,
    );
  });

  it('explains an empty result: the team owns cards but none links up to a customer card', () => {
    const r = renderEditor(<TeamFilter />);
    act(() => {
      r.store.getState().dispatch({
        type: 'team/add',
        team: makeTeam({ name: 'Finance operations', color: '#e76f51', kind: 'back_office' }),
      });
    });
    const finance = r.store.getState().doc.teams.find((t) => t.name === 'Finance operations')!.id;
    act(() => {
      r.store.getState().dispatch({
        type: 'card/update',
        id: cardId(r.store, 'Installer scheduling (proposed)'),
        patch: { ownerTeamId: finance },
      });
    });
    fireEvent.change(screen.getByLabelText('What my team touches'), { target: { value: finance } });
    expect(screen.getByRole('status').textContent).toMatch(
      /^0 customer moments — the team's cards have no links up to a customer card; link them with a support link/,
    );
  });
});
