import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './paths';

/**
 * Precursor's licence first, then every bundled package's with its text, Phaser's among them:
 * what LICENSES.md beside the build and the comment atop the single-file page both hold.
 */
export function expectCompleteNotices(notices: string): void {
  const phaser = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/phaser/package.json'), 'utf8'),
  ) as { version: string };
  expect(notices).toMatch(/^# Licences\n\n## Precursor \(MIT\)\n\nMIT License\n/);
  expect(notices).toContain(`## phaser - ${phaser.version} (MIT)`);
  expect(notices).toContain('Phaser Studio Inc.');
  for (const name of ['lz-string', 'seedrandom', 'xstate', 'zod', 'eventemitter3'])
    expect(notices).toContain(`## ${name}`);
  const sections = notices.split(/^## /m).slice(1);
  const empty = sections.filter((s) => !/\n\s*\S.*(Copyright|Permission|License)/is.test(s));
  expect(empty.map((s) => s.split('\n')[0])).toEqual([]);
}
