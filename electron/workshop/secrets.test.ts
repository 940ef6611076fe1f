import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_ATTEMPTS,
  CODE_LENGTH,
  JoinCodeGate,
  newJoinCode,
  newSessionSecret,
  normaliseCode,
  showCode,
} from './secrets';

describe('the secrets of a workshop session', () => {
  it('makes a join-link secret of at least 128 bits, new every time', () => {
    const a = newSessionSecret();
    expect(Buffer.from(a, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(newSessionSecret()).not.toBe(a);
  });

  it('makes short codes a room can read aloud, and accepts them typed loosely', () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(CODE_LENGTH);
      for (const ch of code) expect(CODE_ALPHABET).toContain(ch);
    }
    expect(showCode('KX7MPQ')).toBe('KX7-MPQ');
    expect(normaliseCode(' kx7-mpq ')).toBe('KX7MPQ');
  });
});

describe('trying join codes', () => {
  it('lets the right code in, and locks an address out after five wrong tries for a minute', () => {
    let now = 1_000_000;
    const gate = new JoinCodeGate('KX7MPQ', () => now);
    expect(gate.check('127.0.0.1', 'kx7 mpq').result).toBe('ok');
    for (let i = 0; i < CODE_ATTEMPTS.perWindow; i++) expect(gate.check('127.0.0.1', 'AAAAAA').result).toBe('wrong');
    // Locked: even the right code is refused from this address, but not from another.
    expect(gate.check('127.0.0.1', 'KX7MPQ')).toMatchObject({ result: 'locked' });
    expect(gate.check('127.0.0.2', 'KX7MPQ').result).toBe('ok');
    now += CODE_ATTEMPTS.windowMs;
    expect(gate.check('127.0.0.1', 'KX7MPQ').result).toBe('ok');
  });

  it('keeps a bounded table of addresses however many try', () => {
    const gate = new JoinCodeGate('KX7MPQ', () => 0);
    for (let i = 0; i < CODE_ATTEMPTS.maxAddresses + 50; i++) gate.check(`addr-${i}`, 'WRONG1');
    expect((gate as unknown as { failures: Map<string, unknown> }).failures.size).toBe(CODE_ATTEMPTS.maxAddresses);
  });
});
