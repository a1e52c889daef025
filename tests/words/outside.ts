import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'vite';

/**
 * The folders whose text a player reads, and the files beside them (`boot.ts`, `main.ts`). Not
 * `src/words` (the catalogues), `src/cli` (its tables read `src/words/*\/cli.ts`; its usage lines
 * are for developers) or `src/server` (logs).
 */
export const AREAS = ['core', 'machine', 'view', 'app', 'scenes', 'ui', 'online'] as const;

const root = new URL('../../src/', import.meta.url).pathname;

/** Every file the player's text could be written in (relative to `src/`). */
export function playerFiles(): string[] {
  const beside = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => e.name);
  return [...beside, ...AREAS.flatMap(sourceFiles)];
}

/** The TypeScript files under `dir` (relative to `src/`). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/**
 * Text a player could read: two words of letters (`China’s chips`, `tariff cut`, `CHINA’S
 * COOPERATION (STATECHART)`), a capital word followed by a space (`Costs {n}`), or a word before a
 * value (`flow ${n}`); one-letter words may stand between (`accepted: a deal`). Hyphens join one
 * word (`aria-label`, `zh-CN`).
 */
export const WORDS =
  /[A-Za-z]{2,}(?:['’][A-Za-z]+)?(?:[ ,;:(]+[A-Za-z])*[ ,;:(]+[A-Za-z]{2,}|\b[A-Z][a-z]+ |\b[a-z]{3,} \{\}/;

/** What a page shows of an HTML template: not its style sheet, tags or attributes. */
const shown = (text: string): string =>
  /<[a-z!/]/i.test(text)
    ? text.replace(/<style>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ')
    : text;

type Node = { type: string; start: number; [field: string]: unknown };
const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/** The text of a literal, with each `${…}` of a template as `{}`; null for anything else. */
function textOf(node: Node): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral')
    return (node.quasis as { value: { cooked: string | null; raw: string } }[])
      .map((q) => q.value.cooked ?? q.value.raw)
      .join('{}');
  return null;
}

/** Nodes whose string names a module or a type, which no one reads. */
const NOT_READ = new Set([
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportAllDeclaration',
  'ImportExpression',
  'TSLiteralType',
  'TSExternalModuleReference',
]);

/** One literal that reads as words: where it is and what it says. */
export type Found = { file: string; line: number; text: string };

/** The literals of `file` (relative to `src/`) that read as words. */
export function wordsIn(file: string): Found[] {
  const code = readFileSync(join(root, file), 'utf8');
  const found: Found[] = [];
  const visit = (node: Node, parent: Node | null): void => {
    const text = textOf(node);
    if (text !== null && !(parent && NOT_READ.has(parent.type)) && WORDS.test(shown(text))) {
      const line = code.slice(0, node.start).split('\n').length;
      found.push({ file, line, text });
    }
    for (const [field, value] of Object.entries(node)) {
      if (field === 'quasis') continue;
      if (Array.isArray(value)) for (const v of value) if (isNode(v)) visit(v, node);
      if (isNode(value)) visit(value, node);
    }
  };
  visit(parseAst(code, { lang: 'ts' }) as unknown as Node, null);
  return found;
}
