import { randomBytes, randomInt } from 'node:crypto';
import { tokenMatches } from '../host/auth';

/** The join link's secret: 24 random bytes (192 bits), URL-safe. A new one for every workshop session. */
export function newSessionSecret(): string {
  return randomBytes(24).toString('base64url');
}

/** Letters and digits a room reads aloud without confusion: no 0/O, 1/I/L, 5/S, 2/Z, 8/B. */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
/** Characters of the short join code: 25^6 ≈ 244 million codes, guessed at most a few times a minute per address. */
export const CODE_LENGTH = 6;

/** A short join code for typing on a phone: "KX7-MPQ" is shown, "KX7MPQ" (any case, any spacing) accepted. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The code as shown: two groups of three. */
export function showCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** A typed code, normalised: letters upper-cased, spaces and dashes dropped, at most 32 characters looked at. */
export function normaliseCode(typed: string): string {
  return typed.slice(0, 32).toUpperCase().replace(/[\s-]/g, '');
}

/** How often one address may try a wrong code. */
export const CODE_ATTEMPTS = { perWindow: 5, windowMs: 60_000, maxAddresses: 10_000 } as const;

/**
 * Checks typed join codes, at most `CODE_ATTEMPTS.perWindow` wrong tries per address per window: past that, every
 * try from that address is refused (even the right code) until the window passes. The table of addresses is bounded.
 */
export class JoinCodeGate {
  private readonly code: string;
  private readonly now: () => number;
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(code: string, now: () => number = Date.now) {
    this.code = code;
    this.now = now;
  }

  /** `ok`, `wrong` or `locked` (too many wrong tries from this address; `retryInMs` says for how long). */
  check(address: string, typed: string): { result: 'ok' | 'wrong' } | { result: 'locked'; retryInMs: number } {
    const at = this.now();
    const entry = this.failures.get(address);
    if (entry && at - entry.since >= CODE_ATTEMPTS.windowMs) this.failures.delete(address);
    const current = this.failures.get(address);
    if (current && current.count >= CODE_ATTEMPTS.perWindow)
      return { result: 'locked', retryInMs: CODE_ATTEMPTS.windowMs - (at - current.since) };
    if (tokenMatches(normaliseCode(typed), this.code)) return { result: 'ok' };
    if (current) current.count++;
    else {
      if (this.failures.size >= CODE_ATTEMPTS.maxAddresses) this.forgetOldest();
      this.failures.set(address, { count: 1, since: at });
    }
    return { result: 'wrong' };
  }

  private forgetOldest(): void {
    const oldest = this.failures.keys().next();
    if (!oldest.done) this.failures.delete(oldest.value);
  }
}
