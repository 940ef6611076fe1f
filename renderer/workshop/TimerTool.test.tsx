import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderEditor } from '../../test/helpers/renderEditor';
import { TimerTool } from './TimerTool';

describe('the countdown in the title bar', () => {
  it('starts from the minutes typed, pauses, adds a minute and resets, with no workshop running', async () => {
    const { host } = renderEditor((h) => <TimerTool client={h.client} />);
    const group = screen.getByRole('group', { name: 'Countdown timer' });
    fireEvent.change(within(group).getByLabelText('Minutes'), { target: { value: '3' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Start timer' }));
    await waitFor(() => expect(within(group).getByRole('timer').textContent).toMatch(/^[23]:\d\d/));
    fireEvent.click(within(group).getByRole('button', { name: 'Pause' }));
    await within(group).findByText('paused');
    fireEvent.click(within(group).getByRole('button', { name: '+1 min' }));
    await waitFor(() => expect(within(group).getByRole('timer').textContent).toMatch(/^[34]:\d\d/));
    fireEvent.click(within(group).getByRole('button', { name: 'Reset' }));
    await within(group).findByRole('button', { name: 'Start timer' });
    expect(within(group).queryByRole('timer')).toBeNull();
    expect(host.calls.filter((c) => c.name === 'timer/act').map((c) => c.args)).toEqual([
      { action: 'start', seconds: 180 },
      { action: 'pause' },
      { action: 'add', seconds: 60 },
      { action: 'clear' },
    ]);
  });

  it('refuses minutes that are not a number, starting nothing, and keeps the sound off by default', () => {
    const { host } = renderEditor((h) => <TimerTool client={h.client} />);
    expect((screen.getByRole('checkbox', { name: 'Sound' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.change(screen.getByLabelText('Minutes'), { target: { value: 'ten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    expect(screen.getByRole('alert').textContent).toBe('Type the minutes as a number from 1 to 480.');
    expect(host.calls.some((c) => c.name === 'timer/act')).toBe(false);
  });

  it("shows Time's up when the host's countdown has run out", async () => {
    const { host } = renderEditor((h) => <TimerTool client={h.client} />);
    act(() => host.emit('timer/changed', { timer: { running: true, remainingMs: 0, durationMs: 60_000 } }));
    const clock = await screen.findByRole('timer');
    expect(clock.textContent).toContain("Time's up");
    expect(clock.className).toContain('countdown--up');
  });
});
