import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCompleteNotices } from './notices';
import { DIST } from './paths';

/**
 * The licences beside the build that the browser tests serve (global-setup makes it). Switching
 * `build.license` off fails the build; dropping the plugin that completes it fails here.
 */
describe('the build', () => {
  it('ships LICENSES.md beside index.html with every licence text', () => {
    const file = join(DIST, 'LICENSES.md');
    expect(existsSync(file), 'dist/LICENSES.md').toBe(true);
    expectCompleteNotices(readFileSync(file, 'utf8'));
  });
});
