import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const WORDS_INDEX = fileURLToPath(new URL('../src/words/index.ts', import.meta.url));
const FIRST_ONLY = fileURLToPath(new URL('../src/words/en/titleOnly.ts', import.meta.url));

/**
 * In the page's build, the words module starts with the title's English words only
 * (`src/words/en/first.ts`), so the title's first chunk does not carry every screen's; the rest
 * arrive with the game's chunk (`loadSessionModule` in src/scenes/load.ts), which leaving the
 * title waits for. The development server, the workers' bundles and Node read the whole catalogue.
 */
export function firstWordsPlugin(): Plugin {
  return {
    name: 'precursor-first-words',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './en' && importer === WORDS_INDEX) return FIRST_ONLY;
      return null;
    },
  };
}
