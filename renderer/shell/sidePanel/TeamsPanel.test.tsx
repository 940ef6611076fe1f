import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { makeTeam } from '../../../shared/factories';
import { renderEditor } from '../../../test/helpers/renderEditor';
import type { EditorStore } from '../../store/editorStore';
import { useEditor } from '../../store/useEditor';
import { SidePanel } from './SidePanel';
import { useCardDimmed } from '../../canvas/team/useCardDimmed';

const teamNamed = (store: EditorStore, name: string) => store.getState().doc.teams.find((t) => t.name === name);
const cardTitled = (store: EditorStore, title: string) => store.getState().doc.cards.find((c) => c.title === title)!;

function openTeams() {
  const r = renderEditor(<SidePanel />);
  fireEvent.click(screen.getByRole('tab', { name: 'Teams' }));
  return r;
}

describe('the teams tab', () => {
  it('creates a team with a palette colour, and refuses an empty or duplicate name', () => {
    const { store } = openTeams();
    const name = screen.getByLabelText('New team');
    fireEvent.click(screen.getByRole('button', { name: 'Add team' }));
    expect(screen.getByRole('alert').textContent).toMatch(/name first/);
    fireEvent.change(name, { target: { value: 'IT systems' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add team' }));
    expect(screen.getByRole('alert').textContent).toMatch(/already a team called "IT systems"/);
    fireEvent.change(name, { target: { value: 'Legal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add team' }));
    expect(teamNamed(store, 'Legal')).toMatchObject({ kind: 'back_office', color: '#1d4ed8' });
    expect(store.getState().past.at(-1)?.label).toBe('Add team Legal');
    expect((name as HTMLInputElement).value).toBe('');
  });

  it('renames, recolours from the palette or a custom hex, and changes the kind of a team', () => {
    const { store } = openTeams();
    const row = screen.getByRole('listitem', { name: 'Logistics' });
    const nameField = within(row).getByLabelText('Team name');
    fireEvent.change(nameField, { target: { value: '' } });
    expect(within(row).getByRole('alert').textContent).toBe('A team needs a name.');
    fireEvent.change(nameField, { target: { value: 'Delivery' } });
    fireEvent.keyDown(nameField, { key: 'Enter' });
    expect(teamNamed(store, 'Delivery')).toBeTruthy();

    const renamed = screen.getByRole('listitem', { name: 'Delivery' });
    fireEvent.click(within(renamed).getByRole('button', { name: 'Change the colour of Delivery' }));
    fireEvent.click(within(renamed).getByRole('radio', { name: 'Teal' }));
    expect(teamNamed(store, 'Delivery')!.color).toBe('#0f766e');
    const hex = within(renamed).getByLabelText('Custom colour');
    fireEvent.change(hex, { target: { value: '#12' } });
    expect(within(renamed).getByRole('alert').textContent).toMatch(/six hex digits/);
    fireEvent.change(hex, { target: { value: '#A1B2C3' } });
    fireEvent.blur(hex);
    expect(teamNamed(store, 'Delivery')!.color).toBe('#a1b2c3');

    fireEvent.change(within(renamed).getByLabelText('Kind'), { target: { value: 'support' } });
    expect(teamNamed(store, 'Delivery')!.kind).toBe('support');
  });

  it('deletes a team, leaving its cards without an owner, and undo brings both back', () => {
    const { store } = openTeams();
    const it = teamNamed(store, 'IT systems')!;
    const pos = 'New POS system: slow card-terminal handshake';
    fireEvent.click(
      within(screen.getByRole('listitem', { name: 'IT systems' })).getByRole('button', { name: 'Delete' }),
    );
    expect(teamNamed(store, 'IT systems')).toBeUndefined();
    expect(cardTitled(store, pos).ownerTeamId).toBeNull();
    expect(store.getState().past.at(-1)?.label).toBe('Delete team IT systems');
    act(() => store.getState().undo());
    expect(teamNamed(store, 'IT systems')).toEqual(it);
    expect(cardTitled(store, pos).ownerTeamId).toBe(it.id);
  });
});

/** Shows whether the card of this title would be drawn dimmed, as the card node asks. */
function DimProbe({ title }: { title: string }) {
  const id = useEditor((s) => s.doc.cards.find((c) => c.title === title)!.id);
  return <span data-testid={`dim:${title}`}>{String(useCardDimmed(id))}</span>;
}

describe('the team filter', () => {
  const titles = [
    'New POS system: slow card-terminal handshake',
    'Cashier rings up the sale on the new POS',
    'Asks why the warranty is not registered',
    'Chat agent answers',
  ];
  const dimmed = (title: string) => screen.getByTestId(`dim:${title}`).textContent;

  it("dims everything but the team's cards and the customer moments they touch, and clears again", () => {
    const r = renderEditor(
      <>
        <SidePanel />
        {titles.map((t) => (
          <DimProbe key={t} title={t} />
        ))}
      </>,
    );
    expect(titles.map(dimmed)).toEqual(['false', 'false', 'false', 'false']);
    fireEvent.click(screen.getByRole('tab', { name: 'Teams' }));
    fireEvent.change(screen.getByLabelText('What my team touches'), {
      target: { value: teamNamed(r.store, 'IT systems')!.id },
    });
    expect(titles.map(dimmed)).toEqual(['false', 'false', 'true', 'true']);
    expect(screen.getByRole('status').textContent).toMatch(/1 own card and \d customer moments? they touch/);
    fireEvent.click(screen.getByRole('tab', { name: 'Legend' }));
    expect(screen.getByText('IT systems', { selector: 'strong' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(titles.map(dimmed)).toEqual(['false', 'false', 'false', 'false']);
    expect(r.store.getState().past).toEqual([]);
  });

  it('shows Finance operations its support cards and the customer moment they enable, once it owns them', () => {
    const r = renderEditor(
      <>
        <SidePanel />
        {[
          'Nightly warranty registration batch',
          'Asks why the warranty is not registered',
          'Queues at the till to pay',
        ].map((t) => (
          <DimProbe key={t} title={t} />
        ))}
      </>,
    );
    act(() => {
      r.store.getState().dispatch({
        type: 'team/add',
        team: makeTeam({ name: 'Finance operations', color: '#e76f51', kind: 'back_office' }),
      });
    });
    const finance = teamNamed(r.store, 'Finance operations')!;
    act(() => {
      r.store.getState().dispatch({
        type: 'card/update',
        id: cardTitled(r.store, 'Nightly warranty registration batch').id,
        patch: { ownerTeamId: finance.id },
      });
      r.store.getState().setTeamFilter(finance.id);
    });
    expect(
      [
        'Nightly warranty registration batch',
        'Asks why the warranty is not registered',
        'Queues at the till to pay',
      ].map(dimmed),
    ).toEqual(['false', 'false', 'true']);
  });
});
