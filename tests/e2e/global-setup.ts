import { build } from 'vite';
import { assertChromium, DIST, distIsStale, ROOT } from './paths';

/**
 * Runs once before the browser tests: checks Chromium is installed, then builds dist/ with
 * Vite's build() API if it is missing or older than its sources. Tests serve the production
 * build, so they see what players get.
 */
export default async function setup(): Promise<void> {
  assertChromium();
  if (distIsStale()) {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  }
}
