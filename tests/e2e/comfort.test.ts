import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeReplayCode } from '../../src/core/code';
import { makeReplay } from '../../src/core/replay';
import { SCENE } from '../../src/scenes/keys';
import { SETUP } from '../../src/ui/layout';
import { clickRect, shot, waitForScene, waitForText } from './harness';
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

  it('keeps every text clear of every other with high contrast and larger text on', async () => {
    await pages.context.addInitScript(() =>
      localStorage.setItem(
        'precursor.comfort',
        JSON.stringify({ highContrast: true, largeText: true }),
      ),
    );
    const found: string[] = [];
    const check: ScreenCheck = async (page, name) => {
      found.push(...(await collisions(page, name)));
      await shot(page, `comfort-${name}`);
    };
    await tourAsUs(open, check);
    await tourAsChina(open, check, (page) =>
      clickRect(page, {
        x: SETUP.left,
        y: SETUP.seatTop + SETUP.rowStep,
        w: SETUP.leftWidth,
        h: 42,
      }),
    );
    const code = encodeReplayCode(makeReplay('truce-2026', 4242, [{ us: [], china: [] }]));
    await tourReplays(open, check, code);
    expect(found).toEqual([]);
  }, 300_000);
});
