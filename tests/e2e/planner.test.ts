import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../../src/core/scenarios';
import { playGame } from '../../src/machine/driver';
import { SCENE } from '../../src/scenes/keys';
import { REPORT_CONTINUE, SETUP } from '../../src/ui/layout';
import { clickRect, playedTurns, screenTexts, shot, waitForScene, waitForText } from './harness';
import { gamePages } from './pages';

const pages = gamePages();

/** The opponent's choice `index` on the setup screen when one side is asked about. */
const opponentButton = (index: number) => ({
  x: SETUP.right,
  y: SETUP.policyTop + 26 + index * SETUP.policyRow,
  w: SETUP.policyButton,
  h: SETUP.policyRow - 6,
});

describe('the planning AI in the browser', () => {
  it('plays China from its Web Worker, explains each choice, and chooses as Node does', async () => {
    const page = await pages.open();
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    await clickRect(page, opponentButton(5)); // Expert
    await waitForText(page, 'Plans: plays its options forward');
    await clickRect(page, { x: SETUP.quartersX, y: SETUP.classY, w: SETUP.classButtonW, h: 40 });
    await waitForText(page, '2 quarters');
    await shot(page, 'setup-expert');
    await clickRect(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 });
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    for (let turn = 0; turn < 2; turn++) {
      await waitForScene(page, SCENE.turn);
      await waitForText(page, 'End turn');
      await page.keyboard.press('1'); // give credit
      await page.keyboard.press('8'); // share intelligence
      await waitForText(page, '✓ public credit for China’s steps · 1 PC');
      await page.keyboard.press('Enter');
      await waitForScene(page, SCENE.report);
      await waitForText(page, 'WHY THE AI CHOSE THIS');
      const why = (await screenTexts(page)).join('\n');
      expect(why).toMatch(/China: .*sampled futures/s);
      if (turn === 0) {
        await page.waitForTimeout(300);
        await shot(page, 'report-expert');
      }
      await clickRect(page, REPORT_CONTINUE);
      await page.waitForFunction(() => window.__precursor?.scene() !== 'Report');
    }
    await waitForScene(page, SCENE.debrief);
    const played = await playedTurns(page);
    expect(played).toHaveLength(2);
    // Node plays the same US moves against its own expert: China's choices must be the worker's.
    const scenario = builtInScenario('truce-2026');
    if (!scenario) throw new Error('truce-2026');
    const seed = (
      (await page.evaluate(() => window.__precursor?.snapshot())) as {
        context: { game: { seed: number } };
      }
    ).context.game.seed;
    const node = playGame(
      {
        scenario,
        seed,
        turns: 2,
        controllers: { us: 'human', china: 'ai' },
        policies: { us: 'reciprocal', china: 'expert' },
      },
      played.map((t) => ({ us: t.usMoves })),
    ).context.history;
    expect(played.map((t) => t.chinaMoves)).toEqual(node.map((t) => t.chinaMoves));
    expect(played.some((t) => t.chinaMoves.length > 0)).toBe(true);
  });

  it('lists the levels for both sides when watching AI against AI', async () => {
    const page = await pages.open();
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    await clickRect(page, {
      x: SETUP.left,
      y: SETUP.seatTop + 3 * SETUP.rowStep,
      w: SETUP.leftWidth,
      h: SETUP.rowHeight,
    });
    await waitForText(page, 'China is played as:');
    const texts = await screenTexts(page);
    expect(texts.filter((t) => t === 'Expert')).toHaveLength(2);
    expect(texts.filter((t) => t === 'Novice')).toHaveLength(2);
    await shot(page, 'setup-watch-levels');
  });
});
