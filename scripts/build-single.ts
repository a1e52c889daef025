/**
 * One HTML file with everything inside it, for school computers with no web server: it opens by
 * double-click from a shared folder or a learning-platform upload. `npm run build:single` writes
 * dist-single/precursor.html.
 *
 * Browsers refuse to load module scripts from file:// URLs, but run inline ones; so the game is
 * built as a single script (no code splitting) and inlined, the favicon becomes a data URL, and
 * the licences (LICENSES.md in the other build) become a comment at the top of the page. Web
 * Workers (`?worker` imports) are inlined too (`?worker&inline`): they start from a Blob URL.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { NOTICES_FILE } from './notices.ts';
import { singleFileHtml } from './single-file.ts';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'dist-single');

/** Every `?worker` import becomes `?worker&inline`: the worker's code travels inside the script. */
const inlineWorkers: Plugin = {
  name: 'precursor:inline-workers',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!source.endsWith('?worker') || !importer) return null;
    return this.resolve(`${source}&inline`, importer, { skipSelf: true });
  },
};

await build({
  root,
  logLevel: 'warn',
  plugins: [inlineWorkers],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    modulePreload: false,
    // Assets become data URLs inside the script (the Chinese font subset is the one there is).
    assetsInlineLimit: () => true,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

const assets = join(outDir, 'assets');
const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
if (scripts.length !== 1) throw new Error(`expected one script, found ${scripts.join(', ')}`);
const html = singleFileHtml(readFileSync(join(outDir, 'index.html'), 'utf8'), {
  code: readFileSync(join(assets, scripts[0] as string), 'utf8'),
  faviconSvg: readFileSync(join(root, 'public', 'favicon.svg')),
  notices: readFileSync(join(outDir, NOTICES_FILE), 'utf8'),
});
writeFileSync(join(outDir, 'precursor.html'), html);
rmSync(assets, { recursive: true, force: true });
for (const file of ['index.html', 'favicon.svg', NOTICES_FILE])
  rmSync(join(outDir, file), { force: true });
console.log(`wrote ${join(outDir, 'precursor.html')} (${Math.round(html.length / 1024)} KB)`);
