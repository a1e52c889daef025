import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

/** The longest a function in a scene may be, from its signature line to its closing brace. */
const MAX_LINES = 80;

const dir = new URL('../src/scenes/', import.meta.url).pathname;

type Node = { type?: string; start: number; end: number; [key: string]: unknown };

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** Nodes that hold a function and name it: a method, an accessor, a property, a variable. */
const HOLDERS = new Set([
  'MethodDefinition',
  'PropertyDefinition',
  'Property',
  'VariableDeclarator',
]);

/** Every function, method, accessor or arrow in `source` longer than `max` lines, by name. */
function longFunctions(name: string, source: string, max = MAX_LINES): string[] {
  const { program, errors } = parseSync(name, source, { lang: 'ts' });
  if (errors.length > 0) throw new Error(`${name} does not parse: ${errors[0]?.message}`);
  const lineOf = (pos: number) => source.slice(0, pos).split('\n').length;
  const out: string[] = [];
  const visit = (node: Node, holder: Node | null) => {
    if (node.type && FUNCTIONS.has(node.type)) {
      const from = holder ?? node;
      const lines = lineOf(node.end) - lineOf(from.start) + 1;
      const key = (from.key ?? from.id ?? node.id) as Node | null | undefined;
      const label = key
        ? source.slice(key.start, key.end)
        : `(anonymous at line ${lineOf(node.start)})`;
      if (lines > max) out.push(`${name}: ${label} has ${lines} lines`);
    }
    const holds = node.type !== undefined && HOLDERS.has(node.type) ? node : null;
    for (const value of Object.values(node)) {
      const children = Array.isArray(value) ? value : [value];
      for (const child of children)
        if (child && typeof child === 'object' && typeof (child as Node).start === 'number')
          visit(child as Node, holds);
    }
  };
  visit(program as unknown as Node, null);
  return out;
}

describe('the scenes are made of short parts', () => {
  it(`has no function over ${MAX_LINES} lines in src/scenes and its folders`, () => {
    const found = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => longFunctions(f, readFileSync(join(dir, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('finds a long function, a long method and a long arrow, and passes a short one', () => {
    const body = (n: number) =>
      Array.from({ length: n }, (_, i) => `  const a${i} = ${i};`).join('\n');
    const fn = `function long() {\n${body(79)}\n}`;
    const method = `class A {\n  build(): void {\n${body(80)}\n  }\n}`;
    const arrow = `const f = () => {\n${body(79)}\n};`;
    const short = `function short() {\n${body(78)}\n}`;
    expect(longFunctions('x.ts', fn)).toEqual(['x.ts: long has 81 lines']);
    expect(longFunctions('x.ts', method)).toEqual(['x.ts: build has 82 lines']);
    expect(longFunctions('x.ts', arrow)).toHaveLength(1);
    expect(longFunctions('x.ts', short)).toEqual([]);
  });

  it('are built on the skeleton: every screen extends Screen or OverlayScreen', () => {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('Scene.ts'),
    );
    const off = files.filter((f) => offSkeleton(readFileSync(join(dir, f), 'utf8')));
    expect(off).toEqual([]);
    expect(offSkeleton('export class XScene extends Phaser.Scene {')).toBe(true);
    expect(offSkeleton('export class XScene extends OverlayScreen {')).toBe(false);
  });
});

/** Whether a scene's class is built on something other than the skeleton. */
function offSkeleton(source: string): boolean {
  const found = /class \w+ extends ([\w.]+)/.exec(source);
  return found !== null && found[1] !== 'Screen' && found[1] !== 'OverlayScreen';
}
