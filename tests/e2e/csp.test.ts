import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeReplayCode } from '../../src/core/code';
import { makeReplay } from '../../src/core/replay';
import { SCENE } from '../../src/scenes/keys';
import { launchBrowser, serveDist, waitForReport, waitForScene, watchForProblems } from './harness';
import { DIST, ROOT } from './paths';

/**
 * The page's Content-Security-Policy: the built game, a replay link and the single-file build all
 * run under it with no violation, and it is really in force (an inline script is refused).
 */
declare global {
  interface Window {
    __violations?: string[];
  }
}

/** Records every CSP violation of every document of the context, popups included. */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations?.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`),
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.__violations ?? []);

/** Plays a turn, opens the printable brief, and checks the policy is in force. */
async function playUnderPolicy(context: BrowserContext, page: Page): Promise<void> {
  await page.waitForFunction(() => window.__precursor?.ready === true, null, { timeout: 20_000 });
  await page.keyboard.press('1');
  await waitForScene(page, SCENE.setup);
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.briefing);
  // The printable brief is a page of its own, from a blob: URL, with an inline style sheet.
  const popup = context.waitForEvent('page');
  await page.keyboard.press('p');
  const brief = await popup;
  await brief.waitForLoadState();
  expect(await brief.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe('none');
  expect(await violations(brief)).toEqual([]);
  await brief.close();
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.turn);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await waitForReport(page);
  expect(await violations(page)).toEqual([]);
  // The policy is in force: a script slipped into the page does not run, and is reported.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
    return (window as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await page.waitForFunction(() => (window.__violations ?? []).length > 0);
  expect(await violations(page)).toEqual(['script-src-elem: inline']);
}

describe('Content-Security-Policy', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-single.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    server = await serveDist();
    browser = await launchBrowser();
    await recordViolations(browser.context);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the built page declares it, and the game runs under it', async () => {
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toMatch(
      /http-equiv="Content-Security-Policy"[^>]*script-src 'self';/,
    );
    const page = await browser.context.newPage();
    const problems = watchForProblems(page);
    await page.goto(server.url);
    await playUnderPolicy(browser.context, page);
    expect(problems.list.filter((p) => !p.includes('Content Security Policy'))).toEqual([]);
  });

  it('a replay link opens the viewer under it', async () => {
    const code = encodeReplayCode(
      makeReplay('truce-2026', 3, [
        { us: [{ type: 'giveCredit' }], china: [], inject: ['summit'] },
      ]),
    );
    const page = await browser.context.newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}?replay=${code}`);
    await waitForScene(page, SCENE.viewer);
    await page.keyboard.press('ArrowRight');
    expect(await violations(page)).toEqual([]);
    expect(problems.list).toEqual([]);
  });

  it('the single-file build names its one inline script by hash, and runs under it', async () => {
    const html = readFileSync(join(ROOT, 'dist-single', 'precursor.html'), 'utf8');
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    const page = await browser.context.newPage();
    const problems = watchForProblems(page);
    await page.goto(pathToFileURL(join(ROOT, 'dist-single', 'precursor.html')).href);
    await playUnderPolicy(browser.context, page);
    expect(problems.list.filter((p) => !p.includes('Content Security Policy'))).toEqual([]);
  });
});
