import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeLines } from './terminalText';

/** True when `text` holds any character the sanitiser exists to keep from the terminal. */
const hasRawControl = (text: string): boolean =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters under test.
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(text);

describe('terminalSafe', () => {
  it('shows an escape sequence as text instead of letting the terminal run it', () => {
    expect(terminalSafe('\u001b[2J\u001b]0;pwned\u0007Checkout')).toBe('\\u001b[2J\\u001b]0;pwned\\u0007Checkout');
  });

  it('shows NUL, backspace, DEL and the C1 controls, the one-byte CSI included', () => {
    expect(terminalSafe('a\u0000b\u0008c\u007fd\u0085e\u009b31m')).toBe('a\\u0000b\\u0008c\\u007fd\\u0085e\\u009b31m');
  });

  it('shows bidi overrides and isolates, so a line reads as what it holds', () => {
    expect(terminalSafe('invoice\u202eexe.pdf')).toBe('invoice\\u202eexe.pdf');
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(hasRawControl(terminalSafe(`x${c}y`)), c.codePointAt(0)?.toString(16)).toBe(false);
    }
  });

  it('shows tabs, line breaks and the Unicode line and paragraph separators', () => {
    expect(terminalSafe('one\ttwo\r\nthree\u2028four\u2029five')).toBe('one\\ttwo\\r\\nthree\\u2028four\\u2029five');
  });

  it('leaves ordinary text alone: Polish, Ukrainian, Russian, Chinese, Arabic, emoji and punctuation', () => {
    for (const text of [
      'Zażółć gęślą jaźń — płatność przy kasie',
      'Оплата на касі: чекаю в черзі',
      'Ожидание у кассы «долго»',
      '在收银台排队付款',
      'الدفع عند الصندوق',
      'Queue ≥ 5 min ↔ POS 🙂 \\ "quoted" 50%',
    ]) {
      expect(terminalSafe(text)).toBe(text);
    }
  });

  it('is idempotent: what it prints has nothing left to escape', () => {
    const once = terminalSafe('\u001b[31m\u202e\u0000');
    expect(hasRawControl(once)).toBe(false);
    expect(terminalSafe(once)).toBe(once);
  });

  it('keeps JSON valid: escaped JSON parses back to the very same text', () => {
    const value = { title: 'Till \u202eqeueu\u202c', note: 'del\u007f c1\u0085 sep\u2028' };
    const printed = terminalSafeLines(JSON.stringify(value, null, 2));
    expect(hasRawControl(printed.replaceAll('\n', ''))).toBe(false);
    expect(JSON.parse(printed)).toEqual(value);
  });
});

describe('terminalSafeLines', () => {
  it('keeps the line breaks of our own multi-line output and escapes everything else', () => {
    expect(terminalSafeLines('row 2: bad value "\u001b[5m"\nrow 3: ok')).toBe(
      'row 2: bad value "\\u001b[5m"\nrow 3: ok',
    );
  });
});
