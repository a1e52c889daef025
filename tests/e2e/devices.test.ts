import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENE } from '../../src/scenes/keys';
import { DESIGN } from '../../src/ui/layout';
import { EN } from '../../src/words/en';
import {
  type Device,
  screenTexts,
  shot,
  waitForReport,
  waitForScene,
  waitForText,
} from './harness';
import { gamePages } from './pages';
import { elements, pressCorner, textBoxes } from './published';

/** A 10-inch tablet held sideways, as its browser lays the page out. */
const TABLET: Device = {
  viewport: { width: 1024, height: 768 },
  deviceScaleFactor: 2,
  touch: true,
};
/** A phone held sideways: the page is what is left beside the browser's bars. */
const PHONE: Device = { viewport: { width: 844, height: 390 }, deviceScaleFactor: 3, touch: true };
/** The same phone upright. */
const PHONE_UPRIGHT: Device = { ...PHONE, viewport: { width: 390, height: 844 } };

/** The canvas fills the page's width or height, whichever the game's shape meets first. */
async function fitted(page: Page, device: Device): Promise<void> {
  const box = await page.locator('canvas').boundingBox();
  const { width, height } = device.viewport;
  const scale = Math.min(width / DESIGN.width, height / DESIGN.height);
  expect(box?.width).toBeCloseTo(DESIGN.width * scale, 0);
  expect(box?.height).toBeCloseTo(DESIGN.height * scale, 0);
}

/** The smallest text on screen, in CSS pixels: printed beside the test's result, for the README. */
const smallest: Record<string, string> = {};
async function pictured(page: Page, name: string): Promise<void> {
  await shot(page, name);
  const sizes = (await textBoxes(page)).map((t) => t.size);
  smallest[name] = Math.min(...sizes).toFixed(1);
}
afterAll(() => {
  console.info(`Smallest text on screen, CSS px: ${JSON.stringify(smallest)}`);
});

/** A quarter played by touch alone, from the title to the report, each screen pictured. */
async function playByTouch(page: Page, device: Device, name: string): Promise<void> {
  await fitted(page, device);
  await pictured(page, `${name}-title`);
  await pressCorner(page, 'Play', 3, 'finger');
  await waitForScene(page, SCENE.setup);
  await waitForText(page, 'Start ▶');
  await pictured(page, `${name}-setup`);
  await pressCorner(page, 'Start', 0, 'finger');
  await waitForScene(page, SCENE.briefing);
  await pressCorner(page, 'Begin', 2, 'finger');
  await waitForScene(page, SCENE.turn);
  await waitForText(page, 'End turn');
  const card = (await elements(page)).find((e) => e.role === 'card');
  if (!card) throw new Error('no move card on the turn screen');
  await pressCorner(page, card.name, 3, 'finger');
  await waitForText(page, EN['ui.card.picked']);
  const picked = (await elements(page)).filter((e) => e.state.includes('picked'));
  // One tap picks one card, once: no second press from the mouse events a browser may add.
  expect(picked.map((e) => e.name)).toEqual([card.name]);
  await pictured(page, `${name}-turn`);
  await pressCorner(page, 'End turn', 1, 'finger');
  await waitForReport(page);
  await waitForText(page, 'Continue');
  await pictured(page, `${name}-report`);
  await pressCorner(page, 'Continue', 2, 'finger');
  await waitForScene(page, SCENE.turn);
}

describe('a tablet held sideways', () => {
  const pages = gamePages(TABLET, 'reduced');
  it('plays a quarter by touch, the game fitted to the screen', async () => {
    await playByTouch(await pages.open(), TABLET, 'device-tablet');
  });
});

/** Taps the text view's button whose name starts with `name`, once it is there. */
async function tapButton(page: Page, name: string): Promise<void> {
  const button = page
    .locator('#a11y button')
    .filter({ hasText: new RegExp(`^${name}`) })
    .first();
  await button.waitFor({ state: 'visible' });
  await button.tap();
}

