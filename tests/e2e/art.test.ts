import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeClassCode } from '../../src/core/code';
import { SCENE } from '../../src/scenes/keys';
import type { Box } from '../../src/ui/publish';
import { shot, waitForScene, waitForText } from './harness';
import { gamePages } from './pages';
import { elements, textBoxes } from './published';

const pages = gamePages();

const inside = (a: Box, b: Box) =>
  a.x >= b.x - 0.5 &&
  a.y >= b.y - 0.5 &&
  a.x + a.w <= b.x + b.w + 0.5 &&
  a.y + a.h <= b.y + b.h + 0.5;
const meets = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const icons = (page: Page) =>
  page.evaluate(() =>
    (window.__precursor?.images() ?? []).filter((i) => i.texture.startsWith('icon:')),
  );

/** Each icon that meets a text on the screen, with the text. */
async function iconsOverText(page: Page): Promise<string[]> {
  const texts = await textBoxes(page);
  return (await icons(page)).flatMap((i) =>
    texts.filter((t) => meets(i.bounds, t.bounds)).map((t) => `${i.texture} × '${t.text}'`),
  );
}

async function turnScreen(): Promise<Page> {
  const code = encodeClassCode({ scenario: 'truce-2026', seed: 12, turns: 2, turnSeconds: 0 });
  const page = await pages.open(`?class=${code}`);
  await waitForScene(page, SCENE.setup);
  await waitForText(page, 'Start ▶');
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.questionnaire);
  await page.keyboard.press('Escape');
  await waitForScene(page, SCENE.briefing);
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.turn);
  await waitForText(page, 'End turn');
  return page;
}

describe('the move icons', () => {
  it('show on every card, the card’s own, clear of its words', async () => {
    const page = await turnScreen();
    const cards = (await elements(page)).filter((e) => e.role === 'card');
    expect(cards.length).toBeGreaterThan(8);
    await expect.poll(async () => (await icons(page)).length).toBe(cards.length);
    const shown = await icons(page);
    // Each card holds exactly one icon.
    for (const card of cards)
      expect(shown.filter((i) => inside(i.bounds, card.bounds)).map((i) => i.texture)).toHaveLength(
        1,
      );
    const credit = cards.find((c) => c.name === 'Give public credit');
    expect(shown.find((i) => credit && inside(i.bounds, credit.bounds))?.texture).toBe(
      'icon:giveCredit',
    );
    expect(await iconsOverText(page)).toEqual([]);
    await shot(page, 'turn-icons');
    // Picked cards and cards that no longer fit say so beside their icons.
    for (const key of ['5', '6', '9']) await page.keyboard.press(key);
    await waitForText(page, '✓ PICKED');
    expect(await iconsOverText(page)).toEqual([]);
    await shot(page, 'turn-icons-picked');
  });
});
