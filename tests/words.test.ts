import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addEnglishWords, hasWords, t } from '../src/words';
import { CLI_WORDS } from '../src/words/en/cli';

addEnglishWords(CLI_WORDS); // the command line's, which it adds itself

const root = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('the words', () => {
  it('has words for every key the code asks for by name', () => {
    const missing: string[] = [];
    for (const file of files('.')) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, key] of text.matchAll(/\bt\(\s*'([^']+)'/g))
        if (key && !hasWords(key)) missing.push(`${file}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('fills values, picks a variant by context, then by count, and shows a missing key as itself', () => {
    expect(t('refusal.tariffSame', { rate: 20 })).toBe('the tariff is already 20%');
    expect(t('move.setTariff.card', { context: 'cut', rate: 5 })).toBe('Cut tariff to 5%');
    expect(t('move.schedulePrecursors.done', { count: 1 })).toBe('1 precursor scheduled');
    expect(t('move.schedulePrecursors.done', { count: 2 })).toBe('2 precursors scheduled');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
