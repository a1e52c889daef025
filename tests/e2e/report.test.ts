import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GameSession } from '../../src/app/session';
import type { GameState } from '../../src/core/state';
import { SCENE } from '../../src/scenes/keys';
import { screenTexts, shot, waitForReport, waitForScene, waitForText } from './harness';
import { gamePages } from './pages';

const pages = gamePages();

const game = (page: Page) =>
  page.evaluate(() => window.__precursor?.snapshot()) as Promise<{
    context: { game: GameState; policies: { us: string; china: string } };
  }>;

/** Title → Setup → Briefing → the first turn, by keyboard; the game's seed and scenario. */
async function firstTurn(page: Page): Promise<{ seed: number; scenarioId: string }> {
  await page.keyboard.press('1');
  await waitForScene(page, SCENE.setup);
  await waitForText(page, 'Start ▶');
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.briefing);
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.turn);
  await waitForText(page, 'End turn');
  const g = (await game(page)).context.game;
  return { seed: g.seed, scenarioId: g.scenarioId };
}

describe('the report', () => {
  it('opens with the quarter’s headline and why deaths changed, as the model gives them', async () => {
    const page = await pages.open();
    const { seed, scenarioId } = await firstTurn(page);
    const policies = (await game(page)).context.policies;
    await page.keyboard.press('Enter');
    await waitForReport(page);
    await waitForText(page, 'WHY DEATHS CHANGED');
    await shot(page, 'report-headline');
    // The same game in Node: the same seed, scenario and seats give the same report.
    const session = new GameSession({
      scenarioId,
      seat: 'us',
      usPolicy: policies.us as 'reciprocal',
      chinaPolicy: policies.china as 'leverage',
      seed,
    });
    session.endTurn('us');
    const report = session.reportView();
    session.stop();
    const texts = await screenTexts(page);
    expect(texts).toContain(report?.marked.headline);
    for (const part of report?.deaths?.parts ?? []) {
      expect(texts).toContain(part.label);
      expect(texts).toContain(`${part.arrow} ${part.text}`);
    }
    expect(texts).toContain(report?.deaths?.year.text);
  });
});
