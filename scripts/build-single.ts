/**
 * One HTML file with everything inside it, for school computers with no web server: it opens by
 * double-click from a shared folder or a learning-platform upload. `npm run build:single` writes
 * dist-single/precursor.html.
 *
 * Browsers refuse to load module scripts from file:// URLs, but run inline ones; so the game is
 * built as a single script (no code splitting) and inlined, and the favicon becomes a data URL.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'dist-single');

await build({
  root,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

const assets = join(outDir, 'assets');
const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
if (scripts.length !== 1) throw new Error(`expected one script, found ${scripts.join(', ')}`);
const code = readFileSync(join(assets, scripts[0] as string), 'utf8');
const favicon = readFileSync(join(root, 'public', 'favicon.svg'));

let html = readFileSync(join(outDir, 'index.html'), 'utf8');
html = html.replace(/<script type="module"[^>]*src="[^"]*"[^>]*><\/script>/, '');
html = html.replace(
  /<link rel="icon"[^>]*>/,
  () =>
    `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml;base64,${favicon.toString('base64')}" />`,
);
// A closing script tag inside the code would end the inline script early.
const safe = code.replaceAll('</script', '<\\/script');
// A function as replacement, so `$&` and the like in the code are not read as patterns.
html = html.replace('</body>', () => `<script type="module">${safe}</script>\n</body>`);
// The page's Content-Security-Policy allows scripts from its own files; this one has none, so the
// policy names the inline script by its hash instead, and nothing else inline can run.
const hash = createHash('sha256').update(safe, 'utf8').digest('base64');
const policy = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*script-src )'self'/;
if (!policy.test(html))
  throw new Error('index.html has no script-src in its Content-Security-Policy');
html = html.replace(policy, (_all, head: string) => `${head}'sha256-${hash}'`);
writeFileSync(join(outDir, 'precursor.html'), html);
rmSync(assets, { recursive: true, force: true });
rmSync(join(outDir, 'index.html'));
rmSync(join(outDir, 'favicon.svg'), { force: true });
console.log(`wrote ${join(outDir, 'precursor.html')} (${Math.round(html.length / 1024)} KB)`);
