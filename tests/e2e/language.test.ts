import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCENE } from '../../src/scenes/keys';
import { DESKTOP, shot, waitForScene, waitForText } from './harness';
import { gamePages } from './pages';
import { collisions, type ScreenCheck, settle, tourAsUs } from './published';

const pages = gamePages(DESKTOP, 'reduced');

/** True once the Chinese font subset has loaded and draws `text`. */
const fontReady = (page: Page, text: string) =>
  page.waitForFunction(
    (t) => document.fonts.check('16px "Precursor SC"', t) && document.fonts.status === 'loaded',
    text,
    { timeout: 15_000 },
  );

describe('Chinese', () => {
  it('opens from a link with ?lang=zh-CN: the title and the turn screen in Chinese, in its font', async () => {
    const page = await pages.open('?lang=zh-CN');
    await waitForText(page, 'English'); // the switch offers the other language
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await fontReady(page, '芬太尼');
    expect(
      await page.evaluate(() =>
        // The whole subset: not the face for the switch's two characters, under the same family.
        [...document.fonts].some(
          (f) =>
            f.family.includes('Precursor SC') &&
            f.unicodeRange === 'U+0-10FFFF' &&
            f.status === 'loaded',
        ),
      ),
    ).toBe(true);
    await settle(page);
    await shot(page, 'zh-CN-title');

    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    // Words of the catalogue: an indicator and a card of the US hand.
    await waitForText(page, '芬太尼关税');
    await waitForText(page, '公开认可');
    await settle(page);
    await shot(page, 'zh-CN-turn');
  });

  it('shows the join box’s Chinese placeholder only once the Chinese font draws it', async () => {
    // The font arrives late, as on a slow network: the placeholder must wait for it.
    await pages.context.route('**/*.woff2', async (route) => {
      await new Promise((done) => setTimeout(done, 2000));
      await route.continue();
    });
    try {
      const page = await pages.open('?class=AbCdEfGhIjKlMnOpQrSt_-&lang=zh-CN');
      await waitForScene(page, SCENE.join);
      // Each frame until the placeholder shows: whether the font could draw it when it did.
      const first = await page.evaluate(
        () =>
          new Promise<{ placeholder: string; drawable: boolean }>((resolve) => {
            const tick = () => {
              const box = document.querySelector('input');
              const placeholder = box?.placeholder ?? '';
              if (placeholder)
                resolve({
                  placeholder,
                  // check() alone says true while the face is not even added, so look for it.
                  drawable: [...document.fonts].some(
                    (f) =>
                      f.family.includes('Precursor SC') &&
                      f.unicodeRange === 'U+0-10FFFF' &&
                      f.status === 'loaded',
                  ),
                });
              else requestAnimationFrame(tick);
            };
            tick();
          }),
      );
      expect(first).toEqual({ placeholder: '第3桌', drawable: true });
      await settle(page);
      await shot(page, 'zh-CN-online-join');
    } finally {
      await pages.context.unroute('**/*.woff2');
    }
  });

  it('is one press away on the title, remembered, and carried in the address', async () => {
    const page = await pages.open();
    await waitForText(page, '中文');
    await page.getByRole('button', { name: '中文' }).dispatchEvent('click');
    await waitForText(page, 'English');
    expect(await page.evaluate(() => localStorage.getItem('precursor.language'))).toBe('zh-CN');
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('lang'))).toBe(
      'zh-CN',
    );

    const again = await pages.open();
    await waitForText(again, 'English');
    await again.getByRole('button', { name: 'English' }).dispatchEvent('click');
    await waitForText(again, '中文');
    expect(await again.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await again.evaluate(() => location.search)).toBe('');
  });

  it('keeps every text clear of every other in Chinese, on every screen of a game as the US', async () => {
    const found: string[] = [];
    const check: ScreenCheck = async (page, name) => {
      await fontReady(page, '芬太尼');
      found.push(...(await collisions(page, name)));
      await shot(page, `zh-CN-${name}`);
    };
    await tourAsUs(
      (query = '') => pages.open(`?lang=zh-CN${query.replace(/^\?/, '&')}`),
      check,
      'zh-CN',
    );
    expect(found).toEqual([]);
  }, 300_000);
});
