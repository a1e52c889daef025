import { describe, expect, it } from 'vitest';
import { encodeReplayCode } from '../../src/core/code';
import { makeReplay } from '../../src/core/replay';
import { SCENE } from '../../src/scenes/keys';
import { SETUP } from '../../src/ui/layout';
import {
  activeScene,
  chooseFile,
  clickRect,
  DESKTOP,
  playedTurns,
  shot,
  waitForReport,
  waitForScene,
  waitForText,
} from './harness';
import { gamePages } from './pages';
import { collisions, pickSeat, settle } from './published';

const pages = gamePages(DESKTOP, 'reduced');
const open = (query?: string) => pages.open(query);

describe('nothing overlaps', () => {
  it('class results with forty groups', async () => {
    const credit = { us: [{ type: 'giveCredit' as const }], china: [] };
    const idle = { us: [], china: [] };
    const lines = Array.from({ length: 40 }, (_, i) => {
      const turns = [i % 3 ? credit : idle, i % 2 ? credit : idle];
      return `Group ${String(i + 1).padStart(2, '0')}: ${encodeReplayCode(makeReplay('truce-2026', 4242, turns))}`;
    });
    const page = await open();
    await page.keyboard.press('2');
    await waitForScene(page, SCENE.replay);
    await waitForText(page, 'Class results ▶');
    await page.keyboard.press('c');
    await waitForScene(page, SCENE.classResults);
    await waitForText(page, 'Show results');
    await page.keyboard.press('Escape'); // the codes box hands the keys back to the screen
    const chooser = await chooseFile(page, () => page.keyboard.press('i'));
    await chooser.setFiles({
      name: 'class-codes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${lines.join('\n')}\n`),
    });
    await waitForText(page, 'Rows 1–8 of 40 · page 1 of 5');
    await settle(page);
    await shot(page, 'screens-class-results-forty');
    const found = await collisions(page, 'class results, 40 groups');
    await page.keyboard.press('d');
    await waitForText(page, 'For discussion'.toUpperCase());
    await settle(page);
    await shot(page, 'screens-class-results-discussion');
    found.push(...(await collisions(page, 'class results, discussion')));
    expect(found).toEqual([]);
  });

  it('the history scenario’s 29-quarter debrief', async () => {
    const page = await open();
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    await clickRect(page, { x: SETUP.left, y: SETUP.scenarioTop + SETUP.rowStep, w: 400, h: 42 });
    await waitForText(page, 'what really happened');
    await pickSeat(page, 3);
    await waitForText(page, 'The United States is played as:');
    await clickRect(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 });
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    while ((await activeScene(page)) !== SCENE.debrief) {
      await waitForReport(page);
      const latest = (await playedTurns(page)).at(-1)?.label ?? '';
      await waitForText(page, `REPORT · ${latest}`);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (label) =>
          window.__precursor?.scene() === 'Debrief' ||
          ((window.__precursor?.turns() ?? []) as { label: string }[]).at(-1)?.label !== label,
        latest,
      );
    }
    await waitForText(page, 'really:');
    await settle(page);
    await shot(page, 'screens-debrief-history');
    expect(await collisions(page, 'history debrief')).toEqual([]);
  }, 120_000); // 29 quarters, each report shown whole first
});
