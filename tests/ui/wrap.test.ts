import { describe, expect, it } from 'vitest';
import { breakLines, needsSegmentWrap } from '../../src/ui/wrap';

/** A width per character: one for a Latin letter or space, two for a Chinese one. */
const measure = (s: string): number =>
  [...s].reduce((w, c) => w + (/[\u3000-\uffef]/.test(c) ? 2 : 1), 0);

describe('breakLines', () => {
  const text = '中国在几天之内就对13种前体化学品实行出口许可管理。';

  it('breaks Chinese, which has no spaces, into lines no wider than the width', () => {
    const lines = breakLines(text, 16, measure);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(16 + 2);
  });

  it('breaks between words, never inside one that fits', () => {
    const lines = breakLines('出口许可管理出口许可管理', 10, measure);
    expect(lines.join('')).toBe('出口许可管理出口许可管理');
    expect(lines.length).toBe(3);
    for (const line of lines) expect(line).toMatch(/^(出口|许可|管理)+$/);
  });

  it('keeps closing punctuation with the word before it', () => {
    const lines = breakLines('关税降低，合作恢复。', 8, measure);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。]/);
  });

  it('keeps the text’s own line breaks, and splits a word wider than a line', () => {
    expect(breakLines('芬太尼\n关税', 100, measure)).toEqual(['芬太尼', '关税']);
    expect(breakLines('芬太尼', 4, measure)).toEqual(['芬太', '尼']);
  });

  it('is asked only of text with Chinese in it', () => {
    expect(needsSegmentWrap('Raise tariff to 20%')).toBe(false);
    expect(needsSegmentWrap('关税提高到20%')).toBe(true);
  });
});
