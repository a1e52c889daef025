import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeClassCode } from '../../src/core/code';
import { EVENTS } from '../../src/core/events';
import type { Crisis } from '../../src/core/vocabulary';
import { SCENE } from '../../src/scenes/keys';
import { REPORT_CONTINUE, TURN } from '../../src/ui/layout';
import type { Box } from '../../src/ui/publish';
import {
  activeScene,
  clickRect,
  pagePoint,
  screenTexts,
  shot,
  waitForReport,
  waitForScene,
  waitForText,
} from './harness';
import { gamePages } from './pages';
import { elements, hitTest, textBoxes } from './published';

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

async function turnScreen(crises: Crisis[] = []): Promise<Page> {
  const code = encodeClassCode({
    scenario: 'truce-2026',
    seed: 12,
    turns: 3,
    turnSeconds: 0,
    crises,
  });
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

/** The icons of world events on the screen, each with the text it stands beside. */
async function eventIcons(page: Page): Promise<{ texture: string; beside: string[] }[]> {
  const texts = await textBoxes(page);
  return (await icons(page))
    .filter((i) => Object.keys(EVENTS).some((e) => i.texture === `icon:${e}`))
    .map((i) => ({
      texture: i.texture,
      // The text on the icon's line, right of it.
      beside: texts
        .filter(
          (t) =>
            t.bounds.x >= i.bounds.x + i.bounds.w &&
            t.bounds.x <= i.bounds.x + i.bounds.w + 12 &&
            t.bounds.y <= i.bounds.y + i.bounds.h / 2 &&
            t.bounds.y + t.bounds.h >= i.bounds.y + i.bounds.h / 2,
        )
        .map((t) => t.text),
    }));
}

describe('the world-event icons', () => {
  it('stand beside the event in the report and in the news, clear of every text', async () => {
    const page = await turnScreen([{ turn: 1, event: 'taiwanVisit' }]);
    await clickRect(page, TURN.endTurn);
    await waitForReport(page);
    await waitForText(page, 'Set by the facilitator: ');
    const inReport = async () =>
      (await eventIcons(page)).filter((i) => i.texture === 'icon:taiwanVisit');
    await expect.poll(async () => (await inReport()).length).toBe(1);
    expect((await inReport())[0]?.beside.join(' ')).toContain('Set by the facilitator: ');
    expect(await iconsOverText(page)).toEqual([]);
    await shot(page, 'report-event-icon');
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    await waitForText(page, 'End turn');
    const inNews = (await eventIcons(page)).filter((i) => i.texture === 'icon:taiwanVisit');
    expect(inNews).toHaveLength(1);
    const news = await textBoxes(page);
    const line = news.find((t) => inNews[0]?.beside.includes(t.text));
    expect(line?.region).toBe('news');
    expect(line?.text).toMatch(/visits Taipei/);
    expect(await iconsOverText(page)).toEqual([]);
    await shot(page, 'turn-news-icon');
  });
});

describe('the report’s paced reveal', () => {
  const figures = 'WHAT CHANGED THIS QUARTER';
  const deaths = 'WHY DEATHS CHANGED';
  const shown = async (page: Page) => (await screenTexts(page)).join('\n');
  const endTurn = async (page: Page) => {
    await waitForScene(page, SCENE.turn);
    await waitForText(page, 'End turn');
    await clickRect(page, TURN.endTurn);
    await waitForScene(page, SCENE.report);
  };

  it('brings the parts in beats; a key or a click shows them all and does nothing else', async () => {
    const page = await turnScreen();
    const centre = await pagePoint(
      page,
      REPORT_CONTINUE.x + REPORT_CONTINUE.w / 2,
      REPORT_CONTINUE.y + REPORT_CONTINUE.h / 2,
    );
    const continueUnderPointer = async () =>
      (await hitTest(page, centre.x, centre.y))?.name.startsWith('Continue') ?? false;
    await clickRect(page, TURN.endTurn);
    await waitForScene(page, SCENE.report);
    // At first the headline and the buttons, not yet the figures.
    const first = await shown(page);
    expect(first).toContain('Continue');
    expect(first).not.toContain(figures);
    // A press lands on the reveal's cover, not on the button beneath.
    expect(await continueUnderPointer()).toBe(false);
    await shot(page, 'report-reveal-start');
    // Left alone, the rest arrives by itself.
    await waitForText(page, figures);
    await waitForText(page, deaths);
    // Then the reveal ends by itself: Continue takes presses again, and Enter continues.
    await expect.poll(continueUnderPointer, { timeout: 5000 }).toBe(true);
    await shot(page, 'report-reveal-end');
    await page.keyboard.press('Enter');

    // A key during the reveal shows everything, and does not also continue.
    await endTurn(page);
    expect(await shown(page)).not.toContain(figures);
    await page.keyboard.press('Enter');
    await waitForText(page, figures, 1000);
    expect(await shown(page)).toContain(deaths);
    expect(await activeScene(page)).toBe(SCENE.report);

    // So does a click, even on Continue, which it does not press.
    await page.keyboard.press('Enter');
    await endTurn(page);
    expect(await shown(page)).not.toContain(figures);
    await clickRect(page, REPORT_CONTINUE);
    await waitForText(page, figures, 1000);
    expect(await activeScene(page)).toBe(SCENE.report);
    await shot(page, 'report-reveal-skipped');
  });

  it('shows the whole report at once when the player asks for less motion', async () => {
    const page = await turnScreen();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await clickRect(page, TURN.endTurn);
    await waitForScene(page, SCENE.report);
    const all = await shown(page);
    expect(all).toContain(figures);
    expect(all).toContain(deaths);
  });
});

describe('the screen transitions', () => {
  /** Resolves, on the first frame showing `scene`, with whether it is fading in then. */
  const fadingOnArrival = (page: Page, scene: string) =>
    page.evaluate(
      (key) =>
        new Promise<boolean>((resolve) => {
          const look = () => {
            const hook = window.__precursor;
            if (hook?.scene() === key) resolve(hook.fading());
            else requestAnimationFrame(look);
          };
          look();
        }),
      scene,
    );

  it('fade each screen in, taking keys from its first frame; none with reduced motion', async () => {
    const page = await turnScreen();
    const report = fadingOnArrival(page, SCENE.report);
    await clickRect(page, TURN.endTurn);
    expect(await report).toBe(true);
    await expect
      .poll(() => page.evaluate(() => window.__precursor?.fading()), { timeout: 5000 })
      .toBe(false);
    await page.keyboard.press('Shift'); // the report's reveal, shown at once
    // A key pressed as the next screen arrives is not lost to the fade.
    const turn = fadingOnArrival(page, SCENE.turn);
    await page.keyboard.press('Enter');
    expect(await turn).toBe(true);
    await page.keyboard.press('1');
    await waitForText(page, '✓ PICKED');
    // With reduced motion, the next screen is simply there.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const still = fadingOnArrival(page, SCENE.report);
    await clickRect(page, TURN.endTurn);
    expect(await still).toBe(false);
  });
});
