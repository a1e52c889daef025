import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCENE } from '../../src/scenes/keys';
import { TURN } from '../../src/ui/layout';
import {
  clickRect,
  DESKTOP,
  pagePoint,
  screenTexts,
  shot,
  waitForReport,
  waitForScene,
  waitForText,
} from './harness';
import { gamePages } from './pages';

const pages = gamePages(DESKTOP, 'reduced');

type Box = { x: number; y: number; w: number; h: number };
type Element = { name: string; bounds: Box };

/** A page whose player has never seen the guide: the stored setting offers it again. */
async function newPlayer(): Promise<Page> {
  const page = await pages.open();
  await page.evaluate(() =>
    window.localStorage.setItem('precursor.comfort', JSON.stringify({ guide: true })),
  );
  await page.reload();
  await page.waitForFunction(() => window.__precursor?.ready === true);
  return page;
}

async function firstTurn(page: Page): Promise<void> {
  await page.keyboard.press('1');
  await waitForScene(page, SCENE.setup);
  await waitForText(page, 'Start ▶');
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.briefing);
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.turn);
  await waitForText(page, 'End turn');
}

const elements = (page: Page) =>
  page.evaluate(() => window.__precursor?.elements() ?? []) as Promise<Element[]>;
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(window.localStorage.getItem('precursor.comfort') ?? '{}'));
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The box of the guide's callout on the page: the one around its Next and Skip buttons. */
async function guideButtons(page: Page): Promise<{ next: Element; skip: Element }> {
  const all = await elements(page);
  const next = all.find((e) => /^(Next|Done)/.test(e.name));
  const skip = all.find((e) => e.name === 'Skip guide');
  if (!next || !skip) throw new Error(`no guide buttons in ${all.map((e) => e.name).join(', ')}`);
  return { next, skip };
}

describe('the guided first quarter', () => {
  it('can be followed to the end: the turn’s four steps, then the report’s three', async () => {
    const page = await newPlayer();
    await firstTurn(page);
    await waitForText(page, 'GUIDE · 1 OF 7');
    await shot(page, 'guide-1');
    for (const n of [2, 3, 4]) {
      await page.keyboard.press('n');
      await waitForText(page, `GUIDE · ${n} OF 7`);
    }
    await waitForText(page, 'End the quarter');
    await shot(page, 'guide-4');
    // The callout never covers what it points at: End turn is still pressed where it is drawn.
    const end = await pagePoint(page, TURN.endTurn.x + 20, TURN.endTurn.y + 20);
    const hit = (await page.evaluate(
      ([x, y]) => window.__precursor?.hitTest(x ?? 0, y ?? 0),
      [end.x, end.y],
    )) as Element | null;
    expect(hit?.name).toMatch(/End turn/);
    // Next by mouse.
    const { next } = await guideButtons(page);
    await page.mouse.click(next.bounds.x + 10, next.bounds.y + 10);
    await page.waitForFunction(
      () => !window.__precursor?.elements().some((e) => e.name === 'Skip guide'),
    );
    await page.keyboard.press('Enter');
    await waitForReport(page);
    await waitForText(page, 'GUIDE · 5 OF 7');
    await shot(page, 'guide-5');
    await page.keyboard.press('n');
    await waitForText(page, 'Why deaths changed');
    await shot(page, 'guide-6');
    await page.keyboard.press('n');
    await waitForText(page, 'GUIDE · 7 OF 7');
    await waitForText(page, 'Done ✓');
    await page.keyboard.press('n');
    await page.waitForFunction(
      () => !window.__precursor?.elements().some((e) => e.name === 'Skip guide'),
    );
    expect((await stored(page)).guide).toBe(false);
  });

  it('can be skipped, by mouse, and is not offered again', async () => {
    const page = await newPlayer();
    await firstTurn(page);
    await waitForText(page, 'GUIDE · 1 OF 7');
    const { skip, next } = await guideButtons(page);
    expect(overlap(skip.bounds, next.bounds)).toBe(false);
    await page.mouse.click(skip.bounds.x + skip.bounds.w / 2, skip.bounds.y + skip.bounds.h / 2);
    await page.waitForFunction(
      () => !window.__precursor?.elements().some((e) => e.name === 'Skip guide'),
    );
    expect((await stored(page)).guide).toBe(false);
    await page.keyboard.press('Enter');
    await waitForReport(page);
    expect((await screenTexts(page)).join('\n')).not.toContain('GUIDE ·');
  });

  it('is turned on and off in the settings panel, which the settings key opens from Setup', async () => {
    const page = await pages.open();
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    await page.keyboard.press(',');
    await waitForText(page, 'Guided first quarter: off');
    await page.keyboard.press('u');
    await waitForText(page, 'Guided first quarter: on (next game)');
    await shot(page, 'settings-guide');
    expect((await stored(page)).guide).toBe(true);
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.setup);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    await waitForText(page, 'GUIDE · 1 OF 7');
    await clickRect(page, TURN.endTurn);
    await waitForReport(page);
    await waitForText(page, 'GUIDE · 5 OF 7');
  });
});
