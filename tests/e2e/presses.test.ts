import { describe, expect, it } from 'vitest';
import { SCENE } from '../../src/scenes/keys';
import { DESKTOP, screenTexts, waitForReport, waitForScene, waitForText } from './harness';
import { gamePages } from './pages';
import { elements, pressCorner, settle } from './published';

const pages = gamePages(DESKTOP, 'reduced');
const open = (query?: string) => pages.open(query);

describe('every press lands where it is drawn', () => {
  it('clicks near the corners fire the action drawn there', async () => {
    const page = await open();
    await pressCorner(page, 'How it works', 3);
    await waitForScene(page, SCENE.howItWorks);
    await pressCorner(page, 'Back', 0);
    await waitForScene(page, SCENE.title);
    await pressCorner(page, 'Play', 1);
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    await pressCorner(page, 'Start', 2);
    await waitForScene(page, SCENE.briefing);
    await pressCorner(page, 'Begin', 3);
    await waitForScene(page, SCENE.turn);
    await waitForText(page, 'End turn');
    const cards = (await elements(page)).filter((e) => e.role === 'card');
    const first = cards[0]?.name ?? '';
    await pressCorner(page, first, 3); // the lower right of card 1
    await waitForText(page, '✓ PICKED');
    const picked = (await elements(page)).filter((e) => e.state.includes('picked'));
    expect(picked.map((e) => e.name)).toEqual([first]);
    await pressCorner(page, 'Glossary', 0);
    await waitForScene(page, SCENE.glossary);
    await pressCorner(page, 'Close', 3);
    await waitForScene(page, SCENE.turn);
  });

  it('every overlay closes by its visible button, a click outside and Esc', async () => {
    const page = await open();
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    await waitForText(page, 'End turn');
    const overlays: [string, string, string][] = [
      ['?', SCENE.help, 'Close'],
      ['g', SCENE.glossary, 'Close'],
      ['s', SCENE.share, 'Close'],
      ['f', SCENE.facilitator, 'Close'],
      ['o', SCENE.offer, 'Cancel'],
    ];
    for (const [key, scene, button] of overlays) {
      for (const how of ['button', 'outside', 'Esc'] as const) {
        await page.keyboard.press(key);
        await waitForScene(page, scene);
        await settle(page);
        if (how === 'button') await pressCorner(page, button, 0);
        else if (how === 'outside') await page.mouse.click(4, 4);
        else await page.keyboard.press('Escape');
        await waitForScene(page, SCENE.turn);
      }
    }
    // The rule evidence on the report, a dialog inside the screen.
    await page.keyboard.press('Enter');
    await waitForReport(page);
    await waitForText(page, 'Continue');
    for (const how of ['button', 'outside', 'Esc'] as const) {
      await page.keyboard.press('a');
      await waitForText(page, 'Source:');
      await settle(page);
      if (how === 'button') await pressCorner(page, 'Close', 1);
      else if (how === 'outside') await page.mouse.click(4, 4);
      else await page.keyboard.press('Escape');
      await page.waitForFunction(
        () => !(window.__precursor?.texts() ?? []).some((t) => t.startsWith('In the model:')),
      );
    }
    expect((await screenTexts(page)).some((t) => t.includes('Continue'))).toBe(true);
  });
});
