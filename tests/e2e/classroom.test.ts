import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeClassCode, encodeReplayCode } from '../../src/core/code';
import { makeReplay } from '../../src/core/replay';
import type { TurnRecord } from '../../src/core/turn';
import { SCENE } from '../../src/scenes/keys';
import { SETUP } from '../../src/ui/layout';
import { activeScene, clickRect, screenTexts, shot, waitForScene, waitForText } from './harness';
import { gamePages } from './pages';

const pages = gamePages();
const open = () => pages.open();

const turns = (page: Page) =>
  page.evaluate(() => (window.__precursor?.turns() ?? []) as unknown[]) as Promise<TurnRecord[]>;

describe('the classroom kit', () => {
  it('a class code fixes the game; the timer commits the picked moves; an inject is kept', async () => {
    const code = encodeClassCode({ scenario: 'truce-2026', seed: 4242, turns: 2, turnSeconds: 3 });
    const page = await open();
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    const field = page.locator('input[aria-label="Class code"]');
    await field.fill('c1.not-a-code.0000000');
    await field.press('Enter');
    await waitForText(page, 'class code:');
    await page.locator('input[aria-label="Class code"]').fill(code);
    await page.locator('input[aria-label="Class code"]').press('Enter');
    await waitForText(page, 'Timer 0:03');
    await waitForText(page, '2 quarters');
    expect((await screenTexts(page)).join('\n')).toContain('Seed 4242');
    expect(await page.locator('input[aria-label="Class code"]').inputValue()).toBe(code);
    await shot(page, 'setup-class');
    await clickRect(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 });
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');

    await waitForScene(page, SCENE.turn);
    await page.keyboard.press('1'); // give credit, then let the clock run out
    await waitForText(page, '✓ public credit for China’s steps · 1 PC');
    await page.keyboard.press('f');
    await waitForScene(page, SCENE.facilitator);
    await waitForText(page, 'Facilitator · bring an event into this quarter');
    await shot(page, 'facilitator');
    await page.waitForTimeout(3500); // longer than the whole turn: the clock stops meanwhile
    expect(await activeScene(page)).toBe(SCENE.facilitator);
    await page.keyboard.press('3'); // the summit
    await waitForScene(page, SCENE.turn);
    await waitForText(page, 'Facilitator: Summit at the end of this quarter');
    await waitForText(page, 'Time left 0:0');
    await shot(page, 'turn-timed');
    await waitForScene(page, SCENE.report);
    await waitForText(page, 'Set by the facilitator: ');
    const first = await turns(page);
    expect(first).toHaveLength(1);
    expect(first[0]?.usMoves).toEqual([{ type: 'giveCredit' }]);
    expect(first[0]?.events).toContain('summit');
    const snap = (await page.evaluate(() => window.__precursor?.snapshot())) as {
      context: { played: { inject?: string[] }[]; game: { seed: number; turns: number } };
    };
    expect(snap.context.played[0]?.inject).toEqual(['summit']);
    expect(snap.context.game.turns).toBe(2);

    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    await waitForScene(page, SCENE.report); // nothing picked: the timer passes
    expect((await turns(page))[1]?.usMoves).toEqual([]);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.debrief);
    await waitForText(page, '✋ facilitator: Summit');
    await shot(page, 'debrief-class');
    const [printable] = await Promise.all([
      pages.context.waitForEvent('page'),
      page.keyboard.press('p'),
    ]);
    await printable.waitForLoadState();
    expect(await printable.locator('h1').textContent()).toContain('Debrief');
    expect(await printable.locator('tbody tr').count()).toBe(2);
    expect(await printable.content()).toContain('Summit');
    await printable.close();
  });

  it('class results: a table, a chart, CSV, flags and a way into each replay', async () => {
    const classCode = encodeClassCode({
      scenario: 'truce-2026',
      seed: 4242,
      turns: 2,
      turnSeconds: 0,
    });
    // The codes two groups' games produce: the game's replay log, encoded as its Share screen does.
    const credit = { us: [{ type: 'giveCredit' as const }], china: [] };
    const idle = { us: [], china: [] };
    const codes = [
      `Kestrels: ${encodeReplayCode(makeReplay('truce-2026', 4242, [credit, credit]))}`,
      `Herons: ${encodeReplayCode(makeReplay('truce-2026', 4242, [idle, { ...idle, inject: ['summit'] }]))}`,
      `Strays: ${encodeReplayCode(makeReplay('truce-2026', 99, [idle, idle]))}`,
    ].join('\n');
    const page = await open();
    await page.keyboard.press('2');
    await waitForScene(page, SCENE.replay);
    await waitForText(page, 'Class results ▶');
    await page.keyboard.press('c');
    await waitForScene(page, SCENE.classResults);
    await waitForText(page, 'Show results');
    await page.locator('input[aria-label="Class code to compare against"]').fill(classCode);
    await page.locator('textarea[aria-label="Replay codes"]').fill(codes);
    await page.locator('textarea[aria-label="Replay codes"]').press('Control+Enter');
    await waitForText(page, '3 group(s), compared with the class code');
    const texts = await screenTexts(page);
    const all = texts.join('\n');
    expect(all).toContain('⚑ Strays');
    expect(all).toMatch(/Strays: played truce-2026 seed 99, not truce-2026 seed 4242/);
    expect(all).not.toContain('⚑ Kestrels');
    expect(all).toContain('Deaths, 12 months');
    await shot(page, 'class-results');
    // The group names in the table, below its header (the chart's legend names them too).
    const order = (t: string[]) =>
      t
        .slice(t.findIndex((x) => x.includes('China got')))
        .filter((x) => /^(⚑ )?(Kestrels|Herons|Strays)$/.test(x))
        .map((x) => x.replace('⚑ ', ''));
    expect(order(texts)).toEqual(['Kestrels', 'Herons', 'Strays']); // most lives saved first
    await page.keyboard.press('1'); // by group name, A to Z
    await waitForText(page, '1 Group ▲');
    expect(order(await screenTexts(page))).toEqual(['Herons', 'Kestrels', 'Strays']);
    await page.keyboard.press('1'); // again: Z to A
    await waitForText(page, '1 Group ▼');
    expect(order(await screenTexts(page))).toEqual(['Strays', 'Kestrels', 'Herons']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('c')]);
    expect(download.suggestedFilename()).toBe('precursor-class-results.csv');
    const csv = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toMatch(/^group,scenario,seed,turns,livesSaved/);
    expect(csv).toHaveLength(4);
    expect(csv.find((l) => l.startsWith('Strays'))).toMatch(/not truce-2026 seed 4242/);

    await page.keyboard.press('d');
    await waitForText(page, 'For discussion'.toUpperCase());
    await shot(page, 'class-discussion');

    await page.keyboard.press('Enter'); // the first row's Open: Strays
    await waitForScene(page, SCENE.viewer);
    await waitForText(page, 'BEFORE THE FIRST QUARTER');
    const viewed = (await page.evaluate(() => window.__precursor?.snapshot())) as {
      context: { game: { seed: number } };
    };
    expect(viewed.context.game.seed).toBe(99);
  });
});
