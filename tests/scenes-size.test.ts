import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * No function in a scene longer than this many lines, from its signature to its closing brace: a
 * screen is a layout and its parts, and a longer function is a part that has not been named yet.
 */
const LIMIT = 80;

/** Scenes not yet split into parts; the list shrinks to nothing as they move onto the skeleton. */
const NOT_YET: readonly string[] = [
  'SetupScene.ts',
  'TurnScene.ts',
  'HowItWorksScene.ts',
  'OfferScene.ts',
  'TeachersScene.ts',
  'TitleScene.ts',
  'SettingsScene.ts',
  'BriefingScene.ts',
  'HandoverScene.ts',
  'ResumeOfferScene.ts',
  'ShareScene.ts',
  'GlossaryScene.ts',
  'HelpScene.ts',
  'FacilitatorScene.ts',
  'brief.ts',
];

interface Node {
  type: string;
  start: number;
  end: number;
  key?: { name?: string };
  id?: { name?: string } | null;
  [field: string]: unknown;
}

const FUNCTIONS = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'MethodDefinition',
]);

/** Every function in `source` longer than `limit` lines, as "name (n lines)". */
function longFunctions(file: string, source: string, limit = LIMIT): string[] {
  const { program } = parseSync(file, source);
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const found: string[] = [];
  const walk = (node: unknown, name: string): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child, name);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const n = node as Node;
    const own = n.key?.name ?? n.id?.name ?? name;
    // A method's value is its function: counted once, as the method, from its signature.
    const counted =
      FUNCTIONS.has(n.type) && !(n.type === 'FunctionExpression' && name === '#method');
    if (counted) {
      const lines = lineOf(n.end) - lineOf(n.start) + 1;
      if (lines > limit) found.push(`${file}: ${own || '(anonymous)'} (${lines} lines)`);
    }
    for (const [field, child] of Object.entries(n)) {
      if (field === 'type' || field === 'start' || field === 'end') continue;
      walk(child, n.type === 'MethodDefinition' && field === 'value' ? '#method' : own);
    }
  };
  walk(program, '');
  return found;
}

const dir = new URL('../src/scenes/', import.meta.url).pathname;

/** Screens not yet on the skeleton; the list shrinks to nothing as they move onto it. */
const OFF_SKELETON: readonly string[] = [
  'BriefingScene.ts',
  'HandoverScene.ts',
  'HowItWorksScene.ts',
  'ResumeOfferScene.ts',
  'SetupScene.ts',
  'TeachersScene.ts',
  'TitleScene.ts',
];

/** Whether `source` declares a scene class that is not built on the skeleton. */
const offSkeleton = (source: string) =>
  /class \w+Scene extends /.test(source) && !/extends (Overlay)?Screen\b/.test(source);

describe('scenes', () => {
  it(`have no function longer than ${LIMIT} lines`, () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !NOT_YET.includes(f));
    const long = files.flatMap((f) => longFunctions(f, readFileSync(join(dir, f), 'utf8')));
    expect(long).toEqual([]);
  });

  it('finds a long function, a long method and a long arrow, and passes a short one', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const a${i} = ${i};`);
    const fn = (n: number) => ['function f() {', ...body(n), '}'].join('\n');
    const method = ['class C {', '  m(): void {', ...body(90), '  }', '}'].join('\n');
    const arrow = ['const g = () => {', ...body(90), '};'].join('\n');
    expect(longFunctions('a.ts', fn(78))).toEqual([]);
    expect(longFunctions('a.ts', fn(79))).toEqual(['a.ts: f (81 lines)']);
    expect(longFunctions('a.ts', method)).toEqual(['a.ts: m (92 lines)']);
    expect(longFunctions('a.ts', arrow)).toEqual(['a.ts: g (92 lines)']);
  });

  it('are built on the skeleton: every screen extends Screen or OverlayScreen', () => {
    const files = readdirSync(dir).filter(
      (f) => f.endsWith('Scene.ts') && !OFF_SKELETON.includes(f),
    );
    const off = files.filter((f) => offSkeleton(readFileSync(join(dir, f), 'utf8')));
    expect(off).toEqual([]);
    expect(offSkeleton('export class XScene extends Phaser.Scene {')).toBe(true);
    expect(offSkeleton('export class XScene extends OverlayScreen {')).toBe(false);
  });
});
