import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../../src/core/scenarios';
import { playGame } from '../../src/machine/driver';
import { SCENE } from '../../src/scenes/keys';
import { REPORT_CONTINUE, SETUP } from '../../src/ui/layout';
import {
  classroomClosed,
  clickRect,
  DESKTOP,
  playedTurns,
  screenTexts,
  shot,
  waitForReport,
  waitForScene,
  waitForText,
} from './harness';
import { gamePages } from './pages';

const pages = gamePages(DESKTOP, 'reduced');

/** The opponent's choice `index` on the setup screen when one side is asked about. */
const opponentButton = (index: number) => ({
  x: SETUP.right,
  y: SETUP.policyTop + 26 + index * SETUP.policyRow,
  w: SETUP.policyButton,
  h: SETUP.policyRow - 6,
});

describe('the planning AI in the browser', () => {
  it.each([
    { human: 'us', ai: 'china', seat: 0, card: '1', picked: '✓ public credit for China’s steps' },
    { human: 'china', ai: 'us', seat: 1, card: '3', picked: '✓ 1 precursor scheduled' },
  ] as const)(
    'plays $ai from its Web Worker, explains each choice, and chooses as Node does',
    async ({ human, ai, seat, card, picked }) => {
      const page = await pages.open();
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      await page.keyboard.press('1');
      await waitForScene(page, SCENE.setup);
      await waitForText(page, 'Start ▶');
      await clickRect(page, {
        x: SETUP.left,
        y: SETUP.seatTop + seat * SETUP.rowStep,
        w: SETUP.leftWidth,
        h: SETUP.rowHeight,
      });
      await waitForText(
        page,
        ai === 'us' ? 'The United States is played as:' : 'China is played as:',
      );
      await clickRect(page, opponentButton(5)); // Expert
      await waitForText(page, 'Plans: plays its options forward');
      await clickRect(page, SETUP.classroom);
      await clickRect(page, { x: SETUP.quartersX, y: SETUP.classY, w: SETUP.classButtonW, h: 40 });
      await waitForText(page, '2 quarters');
      await page.keyboard.press('Escape');
      await classroomClosed(page);
      if (ai === 'china') await shot(page, 'setup-expert');
      await clickRect(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 });
      await waitForScene(page, SCENE.briefing);
      await page.keyboard.press('Enter');
      for (let turn = 0; turn < 2; turn++) {
        await waitForScene(page, SCENE.turn);
        await waitForText(page, 'End turn');
        // The expert's turn is over before this side's screen opens: its own hand is never shown.
        expect((await screenTexts(page)).join('\n')).toContain(
          human === 'us' ? 'United States ·' : 'China ·',
        );
        await page.keyboard.press(card);
        await waitForText(page, picked);
        await page.keyboard.press('Enter');
        await waitForReport(page);
        await waitForText(page, 'WHY THE AI CHOSE THIS');
        const why = (await screenTexts(page)).join('\n');
        expect(why).toMatch(new RegExp(`${ai === 'us' ? 'US' : 'China'}: .*sampled futures`, 's'));
        if (turn === 0) {
          await page.waitForTimeout(300);
          await shot(page, `report-expert-${ai}`);
        }
        await clickRect(page, REPORT_CONTINUE);
        await page.waitForFunction(() => window.__precursor?.scene() !== 'Report');
      }
      await waitForScene(page, SCENE.debrief);
      // One worker made every decision (a failed worker would leave them to the page); the debrief
      // starts another of its own to place the result.
      expect(workers.filter((url) => /planWorker/.test(url))).toHaveLength(1);
      const played = await playedTurns(page);
      expect(played).toHaveLength(2);
      // Node plays the person's moves against its own expert: the expert's choices must be the worker's.
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
          controllers: {
            us: human === 'us' ? 'human' : 'ai',
            china: human === 'china' ? 'human' : 'ai',
          },
          policies: {
            us: ai === 'us' ? 'expert' : 'reciprocal',
            china: ai === 'china' ? 'expert' : 'leverage',
          },
        },
        played.map((t) => (human === 'us' ? { us: t.usMoves } : { china: t.chinaMoves })),
      ).context.history;
      const moves = (t: { usMoves: unknown[]; chinaMoves: unknown[] }) =>
        ai === 'us' ? t.usMoves : t.chinaMoves;
      expect(played.map(moves)).toEqual(node.map(moves));
      expect(played.some((t) => moves(t).length > 0)).toBe(true);
    },
  );

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