/** The text view's smallest type on screen (CSS px): every visible element holding text. */
const smallestTextView = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const sizes = [...document.querySelectorAll('#a11y *')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
      .filter(
        (e) => (e as HTMLElement).offsetParent !== null && getComputedStyle(e).display !== 'none',
      )
      .map((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    return Math.min(...sizes);
  });

/** Whether the text view is what the page shows: the layer shown, the drawing hidden. */
async function textViewShown(page: Page): Promise<boolean> {
  const layer = await page.locator('#a11y').evaluate((e) => getComputedStyle(e).opacity);
  const canvas = await page.locator('canvas').evaluate((c) => getComputedStyle(c).visibility);
  return layer === '1' && canvas === 'hidden';
}

describe('a phone held sideways', () => {
  const pages = gamePages(PHONE, 'reduced');
  it('opens in the text view, reads in type of 14 px or more, and plays a quarter in it by touch', async () => {
    const page = await pages.open();
    await expect.poll(() => textViewShown(page)).toBe(true);
    await shot(page, 'device-phone-text-title');
    await tapButton(page, 'Play');
    await waitForScene(page, SCENE.setup);
    await tapButton(page, 'Start');
    await waitForScene(page, SCENE.briefing);
    await tapButton(page, 'Begin');
    await waitForScene(page, SCENE.turn);
    const card = page.locator('#a11y button[aria-pressed]').first();
    await card.tap();
    await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true');
    // One tap picks one card: nothing drawn beneath the finger is pressed too.
    expect(await page.locator('#a11y button[aria-pressed="true"]').count()).toBe(1);
    expect(await smallestTextView(page)).toBeGreaterThanOrEqual(14);
    // The keyboard's shortcuts are there for a screen reader, and not shown to a finger.
    const keys = page.locator('#a11y .keys');
    expect(await keys.count()).toBe(1);
    expect(await keys.textContent()).toContain('Enter');
    expect(await keys.isVisible()).toBe(false);
    await shot(page, 'device-phone-text-turn');
    await tapButton(page, 'End turn');
    await waitForReport(page);
    await tapButton(page, 'Continue');
    await waitForScene(page, SCENE.turn);
    expect(await smallestTextView(page)).toBeGreaterThanOrEqual(14);
  });

  it('goes back to the drawn screen, remembered, and plays a quarter by touch, the game fitted to the screen', async () => {
    const page = await pages.open();
    await expect.poll(() => textViewShown(page)).toBe(true);
    await tapButton(page, EN['ui.access.drawn']);
    await expect.poll(() => textViewShown(page)).toBe(false);
    await playByTouch(page, PHONE, 'device-phone');
    const again = await pages.open();
    expect(await textViewShown(again)).toBe(false);
  });
});

describe('a phone held upright', () => {
  const pages = gamePages(PHONE_UPRIGHT, 'reduced');
  it('asks to be turned, and shows the game where it was once it is', async () => {
    const page = await pages.open();
    // Upright, the text view is a page like any other; the drawn screen asks to be turned.
    await expect.poll(() => textViewShown(page)).toBe(true);
    await tapButton(page, EN['ui.access.drawn']);
    await expect.poll(() => textViewShown(page)).toBe(false);
    const prompt = page.getByRole('status').filter({ hasText: EN['ui.turnDevice'] });
    await expect(prompt.isVisible()).resolves.toBe(true);
    const canvas = page.locator('canvas');
    expect(await canvas.evaluate((c) => getComputedStyle(c).visibility)).toBe('hidden');
    await shot(page, 'device-phone-upright');
    // The title is underneath all along: a key pressed before turning still reached it.
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await page.setViewportSize(PHONE.viewport);
    await expect(prompt.isVisible()).resolves.toBe(false);
    expect(await canvas.evaluate((c) => getComputedStyle(c).visibility)).toBe('visible');
    await fitted(page, PHONE);
    await waitForText(page, 'Start ▶');
    expect(await screenTexts(page)).toContain('Start ▶');
    await shot(page, 'device-phone-turned');
  });
});
