import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text';

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('Queues at the till', 300, 13)).toEqual(['Queues at the till']);
  });
  it('wraps Latin and Cyrillic text at spaces so that every line fits', () => {
    for (const text of [
      'Cashier re-keys warranty and delivery details by hand',
      'Кассир вручную вводит данные гарантии и доставки',
    ]) {
      const lines = wrapText(text, 150, 13);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
      expect(lines.join(' ')).toBe(text);
    }
  });
  it('wraps Chinese text between any two characters', () => {
    const text = '顾客在收银台排队等待付款，新的收银系统很慢';
    const lines = wrapText(text, 100, 13);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(100);
  });
  it('breaks a word longer than the line by character', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 80, 13);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(80);
  });
  it('cuts to the line limit and ends the last line with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
  it('returns one empty line for empty text', () => {
    expect(wrapText('', 100, 13)).toEqual(['']);
  });
});
