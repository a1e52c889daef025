import { describe, expect, it } from 'vitest';
import {
  catalogueCharacters,
  SUBSETS,
  scenarioTranslations,
  subsetFor,
} from '../../scripts/cjk-font';
import { LANGUAGE_NAMES, NAME_CHARACTERS } from '../../src/words/language';
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

  it('has a small sister with the characters of the languages’ names, which every page draws', async () => {
    expect(NAME_CHARACTERS).toBe('中文');
    for (const name of Object.values(LANGUAGE_NAMES))
      for (const c of name) expect(/[\x20-\x7e]/.test(c) || NAME_CHARACTERS.includes(c)).toBe(true);
    // The subset the build makes for the names' module: those characters, and no others.
    const names = SUBSETS.find((s) => s.module === 'virtual:precursor-cjk-names');
    expect(names?.chars()).toBe(NAME_CHARACTERS);
    const woff2 = await subsetFor(names?.chars() ?? '');
    expect(new TextDecoder().decode(woff2.slice(0, 4))).toBe('wOF2');
    expect(woff2.length).toBeLessThan(5_000);
  }, 30_000);
});
