import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Determinism by construction: no clock and no unseeded randomness where the game is decided. */
const root = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe.each(['core', 'machine', 'view'])('src/%s', (dir) => {
  it('uses neither Math.random nor the clock', () => {
    const offenders = files(dir).filter((f) =>
      /Math\.random|Date\.now|new Date\(|performance\.now/.test(
        readFileSync(join(root, f), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

describe('keyboard input', () => {
  it('reaches scenes only through ui/keyboard, which hands each key over once', () => {
    const offenders = [...files('scenes'), ...files('ui')].filter(
      (f) =>
        f !== join('ui', 'keyboard.ts') &&
        /keyboard\??\.(on|once)\(/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
