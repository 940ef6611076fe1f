import { useEffect, useRef, useState } from 'react';

const SOUND_KEY = 'tandem.timer.sound';

/** Whether the facilitator wants a short sound when the countdown ends: off unless they turned it on here. */
export function useTimerSound(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      return globalThis.localStorage?.getItem(SOUND_KEY) === 'on';
    } catch {
      return false;
    }
  });
  const set = (value: boolean) => {
    setOn(value);
    try {
      globalThis.localStorage?.setItem(SOUND_KEY, value ? 'on' : 'off');
    } catch {
      // A window without storage keeps the choice until it closes.
    }
  };
  return [on, set];
}

/** Two soft tones, a third of a second: heard across a room, not startling. Silent where the page has no audio. */
function chime(): void {
  const Audio = globalThis.AudioContext;
  if (typeof Audio !== 'function') return;
  const ctx = new Audio();
  const start = ctx.currentTime;
  for (const [i, freq] of [660, 880].entries()) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, start + i * 0.18);
    gain.gain.exponentialRampToValueAtTime(0.15, start + i * 0.18 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.18 + 0.16);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start + i * 0.18);
    osc.stop(start + i * 0.18 + 0.17);
  }
  setTimeout(() => void ctx.close(), 600);
}

/** Plays the end chime once when a running countdown reaches zero, if `sound` is on (the pulse is the clock's CSS). */
export function useEndSignal(left: number | null, sound: boolean): void {
  const before = useRef(left);
  useEffect(() => {
    const was = before.current;
    before.current = left;
    if (sound && was !== null && was > 0 && left === 0) chime();
  }, [left, sound]);
}
