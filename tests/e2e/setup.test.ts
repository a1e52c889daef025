import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/core/state';
import { SCENE } from '../../src/scenes/keys';
import { SETUP } from '../../src/ui/layout';
import {
  classroomClosed,
  clickRect,
  DESKTOP,
  pagePoint,
  screenTexts,
  sendKeysInOneTask,
  shot,
  waitForScene,
  waitForText,
} from './harness';
import { gamePages } from './pages';

const pages = gamePages(DESKTOP, 'reduced');

const game = async (page: Page) =>
  (
    (await page.evaluate(() => window.__precursor?.snapshot())) as {
      context: { game: GameState; controllers: { us: string; china: string } };
    }
  ).context;

const row = (top: number, i: number) => ({
  x: SETUP.left,
  y: top + i * SETUP.rowStep,
  w: SETUP.leftWidth,
  h: SETUP.rowHeight,
});

async function toSetup(page: Page): Promise<void> {
  await page.keyboard.press('1');
  await waitForScene(page, SCENE.setup);
  await waitForText(page, 'Start ▶');
}

/** Waits until the element in the keyboard's focus is the one whose name starts with `name`. */
async function waitForFocus(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (window.__precursor?.elements() ?? []).some(
        (e) => e.name.startsWith(n) && e.state.includes('focused'),
      ),
    name,
    { timeout: 10_000 },
  );
}

/** The seed Setup shows beside Classroom…. */
async function shownSeed(page: Page): Promise<number> {
  const line = (await screenTexts(page)).find((s) => /^Seed \d+:/.test(s)) ?? '';
  return Number(/^Seed (\d+)/.exec(line)?.[1] ?? Number.NaN);
}

describe('Setup', () => {
  it('starts with Enter from anywhere: focus on a scenario or on a side', async () => {
    const page = await pages.open();
    await toSetup(page);
    await shot(page, 'setup-main');
    await clickRect(page, row(SETUP.scenarioTop, 1)); // the second scenario, focused
    await waitForText(page, 'Start ▶');
    await clickRect(page, row(SETUP.seatTop, 1)); // Play China, focused
    await waitForText(page, 'The United States is played as:');
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.briefing);
    const ctx = await game(page);
    expect(ctx.game.scenarioId).not.toBe('truce-2026');
    expect(ctx.controllers).toEqual({ us: 'ai', china: 'human' });
  });

  it('starts with Enter when the focus is on a scenario moved to by keyboard', async () => {
    const page = await pages.open();
    await toSetup(page);
    for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.briefing);
  });

  it('gives each game a fresh seed unless one is typed', async () => {
    const page = await pages.open();
    await toSetup(page);
    const first = await shownSeed(page);
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.title);
    await toSetup(page);
    const second = await shownSeed(page);
    expect(Number.isFinite(first) && Number.isFinite(second)).toBe(true);
    expect(second).not.toBe(first);
    // Typed in the classroom options, it stays.
    await page.keyboard.press('c');
    await waitForText(page, 'Online class…');
    // The pointer on the field gives it the focus; Enter opens it, and the digits come in the same
    // task, before the game draws another frame, as from a fast typist: none is lost.
    const onField = await pagePoint(page, SETUP.seed.x + 8, SETUP.seed.y + 8);
    await page.mouse.move(onField.x, onField.y);
    await waitForFocus(page, 'Seed');
    const keys = ['Enter', '7', '7', '7', 'Enter'];
    await sendKeysInOneTask(
      page,
      keys.flatMap((key) => {
        const keyCode = key === 'Enter' ? 13 : key.charCodeAt(0);
        return [
          { type: 'keydown' as const, key, keyCode },
          { type: 'keyup' as const, key, keyCode },
        ];
      }),
    );
    await waitForText(page, 'Seed 777  ✎');
    await page.keyboard.press('Escape');
    await classroomClosed(page);
    expect(await shownSeed(page)).toBe(777);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.briefing);
    expect((await game(page)).game.seed).toBe(777);
  });

  it('keeps the class options behind Classroom…, and they still set the game', async () => {
    const page = await pages.open();
    await toSetup(page);
    expect((await screenTexts(page)).join('\n')).not.toContain('Crisis:');
    await clickRect(page, SETUP.classroom);
    await waitForText(page, 'Online class…');
    await clickRect(page, SETUP.quarters);
    await waitForText(page, '2 quarters');
    await clickRect(page, SETUP.timer);
    await waitForText(page, 'Timer 1:00');
    await shot(page, 'setup-classroom');
    await page.keyboard.press('Escape');
    await classroomClosed(page);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.briefing);
    expect((await game(page)).game.turns).toBe(2);
  });
});
