import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type FileChooser, type Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import type { TurnRecord } from '../../src/core/turn';
import { SCENE } from '../../src/scenes/keys';
import { DESIGN } from '../../src/ui/layout';
import { EN } from '../../src/words/en';
import { ZH_CN } from '../../src/words/zh-CN';
import { assertChromium, CHROMIUM, CHROMIUM_ARGS, DIST, ROOT, SCREENSHOTS } from './paths';

/** Serves dist/ with Vite's preview server on a free port of 127.0.0.1. */
export async function serveDist(outDir = DIST): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('preview server has no address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}

/** A screen to test on: its size in CSS pixels, its pixel density, and whether it is touched. */
export interface Device {
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  /** A touch screen on a phone or tablet: touch events, and the page laid out as on one. */
  touch: boolean;
}

/** A desktop window the size of the game. */
export const DESKTOP: Device = {
  viewport: { width: DESIGN.width, height: DESIGN.height },
  deviceScaleFactor: 1,
  touch: false,
};

/**
 * Whether the browser asks the game for less motion, as a player may in their system's settings.
 * Files that test motion keep it `full`. The others ask for `reduced`: no fades, beats or moving
 * goods, which Chromium's software renderer spends much of a game's time drawing (a third of
 * game.test.ts's time); what they check (texts, presses, rules, saves) is the same either way.
 */
export type Motion = 'full' | 'reduced';

/** Headless Chromium with a fresh, throw-away profile directory, as `device` (a desktop window). */
export async function launchBrowser(
  device: Device = DESKTOP,
  motion: Motion = 'full',
): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  assertChromium();
  const profile = mkdtempSync(join(tmpdir(), 'precursor-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: device.viewport,
    deviceScaleFactor: device.deviceScaleFactor,
    hasTouch: device.touch,
    isMobile: device.touch,
    reducedMotion: motion === 'reduced' ? 'reduce' : 'no-preference',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Console errors, uncaught exceptions and failed requests seen by a page. */
export interface PageProblems {
  readonly list: string[];
}

/** Starts recording everything that should fail a test: call before navigating. */
export function watchForProblems(page: Page): PageProblems {
  const list: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') list.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => list.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    list.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) list.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { list };
}

/**
 * The faces every page loads that have loaded, as "family weight" (and the characters a face is
 * for, when it is for some only), in order; the Chinese subset shown with Chinese is not among them.
 */
export function gameFonts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all = 'U+0-10FFFF';
    return [...document.fonts]
      .filter((f) => f.status === 'loaded')
      .filter((f) => ['Arimo', 'Cousine'].includes(f.family) || f.unicodeRange !== all)
      .map((f) =>
        f.unicodeRange === all ? `${f.family} ${f.weight}` : `${f.family} ${f.unicodeRange}`,
      )
      .sort();
  });
}

/** Opens the game in a new page and waits until the title screen has drawn its first frame. */
export async function openGame(
  context: BrowserContext,
  url: string,
  viewport?: { width: number; height: number },
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const problems = watchForProblems(page);
  // The guided first quarter is offered to a new player; tests start as players who have seen it
  // (tests/e2e/guide.test.ts turns it on).
  await page.addInitScript(() => {
    const key = 'precursor.comfort';
    const stored = JSON.parse(window.localStorage.getItem(key) ?? '{}') as { guide?: boolean };
    if (stored.guide === undefined)
      window.localStorage.setItem(key, JSON.stringify({ ...stored, guide: false }));
  });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__precursor?.ready === true, undefined, {
      timeout: 20_000,
    });
  } catch (error) {
    await page.close();
    const seen = problems.list.length ? `\nProblems seen:\n${problems.list.join('\n')}` : '';
    throw new Error(`The game did not become ready: ${String(error)}${seen}`);
  }
  return { page, problems };
}

