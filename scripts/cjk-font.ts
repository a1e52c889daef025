/**
 * The Chinese font: a subset of Noto Sans SC with the characters the Chinese catalogues and the
 * built-in scenarios' texts in Chinese use and no others, made when the build (or the dev server)
 * starts. The game imports it as `virtual:precursor-cjk-font`, whose default export is its
 * address: a file beside the game's script in the build, a data URL in the single-file build
 * (which inlines every asset). A second subset, `virtual:precursor-cjk-names`, holds only the
 * characters of the languages' names, which every page draws.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { NAME_CHARACTERS } from '../src/words/language.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Noto Sans SC, regular weight, as one whole OTF file (SIL OFL 1.1; see assets/README.md). */
export const FONT_SOURCE = '@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf';

/** Where the subsets are written before the build takes them in (under node_modules: not the repo). */
const OUT_DIR = join(ROOT, 'node_modules/.cache/precursor');

/** The Chinese catalogues: every file under src/words/zh-CN/, the screens' files included. */
const CATALOGUES = join(ROOT, 'src/words/zh-CN');

/** The built-in scenarios: their texts in Chinese (`translations`) are shown too. */
const SCENARIOS = join(ROOT, 'scenarios');

/** The texts in other languages of the scenario files under `dir`, as one string. */
export function scenarioTranslations(dir = SCENARIOS): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
  return files
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { translations?: unknown })
    .map((s) => (s.translations ? JSON.stringify(s.translations) : ''))
    .join('');
}

/**
 * Every character of the files under `dir` and of the scenarios' texts in other languages, each
 * once, in code-point order: the messages', and the few of the files' comments and code, which
 * cost the subset next to nothing.
 */
export function catalogueCharacters(dir = CATALOGUES, scenarios = SCENARIOS): string {
  const chars = new Set<string>(scenarioTranslations(scenarios));
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  for (const file of files) for (const c of readFileSync(join(dir, file), 'utf8')) chars.add(c);
  return [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

const readIfThere = (file: string): string | null =>
  existsSync(file) ? readFileSync(file, 'utf8') : null;

/** The subset of the font that draws `text`, as woff2. */
export async function subsetFor(text: string): Promise<Uint8Array> {
  const font = readFileSync(join(ROOT, 'node_modules', FONT_SOURCE));
  return subsetFont(font, text, { targetFormat: 'woff2' });
}

/**
 * The subsets, each a module whose default export is its file's address: the catalogues' (loaded
 * when Chinese is shown) and the languages' names' (a few hundred bytes, loaded on every page).
 */
export const SUBSETS = [
  { module: 'virtual:precursor-cjk-font', file: 'precursor-sc.woff2', chars: catalogueCharacters },
  {
    module: 'virtual:precursor-cjk-names',
    file: 'precursor-sc-names.woff2',
    chars: () => NAME_CHARACTERS,
  },
] as const;

/** Builds the subsets when the build starts, and serves their addresses as modules. */
export function cjkFontPlugin(): Plugin {
  const byId = new Map(SUBSETS.map((s) => [`\0${s.module}`, join(OUT_DIR, s.file)]));
  return {
    name: 'precursor:cjk-font',
    async buildStart() {
      mkdirSync(OUT_DIR, { recursive: true });
      for (const subset of SUBSETS) {
        const out = join(OUT_DIR, subset.file);
        const chars = subset.chars();
        // The subset made last time serves while the characters are the same (it takes seconds).
        const stamp = `${FONT_SOURCE}\n${chars}`;
        if (existsSync(out) && readIfThere(`${out}.chars`) === stamp) continue;
        writeFileSync(out, await subsetFor(chars));
        writeFileSync(`${out}.chars`, stamp);
      }
    },
    resolveId: (id) => (SUBSETS.some((s) => s.module === id) ? `\0${id}` : null),
    load: (id) => {
      const file = byId.get(id);
      return file ? `export { default } from ${JSON.stringify(`${file}?url`)};` : null;
    },
  };
}
