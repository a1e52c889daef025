import { describe, expect, it } from 'vitest';
import { SCENE } from '../../src/scenes/keys';
import { BACK_BUTTON, centreOf, titleMenuButton } from '../../src/ui/layout';
import { EN } from '../../src/words/en';
import { activeScene, clickDesign, gameFonts, screenTexts, shot, waitForScene } from './harness';
import { gamePages } from './pages';
import { settle } from './published';

const pages = gamePages();
const open = (viewport?: { width: number; height: number }) => pages.open('', viewport);

describe('title screen', () => {
  it('loads, becomes ready and shows the title', async () => {
    const page = await open();
    expect(await activeScene(page)).toBe(SCENE.title);
    expect(await page.title()).toBe('Precursor');
    const hook = await page.evaluate(() => ({
      ready: window.__precursor?.ready,
      firstFrameAt: window.__precursor?.firstFrameAt,
    }));
    expect(hook.ready).toBe(true);
    expect(hook.firstFrameAt).toBeGreaterThan(0);
    await shot(page, 'title');
  });

  it('is ready once drawn again in its own fonts, and in the system’s when they cannot load', async () => {
    const page = await open();
    // The language switch's 中文 too, in a face for those two characters only.
    expect(await gameFonts(page)).toEqual([
      '"Precursor SC" U+4E2D, U+6587',
      'Arimo 400',
      'Arimo 700',
      'Cousine 400',
      'Cousine 700',
    ]);
    // Fonts that arrive broken (a proxy's error page, a cut download): the title still becomes
    // ready, in the system's fonts, and plays on.
    const fonts = /\/assets\/(arimo|cousine|precursor-sc-names)-[\w-]+\.woff2$/;
    await pages.context.route(fonts, (route) =>
      route.fulfill({ status: 200, contentType: 'font/woff2', body: 'not a font' }),
    );
    try {
      const without = await open();
      expect(await gameFonts(without)).toEqual([]);
      await without.keyboard.press('1');
      await waitForScene(without, SCENE.setup);
    } finally {
      await pages.context.unroute(fonts);
    }
  });

  it('leaves the title only once the other screens’ words have come', async () => {
    // The page's title carries only its own words; hold back the chunk with the rest, as a slow
    // network would, and press for Setup at once.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const later = /\/assets\/later-[\w-]+\.js$/;
    await pages.context.route(later, async (route) => {
      await held;
      await route.continue();
    });
    try {
      const page = await open();
      await page.keyboard.press('1');
      await page.waitForTimeout(400);
      expect(await activeScene(page)).toBe(SCENE.title);
      release();
      await waitForScene(page, SCENE.setup);
      const texts = await screenTexts(page);
      expect(texts).toContain(EN['screen.setup.seat_us']);
      expect(texts.filter((text) => text in EN)).toEqual([]);
    } finally {
      release();
      await pages.context.unroute(later);
    }
  });

  it('exposes a read-only hook', async () => {
    const page = await open();
    const stillReady = await page.evaluate(() => {
      const hook = window.__precursor as unknown as Record<string, unknown>;
      try {
        hook.ready = false;
      } catch {
        // Frozen objects throw in strict mode; either way the value must not change.
      }
      return window.__precursor?.ready;
    });
    expect(stillReady).toBe(true);
  });

  it('reaches Setup with the number key and comes back with Escape', async () => {
    const page = await open();
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await shot(page, 'setup');
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.title);
  });

  it('moves focus with arrows and Tab, and presses with Enter', async () => {
    const page = await open();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.replay);
    await page.keyboard.press('Enter'); // focus starts on Back
    await waitForScene(page, SCENE.title);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.howItWorks);
    await shot(page, 'how-it-works');
    await page.keyboard.press('Tab'); // to "Earlier", disabled on the first page
    await page.keyboard.press('Enter'); // does nothing: it is disabled
    expect(await activeScene(page)).toBe(SCENE.howItWorks);
    await shot(page, 'how-it-works-disabled-reason');
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.title);
    await settle(page);
    await page.keyboard.press('Shift+Tab'); // wraps round to the last entry: the language
    await settle(page); // a frame apart, as a player's presses are
    await page.keyboard.press('Shift+Tab'); // and the one before it: Settings
    await page.keyboard.press('Space');
    await waitForScene(page, SCENE.settings);
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.title);
  });

  it('fits and centres the game in a larger window', async () => {
    const page = await open({ width: 1920, height: 1200 });
    const box = await page.locator('canvas').boundingBox();
    expect(box?.width).toBeCloseTo(1920, 0);
    expect(box?.y).toBeCloseTo((1200 - 1080) / 2, 0);
    await shot(page, 'title-1920');
  });

  it('clicks Play to reach Setup and Back to return', async () => {
    const page = await open();
    const play = centreOf(titleMenuButton(0));
    await clickDesign(page, play.x, play.y);
    await waitForScene(page, SCENE.setup);
    const back = centreOf(BACK_BUTTON);
    await clickDesign(page, back.x, back.y);
    await waitForScene(page, SCENE.title);
  });
});
