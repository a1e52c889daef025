import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Determinism by construction: no clock and no unseeded randomness where the game is decided. */
const root = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe.each(['core', 'machine', 'view', 'work', 'app'])('src/%s', (dir) => {
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
        const target = join(file, '..', spec);
        visit(existsSync(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts'));
      }
    };
    visit(join(root, entry));
    return seen;
  }

  it('loads Phaser, the scenes and widgets only: the model, XState and zod wait for the session chunk', () => {
    const graph = [...staticGraph('main.ts')].map((f) => f.replace(root, 'src/'));
    const heavy = graph.filter(
      (f) =>
        // A package's file imported `?url` is its address in the build, not code.
        (f.startsWith('package:') && f !== 'package:phaser' && !f.endsWith('?url')) ||
        f.startsWith('src/app/') ||
        f.startsWith('src/work/') ||
        f.startsWith('src/machine/') ||
        (f.startsWith('src/core/') && !['src/core/rules.ts', 'src/core/vocabulary.ts'].includes(f)),
    );
    expect(heavy).toEqual([]);
    expect(graph).toContain('src/scenes/TitleScene.ts');
  });
});

const FOLDERS = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
/** A folder of src/ (a file in it, or the folder itself, by its index), or `page` for the files at its top. */
const layerOf = (file: string): string =>
  file.includes('/') ? (file.split('/')[0] ?? '') : FOLDERS.includes(file) ? file : 'page';

/**
 * Who may import whom: `static` imports of values, and `typesOrLazy` imports of types only or by a
 * lazy `import()`. Every layer may import itself. docs/ARCHITECTURE.md draws the same arrows.
 */
const ARROWS: Record<string, { static: string[]; typesOrLazy: string[] }> = {
  page: { static: ['scenes', 'ui', 'online', 'words'], typesOrLazy: [] },
  scenes: { static: ['ui', 'view', 'words'], typesOrLazy: ['app', 'work', 'online'] },
  ui: { static: ['words'], typesOrLazy: [] },
  app: { static: ['view', 'machine', 'work', 'core', 'words'], typesOrLazy: [] },
  work: { static: ['core'], typesOrLazy: [] },
  online: { static: ['words'], typesOrLazy: ['server', 'core'] },
  cli: { static: ['online', 'server', 'machine', 'core', 'words'], typesOrLazy: [] },
  server: { static: ['view', 'machine', 'core'], typesOrLazy: [] },
  view: { static: ['machine', 'core', 'words'], typesOrLazy: [] },
  machine: { static: ['core'], typesOrLazy: [] },
  core: { static: ['words'], typesOrLazy: [] },
  words: { static: [], typesOrLazy: [] },
};

interface Import {
  file: string;
  from: string;
  to: string;
  kind: 'value' | 'type' | 'lazy';
}

/** Every import between two layers of src/, static or lazy. */
function crossImports(): Import[] {
  const out: Import[] = [];
  for (const file of files('.')) {
    const text = readFileSync(join(root, file), 'utf8');
    const found: [string, Import['kind']][] = [];
    for (const [, typeOnly, names, spec] of text.matchAll(
      /^(?:import|export)\s+(type\s+)?(?:\{([^}]*)\}|[^'";]*?)\s*from\s+'([^']+)'/gm,
    )) {
      const allTypes =
        names !== undefined &&
        names.split(',').filter((n) => n.trim()).length > 0 &&
        names
          .split(',')
          .filter((n) => n.trim())
          .every((n) => n.trim().startsWith('type '));
      if (spec) found.push([spec, typeOnly || allTypes ? 'type' : 'value']);
    }
    for (const [, typeOf, spec] of text.matchAll(/(typeof\s+)?import\('([^']+)'\)/g))
      if (spec) found.push([spec, typeOf ? 'type' : 'lazy']);
    for (const [spec, kind] of found) {
      if (!spec.startsWith('.')) continue;
      const target = normalize(join(dirname(file), spec));
      if (target.startsWith('..')) continue; // outside src/: the scenario files
      const from = layerOf(file);
      const to = layerOf(target);
      if (from !== to) out.push({ file, from, to, kind });
    }
  }
  return out;
}

describe('the layers', () => {
  const all = crossImports();

  it('import one another only along the arrows', () => {
    const wrong = all.filter(({ from, to, kind }) => {
      const arrows = ARROWS[from];
      if (!arrows) return true;
      return !(arrows.static.includes(to) || (kind !== 'value' && arrows.typesOrLazy.includes(to)));
    });
    expect(wrong.map((i) => `${i.file} → ${i.to} (${i.kind})`)).toEqual([]);
  });

  it('are reached lazily only by the module that loads the app chunk', () => {
    const lazy = all.filter((i) => i.kind === 'lazy').map((i) => `${i.file} → ${i.to}`);
    expect(lazy.sort()).toEqual([
      'scenes/load.ts → app',
      'scenes/load.ts → online',
      'scenes/load.ts → words',
      'scenes/load.ts → work',
    ]);
  });

  it('are the folders of src/, each with its arrows', () => {
    expect(Object.keys(ARROWS).sort()).toEqual([...FOLDERS, 'page'].sort());
  });
});

describe('docs/ARCHITECTURE.md', () => {
  const doc = readFileSync(new URL('../docs/ARCHITECTURE.md', import.meta.url), 'utf8');
  const block = /```text\n(LAYERS[^\n]*ONE TURN\n[\s\S]*?)```/.exec(doc)?.[1] ?? '';
  const lines = block.split('\n');
  const split = lines[0]?.indexOf('ONE TURN') ?? -1;
  const left = lines.slice(1).map((l) => l.slice(0, split).trimEnd());
  const right = lines.slice(1).map((l) => l.slice(split).trim());

  it('draws the layers and their arrows as the code keeps them', () => {
    expect(split).toBeGreaterThan(0);
    const drawn: Record<string, { static: string[]; typesOrLazy: string[] }> = {};
    let layer = '';
    for (const line of left.filter((l) => l.trim())) {
      const m = /^(\w+)?\s*(?:(──►|┄┄►)\s+(.+))?$/.exec(line);
      if (!m) throw new Error(`cannot read the diagram line "${line}"`);
      const [, name, arrow, targets] = m;
      if (name) layer = name;
      const arrows = drawn[layer] ?? { static: [], typesOrLazy: [] };
      drawn[layer] = arrows;
      const list = targets?.split(',').map((t) => t.trim()) ?? [];
      if (arrow === '──►') arrows.static.push(...list);
      else if (arrow === '┄┄►') arrows.typesOrLazy.push(...list);
    }
    const sorted = (r: typeof drawn) =>
      Object.fromEntries(
        Object.entries(r)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [
            k,
            { static: [...v.static].sort(), typesOrLazy: [...v.typesOrLazy].sort() },
          ]),
      );
    expect(sorted(drawn)).toEqual(sorted(ARROWS));
  });

  it('follows one turn through files that have the names it shows', () => {
    const steps = right
      .map((l) => /^(\d) (\S+)\s+(.+)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(steps.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(steps.map((m) => layerOf(m[2] ?? ''))).toEqual([
      'scenes',
      'app',
      'machine',
      'core',
      'view',
      'scenes',
    ]);
    for (const [, , file = '', names = ''] of steps) {
      expect(existsSync(join(root, file)), file).toBe(true);
      const text = readFileSync(join(root, file), 'utf8');
      for (const name of names.split('→').map((n) => n.trim()))
        expect(new RegExp(`\\b${name}\\b`).test(text), `${name} in ${file}`).toBe(true);
    }
  });
});
