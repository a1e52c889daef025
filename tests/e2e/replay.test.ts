import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runSim } from '../../src/cli/sim';
import { decodeReplayCode, encodeReplayCode } from '../../src/core/code';
import { turnsToCsv } from '../../src/core/formats';
import { parseReplay } from '../../src/core/replay';
import { builtInScenario } from '../../src/core/scenarios';
import { MODEL_VERSION } from '../../src/core/state';
import type { TurnRecord } from '../../src/core/turn';
import { playGame } from '../../src/machine/driver';
import { SCENE } from '../../src/scenes/keys';
import { REPLAY, saveButton } from '../../src/ui/layout';
import {
  chooseFile,
  clickRect,
  DESKTOP,
  openGame,
  playedTurns,
  screenTexts,
  sendKeysInOneTask,
  shot,
  waitForReport,
  waitForScene,
  waitForText,
  watchForProblems,
} from './harness';
import { gamePages } from './pages';

const pages = gamePages(DESKTOP, 'reduced');
const open = (query = '') => pages.open(query);

const sim = (args: string[]) => runSim(args).trim();
const simTurns = (code: string): TurnRecord[] =>
  JSON.parse(runSim(['--replay-code', code, '--format', 'json'])).turns;
const codeField = (page: Page) => page.locator('input[aria-label="Replay code or link"]');

async function waitForTurns(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => (window.__precursor?.turns() ?? []).length === k, n);
}

async function toReplayScreen(page: Page): Promise<void> {
  await page.keyboard.press('2');
  await waitForScene(page, SCENE.replay);
  await waitForText(page, 'SAVED GAMES');
}

