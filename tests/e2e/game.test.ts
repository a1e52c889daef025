import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { likelyReply } from '../../src/core/ai/planner';
import { previewMove } from '../../src/core/preview';
import { builtInScenario } from '../../src/core/scenarios';
import type { GameState } from '../../src/core/state';
import type { TurnRecord } from '../../src/core/turn';
import type { BySide, Policy } from '../../src/core/vocabulary';
import { playGame } from '../../src/machine/driver';
import { SCENE } from '../../src/scenes/keys';
import {
  BRIEFING_BEGIN,
  REPORT_CONTINUE,
  SETUP,
  TURN,
  titleMenuButton,
  turnCard,
} from '../../src/ui/layout';
import {
  activeScene,
  clickRect,
  DESKTOP,
  pagePoint,
  playedTurns,
  screenTexts,
  sendKeysInOneTask,
  shot,
  waitForReport,
  waitForScene,
  waitForText,
} from './harness';
import { gamePages } from './pages';

const pages = gamePages(DESKTOP, 'reduced');
const open = () => pages.open();

const snapshot = (page: Page) =>
  page.evaluate(() => window.__precursor?.snapshot()) as Promise<{
    context: { game: GameState; controllers: unknown; policies: BySide<Policy> };
  }>;

/** Title → Setup, waiting until the model's chunk has loaded and the Start button is drawn. */
async function toSetup(page: Page): Promise<void> {
  await page.keyboard.press('1');
  await waitForScene(page, SCENE.setup);
  await waitForText(page, 'Start ▶');
}

/** Title → Setup → Briefing → the first turn of the default game, by keyboard. */
async function toFirstTurn(page: Page): Promise<void> {
  await toSetup(page);
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.briefing);
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.turn);
  await waitForText(page, 'End turn');
}

const seatButton = (i: number) => ({
  x: SETUP.left,
  y: SETUP.seatTop + i * SETUP.rowStep,
  w: SETUP.leftWidth,
  h: SETUP.rowHeight,
});
const scenarioButton = (i: number) => ({
  x: SETUP.left,
  y: SETUP.scenarioTop + i * SETUP.rowStep,
  w: SETUP.leftWidth,
  h: SETUP.rowHeight,
});

/** The same game replayed headless through the statechart, from the moves the browser recorded. */
function replayHeadless(
  scenarioId: string,
  seed: number,
  controllers: { us: 'human' | 'ai'; china: 'human' | 'ai' },
  policies: { us: 'reciprocal'; china: 'leverage' },
  played: TurnRecord[],
): TurnRecord[] {
  const scenario = builtInScenario(scenarioId);
  if (!scenario) throw new Error(scenarioId);
  const script = played.map((t) => ({ us: t.usMoves, china: t.chinaMoves }));
  return playGame({ scenario, seed, controllers, policies }, script).context.history;
}

const truce = builtInScenario('truce-2026') ?? (undefined as never);

