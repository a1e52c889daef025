import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../src/words/en';

const root = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** The keys a template such as `screen.help.keys.${id}` can make, as a pattern over the catalogue. */
const patternOf = (template: string) =>
  new RegExp(
    `^${template
      .split(/\$\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^()|[\]\\]/g, '\\$&'))
      .join('[^.]+')}(_\\w+)?$`,
  );

describe('keys built from a template', () => {
  it('match at least one key of the catalogue each', () => {
    const keys = Object.keys(EN);
    const missing: string[] = [];
    for (const file of files('.')) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, template] of text.matchAll(/\bt\(\s*`(screen\.[^`]+)`/g)) {
        if (!template) continue;
        const pattern = patternOf(template);
        if (!keys.some((k) => pattern.test(k))) missing.push(`${file}: ${template}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('reads a template as a pattern', () => {
    const template = ['screen.help.keys.', '{id}'].join('$');
    expect(patternOf(template).test('screen.help.keys.cards')).toBe(true);
    expect(patternOf(template).test('screen.help.does.cards')).toBe(false);
  });
});
