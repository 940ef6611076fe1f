import '../styles/facilitation.css';
import type { TandemClient } from '../api/client';
import { CountdownClock } from './CountdownClock';
import { useCountdown } from './useCountdown';

/**
 * The facilitator's countdown, read-only, for any screen that wants to show it (presentation mode places this one
 * component): the same timer as the toolbar's and the participants', nothing when none runs.
 */
export function FacilitatorCountdown({ client, large = true }: { client: TandemClient; large?: boolean }) {
  const countdown = useCountdown(client);
  return <CountdownClock countdown={countdown} large={large} />;
}