describe('the game', () => {
  it('plays a full game alone by keyboard', async () => {
    const page = await open();
    await toSetup(page);
    await shot(page, 'setup');
    await page.keyboard.press('Enter'); // Start has the focus
    await waitForScene(page, SCENE.briefing);
    await waitForText(page, 'Confidential · United States'.toUpperCase());
    const briefing = (await screenTexts(page)).join('\n');
    expect(briefing).toContain(truce.briefs?.us.wants);
    expect(briefing).not.toContain(truce.briefs?.china.wants);
    await shot(page, 'briefing');
    const [handout] = await Promise.all([
      pages.context.waitForEvent('page'),
      page.keyboard.press('p'),
    ]);
    await handout.waitForLoadState();
    expect(await handout.locator('h1').textContent()).toBe('Confidential · United States team');
    expect(await handout.content()).not.toContain(truce.briefs?.china.wants);
    await handout.close();
    await page.keyboard.press('Enter');
    let turn = 0;
    while ((await activeScene(page)) !== SCENE.debrief) {
      await waitForScene(page, SCENE.turn);
      await waitForText(page, 'End turn');
      await page.keyboard.press('1'); // give credit
      await page.keyboard.press('8'); // share intelligence
      await waitForText(page, '✓ public credit for China’s steps · 1 PC');
      if (turn === 0) await shot(page, 'turn-us');
      await page.keyboard.press('Enter');
      if (turn === 0) {
        await waitForText(page, 'China is thinking…');
        await shot(page, 'turn-thinking');
      }
      await waitForReport(page);
      if (turn === 0) {
        await page.waitForTimeout(300);
        await shot(page, 'report');
        await page.keyboard.press('a');
        await waitForText(page, 'Source:');
        await shot(page, 'report-evidence');
        await page.keyboard.press('Escape');
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__precursor?.scene() !== 'Report');
      turn++;
    }
    await waitForText(page, 'Scores and what drove them'.toUpperCase());
    await page.waitForTimeout(300);
    await shot(page, 'debrief');
    const played = await playedTurns(page);
    expect(played).toHaveLength(8);
    for (const t of played) expect(t.usMoves.map((m) => m.type)).toContain('giveCredit');
    expect(played.some((t) => t.chinaMoves.length > 0)).toBe(true);
    const snap = await snapshot(page);
    // The hook's turns are the sim tool's turns: the headless statechart replays them exactly.
    expect(
      replayHeadless(
        'truce-2026',
        snap.context.game.seed,
        { us: 'human', china: 'ai' },
        { us: 'reciprocal', china: 'leverage' },
        played,
      ),
    ).toEqual(played);
    const texts = (await screenTexts(page)).join('\n');
    expect(texts).toMatch(/Your score for the United States: [+−]?\d/);
    expect(texts).toContain('No moves by either side');
  });

  it('plays a full game as China by mouse', async () => {
    const page = await open();
    await clickRect(page, titleMenuButton(0));
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    await clickRect(page, seatButton(1)); // Play China
    await waitForText(page, 'The United States is played as:');
    await clickRect(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 });
    await waitForScene(page, SCENE.briefing);
    await clickRect(page, BRIEFING_BEGIN);
    let turn = 0;
    while ((await activeScene(page)) !== SCENE.debrief) {
      await waitForScene(page, SCENE.turn);
      await waitForText(page, 'End turn');
      await clickRect(page, turnCard(2)); // schedule one precursor
      await waitForText(page, '✓ 1 precursor scheduled · 1 PC');
      if (turn === 0) await shot(page, 'turn-china');
      await clickRect(page, TURN.endTurn);
      await waitForReport(page);
      await clickRect(page, REPORT_CONTINUE);
      await page.waitForFunction(() => window.__precursor?.scene() !== 'Report');
      turn++;
    }
    const played = await playedTurns(page);
    expect(played).toHaveLength(8);
    for (const t of played)
      expect(t.chinaMoves).toContainEqual({ type: 'schedulePrecursors', count: 1 });
    expect((await snapshot(page)).context.controllers).toEqual({ us: 'ai', china: 'human' });
    await waitForText(page, 'New game');
  });

  it('hot-seat: China’s hidden information never shows while the US plays', async () => {
    const page = await open();
    await toSetup(page);
    await clickRect(page, seatButton(2));
    await waitForText(page, 'no AI plays');
    await clickRect(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 });
    await waitForScene(page, SCENE.briefing);
    const shared = (await screenTexts(page)).join('\n');
    expect(shared).not.toContain(truce.briefs?.us.wants);
    expect(shared).not.toContain(truce.briefs?.china.wants);
    await page.keyboard.press('Enter');
    const usScreens: string[][] = [];
    const chinaScreens: string[][] = [];
    for (let turn = 0; turn < 3; turn++) {
      await waitForScene(page, SCENE.handover);
      await waitForText(page, 'Hand over to the United States team');
      await page.keyboard.press('Enter');
      if (turn === 0) {
        await waitForText(page, 'Confidential · United States'.toUpperCase());
        const brief = (await screenTexts(page)).join('\n');
        expect(brief).toContain(truce.briefs?.us.redLines);
        expect(brief).not.toContain(truce.briefs?.china.redLines);
        expect(brief).not.toContain(truce.briefs?.china.situation);
        await shot(page, 'hotseat-brief-us');
        await page.keyboard.press('Enter');
      }
      await waitForScene(page, SCENE.turn);
      await waitForText(page, 'End turn');
      usScreens.push(await screenTexts(page));
      await page.keyboard.press('1'); // give credit
      await waitForText(page, '✓ public credit for China’s steps · 1 PC');
      usScreens.push(await screenTexts(page));
      if (turn === 0) await shot(page, 'hotseat-us');
      await page.keyboard.press('Enter');
      await waitForScene(page, SCENE.handover);
      await waitForText(page, 'Hand over to the China team');
      const handover = await screenTexts(page);
      expect(handover.join('\n')).not.toMatch(/public credit|Chips|score/i);
      expect(handover.join('\n')).not.toContain(truce.briefs?.us.redLines);
      if (turn === 0) await shot(page, 'hotseat-handover');
      await page.keyboard.press('Enter');
      if (turn === 0) {
        await waitForText(page, 'Confidential · China'.toUpperCase());
        const brief = (await screenTexts(page)).join('\n');
        expect(brief).toContain(truce.briefs?.china.redLines);
        expect(brief).not.toContain(truce.briefs?.us.redLines);
        expect(brief).not.toContain(truce.briefs?.us.situation);
        await page.keyboard.press('Enter');
      }
      await waitForScene(page, SCENE.turn);
      await waitForText(page, 'Chips in hand');
      chinaScreens.push(await screenTexts(page));
      await page.keyboard.press('1'); // announce a consensus
      await waitForText(page, '✓ a consensus announced · 1 PC');
      if (turn === 0) await shot(page, 'hotseat-china');
      await page.keyboard.press('Enter');
      await waitForReport(page);
      await page.keyboard.press('Enter');
    }
    // Two US screens a turn: before and after picking a card.
    for (const [i, texts] of usScreens.entries()) {
      const turn = Math.floor(i / 2);
      const all = texts.join('\n');
      expect(all).not.toContain('Chips in hand');
      expect(all).not.toContain('a consensus announced ·'); // China's pending list
      // Its own score only, and none before the first quarter has been played.
      expect(all.match(/Your score so far/g)?.length ?? 0).toBe(turn === 0 ? 0 : 1);
    }
    for (const texts of chinaScreens) {
      expect(texts.join('\n')).not.toContain('✓ public credit for China’s steps · 1 PC');
      expect(texts.join('\n')).not.toContain(truce.briefs?.us.redLines);
    }
    for (const texts of usScreens)
      expect(texts.join('\n')).not.toContain(truce.briefs?.china.redLines);
    const played = await playedTurns(page);
    expect(played).toHaveLength(3);
    expect(played[0]?.usMoves).toEqual([{ type: 'giveCredit' }]);
    expect(played[0]?.chinaMoves).toEqual([{ type: 'announceConsensus' }]);
  });

  it('shows the model’s what-if before the turn is committed, and takes moves back', async () => {
    const page = await open();
    await toFirstTurn(page);
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight'); // third card: raise the tariff
    await waitForText(page, 'Raise tariff to 20% · 1 PC'); // the what-if panel's heading
    const snap = await snapshot(page);
    const scenario = builtInScenario('truce-2026');
    if (!scenario) throw new Error('no scenario');
    const expected = previewMove(
      snap.context.game,
      scenario,
      'us',
      [],
      { type: 'setTariff', rate: 20 },
      { reply: likelyReply(snap.context.policies.china, 'china') },
    );
    const texts = (await screenTexts(page)).join('\n');
    const relations = texts.match(/Relations\s+([▲▼■])\s*([+−]?[\d.]+)?/);
    expect(relations?.[1]).toBe(expected.deltas.relations < 0 ? '▼' : '▲');
    expect(Number((relations?.[2] ?? '0').replace('−', '-'))).toBeCloseTo(
      expected.deltas.relations,
      1,
    );
    await shot(page, 'turn-preview');
    await page.keyboard.press('3'); // pick it
    await waitForText(page, '✓ tariff set to 20% · 1 PC');
    await page.keyboard.press('3'); // and take it back
    await waitForText(page, 'Nothing picked yet');
    expect(await playedTurns(page)).toEqual([]);
    await page.keyboard.press('5'); // sanction chemical firms: 2 PC
    await page.keyboard.press('9'); // fund naloxone: 2 PC
    await waitForText(page, 'not enough political capital');
    await shot(page, 'turn-refused');
    await page.keyboard.press('?');
    await waitForScene(page, SCENE.help);
    await shot(page, 'help');
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.turn);
  });

  it('handles each key once when several arrive between two frames, and a click only where it began', async () => {
    const page = await open();
    await toFirstTurn(page);
    // A busy page (or a slow frame) delivers several key events before the next frame: pick the
    // tariff card, let the key go, press an unused key. The card must be picked once, not twice.
    await sendKeysInOneTask(page, [
      { type: 'keydown', key: '3', keyCode: 51 },
      { type: 'keyup', key: '3', keyCode: 51 },
      { type: 'keydown', key: 'x', keyCode: 88 },
    ]);
    await page.keyboard.up('x');
    await waitForText(page, '✓ tariff set to 20% · 1 PC');
    await page.waitForTimeout(300); // a few frames: nothing may undo it
    expect((await screenTexts(page)).join('\n')).toContain('✓ tariff set to 20% · 1 PC');
    // A press that starts on one card and is released on another picks neither.
    const [from, to] = [turnCard(0), turnCard(1)];
    const start = await pagePoint(page, from.x + from.w / 2, from.y + from.h / 2);
    const end = await pagePoint(page, to.x + to.w / 2, to.y + to.h / 2);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(end.x, end.y, { steps: 4 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    const picked = (await screenTexts(page)).filter((t) => t.startsWith('✓'));
    expect(picked).toEqual(['✓ tariff set to 20% · 1 PC', '✓ PICKED']);
  });

  it('watches AI against AI through the history scenario to a debrief with what really happened', async () => {
    const page = await open();
    await toSetup(page);
    await clickRect(page, scenarioButton(1));
    await waitForText(page, 'what really happened');
    await clickRect(page, seatButton(3));
    await waitForText(page, 'The United States is played as:');
    await shot(page, 'setup-watch');
    await clickRect(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 });
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    while ((await activeScene(page)) !== SCENE.debrief) {
      await waitForReport(page);
      // The report of the latest quarter, not the one it replaces, must be on screen.
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
    await page.waitForTimeout(300);
    await shot(page, 'debrief-history');
    expect(await playedTurns(page)).toHaveLength(29);
  }, 120_000); // 29 quarters, each report shown whole first
});