describe('replays in the browser', () => {
  it('plays replay links exactly as the sim tool does in Node', async () => {
    const codes = [
      sim(['--scenario', 'truce-2026', '--seed', '7', '--print-code']),
      sim([
        '--scenario',
        'pelosi-2022',
        '--seed',
        '3',
        '--us',
        'hawk',
        '--china',
        'cooperative',
        '--print-code',
      ]),
      sim(['--scenario', 'history-2018', '--historical', '--seed', '1', '--print-code']),
    ];
    for (const [i, code] of codes.entries()) {
      const { page, problems } = await openGame(pages.context, `${pages.url}?replay=${code}`);
      await waitForScene(page, SCENE.viewer);
      await waitForText(page, 'BEFORE THE FIRST QUARTER');
      expect(await playedTurns(page)).toEqual([]);
      if (i === 0) await shot(page, 'replay-viewer-start');
      const expected = simTurns(code);
      await page.keyboard.press('ArrowRight');
      await waitForTurns(page, 1);
      expect(await playedTurns(page)).toEqual(expected.slice(0, 1));
      await page.keyboard.press('End');
      await waitForTurns(page, expected.length);
      expect(await playedTurns(page)).toEqual(expected);
      await waitForText(page, `turn ${expected.length} of ${expected.length}`);
      await page.close();
      expect(problems.list).toEqual([]);
    }
  });

  it('opens a link, steps back and forth, plays, and takes over as China', async () => {
    const code = sim(['--scenario', 'truce-2026', '--seed', '7', '--print-code']);
    const expected = simTurns(code);
    const page = await open(`?replay=${encodeURIComponent(code)}`);
    await waitForScene(page, SCENE.viewer);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await waitForTurns(page, 3);
    await page.keyboard.press('ArrowLeft');
    await waitForTurns(page, 2);
    expect(await playedTurns(page)).toEqual(expected.slice(0, 2));
    await waitForText(page, 'RULES AT WORK');
    await page.waitForTimeout(200);
    await shot(page, 'replay-viewer-turn');
    await page.keyboard.press('a'); // the same why-reports as a live game
    await waitForText(page, 'Source:');
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await waitForTurns(page, 8);
    await page.keyboard.press('t');
    await waitForText(page, 'Cannot take over: the game is over at this turn');
    await page.keyboard.press('Home');
    await waitForTurns(page, 0);
    // Automatic play at the fastest speed, then pause.
    await page.keyboard.press('+');
    await waitForText(page, 'Speed: fast');
    await page.keyboard.press('p');
    await page.waitForFunction(() => (window.__precursor?.turns() ?? []).length >= 2);
    await page.keyboard.press('p');
    await waitForText(page, '▶ Play');
    const paused = (await playedTurns(page)).length;
    await page.waitForTimeout(700);
    expect((await playedTurns(page)).length).toBe(paused);
    await page.keyboard.press('Home');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await waitForTurns(page, 2);
    // Keys faster than the frames: a step and T arrive before the screen has redrawn. The step
    // restarts the screen; the T must open its dialog on the restarted (third quarter's) screen.
    await sendKeysInOneTask(page, [
      { type: 'keydown', key: 'ArrowRight', keyCode: 39 },
      { type: 'keydown', key: 't', keyCode: 84 },
    ]);
    await waitForText(page, 'Take over after');
    expect(await playedTurns(page)).toEqual(expected.slice(0, 3));
    await shot(page, 'replay-take-over');
    await page.keyboard.press('2'); // as China
    await waitForScene(page, SCENE.turn);
    await waitForText(page, 'Chips in hand');
    // The computer has played the US side of turn 4; turns 1–3 are the replay's.
    expect(await playedTurns(page)).toEqual(expected.slice(0, 3));
    await page.keyboard.press('3'); // schedule one precursor
    await waitForText(page, '✓ 1 precursor scheduled · 1 PC');
    await page.keyboard.press('Enter');
    await waitForReport(page);
    const after = await playedTurns(page);
    expect(after).toHaveLength(4);
    expect(after.slice(0, 3)).toEqual(expected.slice(0, 3));
    expect(after[3]?.chinaMoves).toContainEqual({ type: 'schedulePrecursors', count: 1 });
    // What if: the same world, the same draws, only China's fourth move differs.
    const scenario = builtInScenario('truce-2026');
    if (!scenario) throw new Error('scenario');
    const script = after.map((t) => ({ us: t.usMoves, china: t.chinaMoves }));
    const headless = playGame(
      { scenario, seed: 7, controllers: { us: 'human', china: 'human' } },
      script,
      4,
    );
    expect(headless.context.history).toEqual(after);
  });

  it('saves after every turn, resumes after a reload and finishes identically', async () => {
    const page = await open();
    await page.evaluate(() => localStorage.clear()); // only this test's game in the list
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    const playTurn = async () => {
      await waitForScene(page, SCENE.turn);
      await waitForText(page, 'End turn');
      await page.keyboard.press('1'); // give credit
      await page.keyboard.press('8'); // share intelligence
      await waitForText(page, '✓ public credit for China’s steps · 1 PC');
      await page.keyboard.press('Enter');
      await waitForReport(page);
    };
    await playTurn();
    await page.keyboard.press('Enter');
    await playTurn();
    const before = await playedTurns(page);
    expect(before).toHaveLength(2);
    const seed = await page.evaluate(() => {
      const snap = window.__precursor?.snapshot() as { context: { game: { seed: number } } } | null;
      return snap?.context.game.seed ?? -1;
    });
    await page.reload();
    await page.waitForFunction(() => window.__precursor?.ready === true);
    await waitForText(page, 'Saved game: The one-year truce');
    // Drawn again in the other language and back: the strip is built once each time, not twice.
    const strips = async () =>
      (await screenTexts(page)).filter((text) => /^(Saved game|已保存)/.test(text)).length;
    for (const lang of ['zh-CN', 'en']) {
      await page.keyboard.press('5');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expect.poll(strips).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      expect(await strips()).toBe(1);
    }
    await page.waitForTimeout(200);
    await shot(page, 'title-resume-offer');
    await page.keyboard.press('r');
    await waitForReport(page);
    expect(await playedTurns(page)).toEqual(before);
    await page.keyboard.press('Enter');
    for (let t = 2; t < 8; t++) {
      await playTurn();
      await page.keyboard.press('Enter');
    }
    await waitForScene(page, SCENE.debrief);
    const finished = await playedTurns(page);
    expect(finished).toHaveLength(8);
    // The uninterrupted game: the same seed, the same US moves, China played by its policy.
    const scenario = builtInScenario('truce-2026');
    if (!scenario) throw new Error('scenario');
    const uninterrupted = playGame(
      {
        scenario,
        seed,
        controllers: { us: 'human', china: 'ai' },
        policies: { us: 'reciprocal', china: 'leverage' },
      },
      finished.map((t) => ({ us: t.usMoves })),
    ).context.history;
    expect(finished).toEqual(uninterrupted);
    const stored = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('precursor.save.'))
        .map((k) => JSON.parse(localStorage.getItem(k) ?? '{}').records.length),
    );
    expect(stored).toEqual([8]);
    // Share from the debrief: the CSV is the turns, the replay file replays them.
    await page.keyboard.press('s');
    await waitForScene(page, SCENE.share);
    await waitForText(page, 'REPLAY CODE');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('v')]);
    expect(readFileSync((await csv.path()) ?? '', 'utf8')).toBe(turnsToCsv(finished));
    const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('j')]);
    expect(json.suggestedFilename()).toBe(`precursor-truce-2026-seed${seed}-turn8.json`);
    // Taken after the downloads: a key pressed right after a capture was handled twice.
    await shot(page, 'share');
    const replay = parseReplay(JSON.parse(readFileSync((await json.path()) ?? '', 'utf8')), 'x');
    expect(replay.ok && replay.value.modelVersion).toBe(MODEL_VERSION);
    const link = await page.locator('input[aria-label="Link to this replay"]').inputValue();
    const fromLink = decodeReplayCode(link);
    expect(fromLink.ok && fromLink.value).toEqual(replay.ok && replay.value);
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.debrief);
  });

  it('sets a corrupted save aside with a message and keeps the others', async () => {
    const page = await open();
    // Two more saves beside the one the last test left: a good copy and a damaged one.
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('precursor.save.')) ?? '';
      const save = JSON.parse(localStorage.getItem(key) ?? '{}');
      save.id = 'copy';
      save.savedAt = '2020-01-01T00:00:00.000Z';
      localStorage.setItem('precursor.save.copy', JSON.stringify(save));
      localStorage.setItem('precursor.save.broken', '{"format":"precursor-save","version":1,');
    });
    await page.reload();
    await page.waitForFunction(() => window.__precursor?.ready === true);
    await waitForText(page, 'could not be read and was set aside');
    await toReplayScreen(page);
    await waitForText(page, 'set aside under “precursor.unreadable.broken”');
    const texts = (await screenTexts(page)).join('\n');
    expect(texts).toContain('not valid JSON');
    expect(texts.match(/The one-year truce/g)).toHaveLength(2);
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    expect(keys).toContain('precursor.unreadable.broken');
    expect(keys).not.toContain('precursor.save.broken');
    await page.waitForTimeout(200);
    await shot(page, 'replay-list');
    // Deleting is on purpose: the first press only asks.
    await clickRect(page, saveButton(1, 3));
    await waitForText(page, 'Press Delete again');
    await clickRect(page, saveButton(1, 3));
    await waitForText(page, 'Deleted');
    const left = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('precursor.save.')),
    );
    expect(left).toHaveLength(1);
    expect(left).not.toContain('precursor.save.copy');
  });

  it('refuses bad codes, links and files with one message and keeps running', async () => {
    const page = await open('?replay=p1.notacode.0000000');
    await waitForScene(page, SCENE.replay);
    await waitForText(page, 'replay code: the code is mistyped or incomplete');
    await codeField(page).fill('hello there');
    await codeField(page).press('Enter');
    await waitForText(page, 'replay code: not a Precursor replay code');
    await shot(page, 'replay-bad-code');
    await codeField(page).press('Escape'); // the keyboard back to the game
    const bad = await chooseFile(page, () => page.keyboard.press('i'));
    await bad.setFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{nope'),
    });
    await waitForText(page, 'notes.json: not valid JSON');
    const wrong = JSON.stringify({
      format: 'precursor-replay',
      version: 1,
      scenario: 'truce-2026',
      seed: -4,
      turns: [],
    });
    // The screen's own (hidden) file input, as the browser's dialog would fill it.
    const fileInput = page.locator('input[type=file]');
    await fileInput.setInputFiles({
      name: 'wrong.json',
      mimeType: 'application/json',
      buffer: Buffer.from(wrong),
    });
    await waitForText(page, 'wrong.json: seed:');
    expect(await page.evaluate(() => window.__precursor?.scene())).toBe(SCENE.replay);
    // A good file opens in the viewer.
    const code = sim(['--scenario', 'sandbox', '--seed', '11', '--print-code']);
    const replay = decodeReplayCode(code);
    if (!replay.ok) throw new Error(replay.error);
    const good = await chooseFile(page, () => clickRect(page, REPLAY.import));
    await good.setFiles({
      name: 'class.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(replay.value)),
    });
    await waitForScene(page, SCENE.viewer);
    await page.keyboard.press('End');
    await waitForTurns(page, 12);
    expect(await playedTurns(page)).toEqual(simTurns(code));
    // A replay from another model version says so and is not replayed under the new rules.
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.replay);
    const old = encodeReplayCode({ ...replay.value, modelVersion: MODEL_VERSION + 1 });
    await codeField(page).fill(old);
    await clickRect(page, REPLAY.open);
    await waitForScene(page, SCENE.viewer);
    await waitForText(page, `recorded with model version ${MODEL_VERSION + 1}`);
    await page.keyboard.press('ArrowRight');
    await waitForText(page, 'figures were not recorded');
    await page.waitForTimeout(200);
    await shot(page, 'replay-old-version');
    expect(await playedTurns(page)).toEqual([]);
  });

  it('with the browser’s storage full, every screen of the game and then the title say it is not saved, and offer it as a file', async () => {
    const page = await pages.context.newPage();
    const problems = watchForProblems(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(pages.url);
    await page.waitForFunction(() => window.__precursor?.ready === true, null, { timeout: 20_000 });
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    await page.keyboard.press('Enter');
    await waitForReport(page);
    const notice = 'This game is not saved: the browser’s storage is full or switched off.';
    await waitForText(page, notice);
    await shot(page, 'unsaved-report');
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    await waitForText(page, notice);
    await shot(page, 'unsaved-turn');
    await page.keyboard.press('s');
    await waitForScene(page, SCENE.share);
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.turn);
    // Leaving the game: the debrief says it too, and then the title, with E to export it.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.debrief);
    await waitForText(page, notice);
    await shot(page, 'unsaved-debrief');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.title);
    await waitForText(page, 'The last game: this game is not saved');
    await shot(page, 'unsaved-title');
    const download = page.waitForEvent('download');
    await page.keyboard.press('e');
    expect((await download).suggestedFilename()).toMatch(/^precursor-.*\.json$/);
    expect(problems.list).toEqual([]);
    await page.close();
  });
});