/** The server and browser one test file shares; call stop() in afterAll. */
export async function startSession(
  device: Device = DESKTOP,
  motion: Motion = 'full',
): Promise<{
  url: string;
  context: BrowserContext;
  stop(): Promise<void>;
}> {
  const server = await serveDist();
  const browser = await launchBrowser(device, motion).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    url: server.url,
    context: browser.context,
    stop: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The turns played so far (or, in the viewer, up to the one on screen), as the sim tool's JSON. */
export async function playedTurns(page: Page): Promise<TurnRecord[]> {
  return page.evaluate(() => (window.__precursor?.turns() ?? []) as unknown[]) as Promise<
    TurnRecord[]
  >;
}

export async function activeScene(page: Page): Promise<string> {
  return page.evaluate(() => window.__precursor?.scene() ?? '');
}

export async function waitForScene(page: Page, key: string): Promise<void> {
  await page.waitForFunction((k) => window.__precursor?.scene() === k, key, { timeout: 10_000 });
}

/**
 * Waits for the report of the latest quarter (not the one before it, which a game watched AI
 * against AI replaces at once), and shows all of it as a player can: its parts arrive in beats,
 * and any key shows them at once (Shift, which does nothing else there).
 */
export async function waitForReport(page: Page): Promise<void> {
  await waitForScene(page, SCENE.report);
  const latest = (await playedTurns(page)).at(-1)?.label;
  if (latest) {
    // Its heading (in capitals), in whichever language the page speaks.
    const headings = [EN, ZH_CN].map((words) =>
      (words['screen.report.title'] ?? '').replace('{quarter}', latest).toUpperCase(),
    );
    await page.waitForFunction(
      (wanted) =>
        (window.__precursor?.texts() ?? []).some((t) =>
          wanted.some((h) => t.toUpperCase().includes(h)),
        ),
      headings,
      { timeout: 10_000 },
    );
  }
  await page.keyboard.press('Shift');
}

/** A point given in design pixels (1280×720) in page pixels, wherever the canvas is scaled to. */
export async function pagePoint(
  page: Page,
  x: number,
  y: number,
): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no game canvas on the page');
  const scale = box.width / DESIGN.width;
  return { x: box.x + x * scale, y: box.y + y * scale };
}

/** Clicks at a point given in design pixels. */
export async function clickDesign(page: Page, x: number, y: number): Promise<void> {
  const at = await pagePoint(page, x, y);
  await page.mouse.click(at.x, at.y);
}

/** Saves a PNG of the page as screenshots/<name>.png and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // The picture of the screen itself, not of its fade in from the background.
  await page.waitForFunction(() => window.__precursor?.fading() !== true, undefined, {
    timeout: 5000,
  });
  await page.screenshot({ path });
  // A key pressed while Chromium is still settling after a capture was seen handled twice (a card
  // picked and unpicked, one file downloaded twice); let two frames pass before going on.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  return path;
}

/** A key event for `sendKeysInOneTask`: `keyCode` is what Phaser's keyboard reads. */
export interface KeyStroke {
  type: 'keydown' | 'keyup';
  key: string;
  keyCode: number;
}

/**
 * Delivers `strokes` to the page in one task, before the game can draw another frame: keys that
 * come faster than the frames, as on a busy page or from a fast typist.
 */
export async function sendKeysInOneTask(page: Page, strokes: readonly KeyStroke[]): Promise<void> {
  await page.evaluate((list) => {
    for (const s of list)
      window.dispatchEvent(
        new KeyboardEvent(s.type, { key: s.key, keyCode: s.keyCode, bubbles: true }),
      );
  }, strokes);
}

/** Every text a player can read on screen now. */
export async function screenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__precursor?.texts() ?? []);
}

/** Waits until some text on screen contains `part`. */
export async function waitForText(page: Page, part: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (p) => (window.__precursor?.texts() ?? []).some((t) => t.includes(p)),
    part,
    { timeout },
  );
}

/** Clicks the centre of a rectangle given in design pixels. */
export async function clickRect(
  page: Page,
  r: { x: number; y: number; w: number; h: number },
): Promise<void> {
  await clickDesign(page, r.x + r.w / 2, r.y + r.h / 2);
}

/**
 * Opens the browser's file dialog the way a player does. Playwright starts intercepting the dialog
 * asynchronously, so it is given a moment before the key or click that opens it.
 */
export async function chooseFile(page: Page, open: () => Promise<void>): Promise<FileChooser> {
  const chooser = page.waitForEvent('filechooser');
  await page.waitForTimeout(300);
  await open();
  return chooser;
}

/** Waits until Setup's classroom options are closed (their Online class button gone). */
export async function classroomClosed(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !(window.__precursor?.texts() ?? []).some((t) => t.includes('Online class…')),
    undefined,
    { timeout: 10_000 },
  );
}
