import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Determinism by construction: no clock and no unseeded randomness where the game is decided. */
const root = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe.each(['core', 'machine', 'view', 'work'])('src/%s', (dir) => {
  it('uses neither Math.random nor the clock', () => {
    const offenders = files(dir).filter((f) =>
      /Math\.random|Date\.now|new Date\(|performance\.now/.test(
        readFileSync(join(root, f), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

describe('rule switches', () => {
  it('are switched off nowhere in the game: only the tests’ setup calls switchOff', () => {
    const offenders = files('.').filter(
      (f) =>
        f !== join('core', 'switches.ts') &&
        /switchOff\(/.test(readFileSync(join(root, f), 'utf8')),
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

  it('restarts scenes only through ui/keyboard, which hands keys pressed meanwhile to the new screen', () => {
    const offenders = files('.').filter(
      (f) =>
        f !== join('ui', 'keyboard.ts') &&
        /scene\.restart\(/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the first frame', () => {
  /** Modules reached from `file` by static, non-type imports: what the first chunk must load. */
  function staticGraph(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!file.startsWith(root)) return;
      const text = readFileSync(file, 'utf8');
      const imports = text.matchAll(
        /^(?:import|export)\s+(type\s+)?(?:\{([^}]*)\}|[^'";]*?)\s*from\s+'([^']+)'/gm,
      );
      for (const [, typeOnly, names, spec] of imports) {
        if (typeOnly || !spec) continue;
        const specifiers = (names ?? 'x').split(',').filter((n) => n.trim());
        if (names !== undefined && specifiers.every((n) => n.trim().startsWith('type '))) continue;
        if (!spec.startsWith('.')) {
          seen.add(`package:${spec}`);
          continue;
        }
        visit(`${join(file, '..', spec)}.ts`);
      }
    };
    visit(join(root, entry));
    return seen;
  }

  it('loads Phaser, the scenes and widgets only: the model, XState and zod wait for the session chunk', () => {
    const graph = [...staticGraph('main.ts')].map((f) => f.replace(root, 'src/'));
    const heavy = graph.filter(
      (f) =>
        (f.startsWith('package:') && f !== 'package:phaser') ||
        f.startsWith('src/machine/') ||
        (f.startsWith('src/core/') && !['src/core/rules.ts', 'src/core/vocabulary.ts'].includes(f)),
    );
    expect(heavy).toEqual([]);
    expect(graph).toContain('src/scenes/TitleScene.ts');
  });
});
