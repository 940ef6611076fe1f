import { useEffect, useState } from 'react';
import type { Command } from '../../shared/commands/types';
import type { VoteRound } from '../../shared/schema/voteRound';
import { dotProblem, roundDeadline } from '../../shared/workshop/voting';
import { formatCountdown as clock } from '../../shared/workshop/timer';
import { usePageT } from './i18n';

/**
 * A participant's dots in the open round: how many are left and how long, and every item with + (place a dot) and
 * − (take one back; placing it elsewhere moves it). What the host would refuse is greyed out; the host judges anyway.
 */
export function VotingBar({
  round,
  mine,
  disabled,
  send,
}: {
  round: VoteRound;
  mine: Readonly<Record<string, number>>;
  disabled: boolean;
  send: (cmd: Command) => void;
}) {
  const w = usePageT('voting');
  const deadline = roundDeadline(round);
  // The page is its own bundle (ADR 0008): the time left is counted here, once a second, while the round has a limit.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [deadline]);
  const used = Object.values(mine).reduce((n, d) => n + d, 0);
  const dot = (from: string | null, to: string | null) =>
    send({ type: 'vote/move', roundId: round.id, from, to, voter: null });
  const can = (from: string | null, to: string | null) =>
    !disabled && dotProblem(round, { roundId: round.id, from, to }, mine, now) === null;
  return (
    <section className="voting-bar" aria-label={w('page.heading', { title: round.title })}>
      <h2>{w('page.heading', { title: round.title })}</h2>
      <p className="voting-bar-left" role="status">
        <span className="voting-dots" aria-hidden="true">
          {'●'.repeat(Math.max(0, round.dotsEach - used))}
          {'○'.repeat(Math.min(round.dotsEach, used))}
        </span>{' '}
        {w('page.left', { left: Math.max(0, round.dotsEach - used), total: round.dotsEach })}
        {deadline !== null && ` · ${w('page.timeLeft', { time: clock(deadline - now) })}`}
      </p>
      <p className="voting-bar-rule">
        {round.stacking ? w('page.stacking') : w('page.single')} {round.anonymous && w('page.anonymous')}
      </p>
      <ul className="voting-items">
        {round.items.map((item) => {
          const n = mine[item.id] ?? 0;
          return (
            <li key={item.id} className={n > 0 ? 'voted' : ''}>
              <button
                type="button"
                className="quiet"
                aria-label={w('page.take', { label: item.label })}
                disabled={!can(item.id, null)}
                onClick={() => dot(item.id, null)}
              >
                −
              </button>
              <span className="voting-item-label">{item.label}</span>
              <span className="voting-mine" title={w('page.yours', { label: item.label, count: n })}>
                <span aria-hidden="true">{'●'.repeat(n)}</span>
                <span className="sr-only">{w('page.yours', { label: item.label, count: n })}</span>
              </span>
              <button
                type="button"
                aria-label={w('page.place', { label: item.label })}
                disabled={!can(null, item.id)}
                onClick={() => dot(null, item.id)}
              >
                +
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
