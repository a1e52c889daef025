import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeReplayCode } from '../../src/core/code';
import { makeReplay } from '../../src/core/replay';
import { SCENE } from '../../src/scenes/keys';
import { shot, waitForReport, waitForScene, waitForText } from './harness';
import { gamePages } from './pages';
import {
  collisions,
  type ScreenCheck,
  settle,
  tourAsChina,
  tourAsUs,
  tourReplays,
} from './published';

const pages = gamePages();
const open = (query?: string) => pages.open(query);

const press = (target: Locator) => target.dispatchEvent('click');
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** From the title to the first turn as the US, by keyboard. */
async function toTurn(page: Page, endTurn = 'End turn'): Promise<void> {
  await page.keyboard.press('1');
  await waitForScene(page, SCENE.setup);
  await waitForText(page, 'Start ▶');
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.briefing);
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.turn);
  await waitForText(page, endTurn);
}

/**
 * The most tweens running at once on the screens on show, sampled every frame for `ms` while
 * `act` runs: what animates after it.
 */
async function tweensDuring(page: Page, ms: number, act: () => Promise<void>): Promise<number> {
  const most = page.evaluate(
    (span) =>
      new Promise<number>((resolve) => {
        let max = 0;
        const end = performance.now() + span;
        const tick = () => {
          max = Math.max(max, window.__precursor?.tweening() ?? 0);
          if (performance.now() < end) requestAnimationFrame(tick);
          else resolve(max);
        };
        tick();
      }),
    ms,
  );
  await act();
  return most;
}

/** Opens the settings on the screen on show, waiting for `label` on the panel. */
async function openSettings(page: Page, label: string): Promise<void> {
  await page.keyboard.press(',');
  await waitForScene(page, SCENE.settings);
  await waitForText(page, label);
}

async function screen(page: Page, name: string): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name, exact: true })
    .waitFor({ state: 'attached', timeout: 15_000 });
}

describe('comfort', () => {
  it('has one settings panel, from the title and from help, whose choices are remembered', async () => {
    const page = await open();
    await screen(page, 'Precursor');
    await press(button(page, 'Settings'));
    await screen(page, 'Settings');
    await press(button(page, 'High contrast: off'));
    await button(page, 'High contrast: on').waitFor({ state: 'attached' });
    await press(button(page, 'Larger text: off'));
    await button(page, 'Larger text: on').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => localStorage.getItem('precursor.comfort'))).toBe(
      JSON.stringify({ highContrast: true, largeText: true, guide: false }),
    );
    await settle(page);
    await shot(page, 'comfort-settings');
    await press(button(page, 'Close · Esc'));
    await screen(page, 'Precursor');
    await settle(page);
    await shot(page, 'comfort-title');

    // Remembered: a new page opens in the same look, and help on a game screen reaches the panel.
    const again = await open();
    await again.keyboard.press('1');
    await waitForScene(again, SCENE.setup);
    await waitForText(again, 'Start ▶');
    await again.keyboard.press('Enter');
    await waitForScene(again, SCENE.briefing);
    await again.keyboard.press('Enter');
    await waitForScene(again, SCENE.turn);
    await waitForText(again, 'End turn');
    await settle(again);
    await shot(again, 'comfort-turn');
    await again.keyboard.press('?');
    await waitForScene(again, SCENE.help);
    await again.keyboard.press(',');
    await waitForScene(again, SCENE.settings);
    await waitForText(again, 'High contrast: on');
    await again.keyboard.press('h');
    await waitForText(again, 'High contrast: off');
    await again.keyboard.press('Escape');
    // Closed after a change: help is closed too and the turn is drawn again in the new look.
    await waitForScene(again, SCENE.turn);
    await waitForText(again, 'End turn');
    expect(await again.evaluate(() => localStorage.getItem('precursor.comfort'))).toBe(
      JSON.stringify({ highContrast: false, largeText: true, guide: false }),
    );
  });

  it('switches the language from the settings on a game screen: drawn again at once, remembered', async () => {
    const page = await open();
    await toTurn(page);
    await openSettings(page, 'Language: English');
    await page.keyboard.press('l');
    // The panel itself is drawn again in Chinese at once.
    await waitForText(page, '语言：简体中文');
    await waitForText(page, '高对比度：关');
    await page.waitForFunction(() => document.fonts.check('16px "Precursor SC"', '语言'), null, {
      timeout: 15_000,
    });
    await settle(page);
    await shot(page, 'comfort-settings-zh-CN');
    await page.keyboard.press('Escape');
    // The turn screen beneath, drawn again in Chinese.
    await waitForScene(page, SCENE.turn);
    await waitForText(page, '结束回合');
    await settle(page);
    await shot(page, 'comfort-turn-zh-CN');
    expect(await page.evaluate(() => localStorage.getItem('precursor.language'))).toBe('zh-CN');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    // Remembered: the page opened again speaks Chinese, and the panel switches back.
    await page.reload();
    await page.waitForFunction(() => window.__precursor?.ready === true);
    await waitForText(page, 'English'); // the title's switch offers the other language
    await openSettings(page, '语言：简体中文');
    await page.keyboard.press('l');
    await waitForText(page, 'Language: English');
    expect(await page.evaluate(() => localStorage.getItem('precursor.language'))).toBe('en');
  });

  it('reduces motion as the system asks until the player chooses, and then as chosen', async () => {
    // Motion on: the next quarter's bars and flows move on from the last quarter's values.
    const nextQuarter = async (page: Page) => {
      await page.keyboard.press('Enter'); // end the turn
      await waitForReport(page);
      return tweensDuring(page, 2000, () => page.keyboard.press('Enter'));
    };
    const page = await open();
    await toTurn(page);
    await openSettings(page, 'Reduced motion: off (as your system asks)');
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.turn);
    expect(await nextQuarter(page)).toBeGreaterThan(0);

    // Chosen on the panel: the same quarter played again, nothing animates.
    const still = await open();
    await toTurn(still);
    await openSettings(still, 'Reduced motion: off (as your system asks)');
    await still.keyboard.press('r');
    await waitForText(still, 'Reduced motion: on');
    expect(
      JSON.parse((await still.evaluate(() => localStorage.getItem('precursor.comfort'))) ?? '{}'),
    ).toMatchObject({ reduceMotion: true });
    await still.keyboard.press('Escape');
    await waitForScene(still, SCENE.turn);
    expect(await nextQuarter(still)).toBe(0);
    await still.evaluate(() => localStorage.removeItem('precursor.comfort'));

    // Not chosen: the system's setting holds, and the panel says whose it is.
    const system = await open();
    await system.emulateMedia({ reducedMotion: 'reduce' });
    await openSettings(system, 'Reduced motion: on (as your system asks)');
  });

  it('keeps every text clear of every other with high contrast and larger text on', async () => {
    // Reduced motion too, as a player who needs the other two may choose: the tour then spends
    // its time on the screens, not on drawing their fades (the standard tour keeps them).
    await pages.context.addInitScript(() =>
      localStorage.setItem(
        'precursor.comfort',
        JSON.stringify({ highContrast: true, largeText: true, reduceMotion: true }),
      ),
    );
    const found: string[] = [];
    const check: ScreenCheck = async (page, name) => {
      found.push(...(await collisions(page, name)));
      await shot(page, `comfort-${name}`);
    };
    await tourAsUs(open, check);
    await tourAsChina(open, check);
    const code = encodeReplayCode(makeReplay('truce-2026', 4242, [{ us: [], china: [] }]));
    await tourReplays(open, check, code);
    expect(found).toEqual([]);
  }, 300_000);
});
