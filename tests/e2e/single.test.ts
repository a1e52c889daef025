import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeClassCode } from '../../src/core/code';
import { SCENE } from '../../src/scenes/keys';
import { SETUP } from '../../src/ui/layout';
import {
  clickRect,
  gameFonts,
  launchBrowser,
  waitForReport,
  waitForScene,
  waitForText,
  watchForProblems,
} from './harness';
import { expectCompleteNotices } from './notices';
import { ROOT } from './paths';

/** The single-file build opens from a file:// URL, with no server at all, and plays a turn. */
describe('npm run build:single', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-single.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('carries the licences in a comment at the top of the page', () => {
    const page = readFileSync(join(ROOT, 'dist-single', 'precursor.html'), 'utf8');
    const comment = /^<!doctype html>\n<!--\n([\s\S]*?)\n-->/.exec(page);
    expect(comment, 'a comment right after the doctype').not.toBeNull();
    expectCompleteNotices(comment?.[1] ?? '');
  });

  it('opens from a file:// URL and plays a turn', async () => {
    const page = await browser.context.newPage();
    const problems = watchForProblems(page);
    await page.goto(pathToFileURL(join(ROOT, 'dist-single', 'precursor.html')).href);
    await page.waitForFunction(() => window.__precursor?.ready === true, null, { timeout: 20_000 });
    // The game's fonts travel inside the page, and its policy lets them load.
    expect(await gameFonts(page)).toHaveLength(5);
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await waitForReport(page);
    expect(await page.evaluate(() => window.__precursor?.turns().length)).toBe(1);
    expect(problems.list).toEqual([]);
  });

  it('places the result in its inlined worker, from a file:// URL', async () => {
    const page = await browser.context.newPage();
    const problems = watchForProblems(page);
    const workers: Worker[] = [];
    page.on('worker', (w) => workers.push(w));
    const code = encodeClassCode({ scenario: 'truce-2026', seed: 7, turns: 1, turnSeconds: 0 });
    const file = pathToFileURL(join(ROOT, 'dist-single', 'precursor.html')).href;
    await page.goto(`${file}?class=${code}`);
    await waitForScene(page, SCENE.setup);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.questionnaire); // a class game asks it; skipped here
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    await page.keyboard.press('Enter');
    await waitForReport(page);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.debrief);
    await waitForText(page, 'of 100 games with the standard US');
    expect(workers.map((w) => w.url())).toEqual([expect.stringMatching(/^blob:/)]);
    expect((await page.evaluate(() => window.__precursor?.texts() ?? [])).join('\n')).not.toContain(
      'this browser would not start a worker',
    );
    expect(problems.list).toEqual([]);
  });

  it('plays a turn against the expert from a file:// URL, its worker inside the page', async () => {
    const page = await browser.context.newPage();
    const problems = watchForProblems(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(pathToFileURL(join(ROOT, 'dist-single', 'precursor.html')).href);
    await page.waitForFunction(() => window.__precursor?.ready === true, null, { timeout: 20_000 });
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    const expert = { x: SETUP.right, y: SETUP.policyTop + 26 + 5 * SETUP.policyRow };
    await clickRect(page, { ...expert, w: SETUP.policyButton, h: SETUP.policyRow - 6 });
    await waitForText(page, 'Plans: plays its options forward');
    await clickRect(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 });
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await waitForReport(page);
    await waitForText(page, 'WHY THE AI CHOSE THIS');
    expect(workers).toHaveLength(1);
    expect(problems.list).toEqual([]);
  });
});
