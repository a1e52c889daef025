import { describe, expect, it } from 'vitest';
import { catalogueCharacters, scenarioTranslations, subsetFor } from '../../scripts/cjk-font';
import { ZH_CN } from '../../src/words/zh-CN';

describe('the Chinese font subset', () => {
  const chars = catalogueCharacters();

  it('covers every character of the Chinese catalogues', () => {
    const missing = new Set([...Object.values(ZH_CN).join('')].filter((c) => !chars.includes(c)));
    expect([...missing]).toEqual([]);
  });

  it('covers every character of the built-in scenarios’ texts in Chinese', () => {
    const words = scenarioTranslations();
    expect(words).toContain('芬太尼');
    expect([...new Set([...words].filter((c) => !chars.includes(c)))]).toEqual([]);
  });

  it('is a woff2 file much smaller than the font it is cut from', async () => {
    const woff2 = await subsetFor(chars);
    expect(new TextDecoder().decode(woff2.slice(0, 4))).toBe('wOF2');
    expect(woff2.length).toBeLessThan(400_000);
  }, 30_000);
});
