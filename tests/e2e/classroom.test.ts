import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeClassCode, encodeClassCode, encodeReplayCode } from '../../src/core/code';
import { makeReplay } from '../../src/core/replay';
import { SCENE } from '../../src/scenes/keys';
import { CLASS_SCREEN, SETUP } from '../../src/ui/layout';
import { classRows, runClass } from '../../src/view/classResults';
import {
  activeScene,
  chooseFile,
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
import { collisions, missedCorners, pressCorner } from './published';

const pages = gamePages(DESKTOP, 'reduced');
const open = (query = '') => pages.open(query);

/** From the title: Replay, then C for class results, ready for codes. */
async function toClassResults(page: Page): Promise<void> {
  await page.keyboard.press('2');
  await waitForScene(page, SCENE.replay);
  await waitForText(page, 'Class results ▶');
  await page.keyboard.press('c');
  await waitForScene(page, SCENE.classResults);
  await waitForText(page, 'Show results');
}

/** The Close button of Setup's classroom options, at the panel's lower right. */
const classroomClose = {
  x: SETUP.panel.x + SETUP.panel.w - 24 - 168,
  y: SETUP.panel.y + SETUP.panel.h - 16 - 40,
  w: 168,
  h: 40,
};

describe('the classroom kit', () => {
  it('a class code fixes the game; the timer commits the picked moves; an inject is kept', async () => {
    const code = encodeClassCode({ scenario: 'truce-2026', seed: 4242, turns: 2, turnSeconds: 3 });
    const page = await open();
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    await page.keyboard.press('c');
    await waitForText(page, 'Online class…');
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
    await clickRect(page, classroomClose);
    await classroomClosed(page);
    await clickRect(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 });
    // A class game asks the questionnaire first; Esc skips it.
    await waitForScene(page, SCENE.questionnaire);
    await page.keyboard.press('Escape');
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
    await waitForReport(page);
    await waitForText(page, 'Set by the facilitator: ');
    const first = await playedTurns(page);
    expect(first).toHaveLength(1);
    expect(first[0]?.usMoves).toEqual([{ type: 'giveCredit' }]);
    expect(first[0]?.events).toContain('summit');
    const snap = (await page.evaluate(() => window.__precursor?.snapshot())) as {
      context: { played: { inject?: string[] }[]; game: { seed: number; turns: number } };
    };
    expect(snap.context.played[0]?.inject).toEqual(['summit']);
    expect(snap.context.game.turns).toBe(2);

    // Whoever set the clock stops it (an overlay opening and closing does not start it again),
    // gives a minute more, and starts it; End turn ends the quarter with nothing picked.
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    await pressCorner(page, 'Stop clock', 3);
    await waitForText(page, 'Stopped 0:0');
    await page.keyboard.press('g');
    await waitForScene(page, SCENE.glossary);
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.turn);
    await page.waitForTimeout(3500); // longer than the whole turn
    expect(await activeScene(page)).toBe(SCENE.turn);
    await pressCorner(page, '+1 min', 2);
    await waitForText(page, 'Stopped 1:0');
    await pressCorner(page, 'Start clock', 1);
    await waitForText(page, 'Time left 1:0');
    await shot(page, 'turn-timed-extended');
    expect([
      ...(await collisions(page, 'turn-timed')),
      ...(await missedCorners(page, 'turn-timed')),
    ]).toEqual([]);
    await pressCorner(page, 'End turn');
    await waitForReport(page);
    expect((await playedTurns(page))[1]?.usMoves).toEqual([]);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.debrief);
    await waitForText(page, '◆ set by the facilitator: Summit');
    await shot(page, 'debrief-class');
    const [printable] = await Promise.all([
      pages.context.waitForEvent('page'),
      page.keyboard.press('p'),
    ]);
    await printable.waitForLoadState();
    expect(await printable.locator('h1').textContent()).toContain('Debrief');
    expect(await printable.locator('tbody tr').count()).toBe(2);
    expect(await printable.content()).toContain('Summit');
    expect(await printable.locator('figure svg polyline').count()).toBe(5);
    await shot(printable, 'debrief-print');
    await printable.close();

    // The group's replay link shows the inject as the facilitator's in the viewer.
    await page.keyboard.press('s');
    await waitForScene(page, SCENE.share);
    const link = await page.locator('input[aria-label="Link to this replay"]').inputValue();
    const viewer = await open(link.slice(pages.url.length));
    await waitForScene(viewer, SCENE.viewer);
    await waitForText(viewer, 'BEFORE THE FIRST QUARTER');
    await viewer.keyboard.press('ArrowRight');
    await waitForText(viewer, 'Set by the facilitator: ');
    await shot(viewer, 'replay-viewer-inject');
  });

  it('one class link: two groups play it differently and the teacher compares them', async () => {
    // The facilitator sets the class: two quarters, untimed, a crisis, and copies the class link.
    const teacher = await open();
    await teacher.keyboard.press('1');
    await waitForScene(teacher, SCENE.setup);
    await waitForText(teacher, 'Start ▶');
    await clickRect(teacher, SETUP.classroom);
    await waitForText(teacher, 'Online class…');
    await clickRect(teacher, {
      x: SETUP.quartersX,
      y: SETUP.classY,
      w: SETUP.classButtonW,
      h: SETUP.classH,
    });
    await waitForText(teacher, '2 quarters');
    await clickRect(teacher, SETUP.crisis); // none → a Taiwan visit, in the last of two quarters
    await waitForText(teacher, 'Crisis: Taiwan visit');
    await waitForText(teacher, 'quarter 2');
    const origin = new URL(pages.url).origin;
    await pages.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await clickRect(teacher, SETUP.copyLink);
    await waitForText(teacher, 'Class link copied');
    await shot(teacher, 'setup-class-link');
    const link = await teacher.evaluate(() => navigator.clipboard.readText());
    const code = await teacher.locator('input[aria-label="Class code"]').inputValue();
    expect(link).toBe(`${pages.url}?class=${code}`);
    const settings = decodeClassCode(link);
    expect(settings.ok && settings.value).toMatchObject({
      scenario: 'truce-2026',
      turns: 2,
      crises: [{ turn: 2, event: 'taiwanVisit' }],
    });
    const seed = settings.ok ? settings.value.seed : -1;

    // Each group opens the link, plays its own moves and shares its replay code.
    const playGroup = async (pick: string | null): Promise<string> => {
      const group = await open(`?class=${code}`);
      await waitForScene(group, SCENE.setup);
      await waitForText(group, `Seed ${seed}`);
      await group.keyboard.press('c');
      await waitForText(group, '2 quarters');
      await group.keyboard.press('Escape');
      await classroomClosed(group);
      await group.keyboard.press('Enter');
      await waitForScene(group, SCENE.questionnaire);
      await group.keyboard.press('Escape');
      await waitForScene(group, SCENE.briefing);
      await group.keyboard.press('Enter');
      for (let quarter = 0; quarter < 2; quarter++) {
        await waitForScene(group, SCENE.turn);
        await waitForText(group, 'End turn');
        if (pick) {
          await group.keyboard.press(pick);
          await waitForText(group, '✓ PICKED');
        }
        await group.keyboard.press('Enter');
        await waitForReport(group);
        if (quarter === 1) await waitForText(group, 'Set by the facilitator: '); // the crisis
        await group.keyboard.press('Enter');
      }
      await waitForScene(group, SCENE.debrief);
      await group.keyboard.press('s');
      await waitForScene(group, SCENE.share);
      await waitForText(group, 'Share this game · 2 turns played');
      return group.locator('input[aria-label="Link to this replay"]').inputValue();
    };
    // A link whose code was cut short opens Setup with the reason, on the page's own settings.
    const broken = await open(`?class=${code.slice(0, -3)}`);
    await waitForScene(broken, SCENE.setup);
    await waitForText(broken, 'class code:');
    await broken.close();

    const kestrels = await playGroup('1'); // public credit every quarter
    const herons = await playGroup(null); // pass, pass
    expect(kestrels).not.toBe(herons);

    // The teacher pastes both into class results.
    await teacher.bringToFront();
    await teacher.keyboard.press('Escape'); // closes the classroom options, then Setup
    await classroomClosed(teacher);
    await teacher.keyboard.press('Escape');
    await waitForScene(teacher, SCENE.title);
    await toClassResults(teacher);
    const pasted = `Kestrels: ${kestrels}\nHerons: ${herons}`;
    await teacher.locator('input[aria-label="Class code to compare against"]').fill(link);
    await teacher.locator('textarea[aria-label="Replay codes"]').fill(pasted);
    await teacher.locator('textarea[aria-label="Replay codes"]').press('Control+Enter');
    await waitForText(teacher, '2 groups, compared with the class code');
    const texts = await screenTexts(teacher);
    // One row each, headed by the marker of the group's line on the chart.
    const at = (name: string) => texts.indexOf(name);
    expect(texts.filter((t) => t === 'Kestrels' || t === 'Herons')).toHaveLength(2);
    expect(texts[at('Kestrels') - 1]).toBe('●');
    expect(texts[at('Herons') - 1]).toBe('■');
    expect(texts.join('\n')).not.toContain('⚑');
    await shot(teacher, 'class-results-two-groups');
    const expected = runClass(pasted, link);
    if (!expected.ok) throw new Error(expected.error);
    const [download] = await Promise.all([
      teacher.waitForEvent('download'),
      teacher.keyboard.press('c'),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(expected.value.csv);
    const [first, second] = expected.value.groups;
    expect(first?.group).toBe('Kestrels'); // credit every quarter saved more lives than passing
    expect(first?.livesSaved).toBeGreaterThan(second?.livesSaved ?? 0);
  });

  it('class results: the codes box shows what is typed or pasted at once, before Enter', async () => {
    const page = await open();
    await toClassResults(page);
    const box = page.locator('textarea[aria-label="Replay codes"]');
    const empty = await box.screenshot();
    // The box is in focus on arrival, so typing goes straight in, as fast as a teacher types:
    // every key lands in the box and shows, with no Enter or click first.
    await page.keyboard.type('Kestrels: r1.abc', { delay: 0 });
    expect(await box.inputValue()).toBe('Kestrels: r1.abc');
    expect((await box.screenshot()).equals(empty)).toBe(false);
    await shot(page, 'class-results-typed');
    // Pasted with Ctrl+V.
    const origin = new URL(pages.url).origin;
    await pages.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.evaluate(() => navigator.clipboard.writeText('\nHerons: r1.xyz'));
    const typed = await box.screenshot();
    await page.keyboard.press('Control+V');
    expect(await box.inputValue()).toBe('Kestrels: r1.abc\nHerons: r1.xyz');
    expect((await box.screenshot()).equals(typed)).toBe(false);
    expect(await activeScene(page)).toBe(SCENE.classResults);
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
    await toClassResults(page);
    await page.locator('input[aria-label="Class code to compare against"]').fill(classCode);
    await page.locator('textarea[aria-label="Replay codes"]').fill(codes);
    await page.locator('textarea[aria-label="Replay codes"]').press('Control+Enter');
    await waitForText(page, '3 groups, compared with the class code');
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
    await page.keyboard.press('1'); // again: Z to A, and another world's group still comes last
    await waitForText(page, '1 Group ▼');
    expect(order(await screenTexts(page))).toEqual(['Kestrels', 'Herons', 'Strays']);

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

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter'); // the third row's Open: Strays, always below the class
    await waitForScene(page, SCENE.viewer);
    await waitForText(page, 'BEFORE THE FIRST QUARTER');
    const viewed = (await page.evaluate(() => window.__precursor?.snapshot())) as {
      context: { game: { seed: number } };
    };
    expect(viewed.context.game.seed).toBe(99);
  });

  it('forty groups from an imported .txt: the table pages, every line on one chart', async () => {
    const credit = { us: [{ type: 'giveCredit' as const }], china: [] };
    const idle = { us: [], china: [] };
    const lines = Array.from({ length: 40 }, (_, i) => {
      const turns = [i % 3 ? credit : idle, i % 2 ? credit : idle];
      return `Group ${String(i + 1).padStart(2, '0')}: ${encodeReplayCode(makeReplay('truce-2026', 4242, turns))}`;
    });
    const page = await open();
    await toClassResults(page);
    // The codes box has the keys on arrival; Escape hands them back to the screen's shortcuts.
    await page.keyboard.press('Escape');
    const chooser = await chooseFile(page, () => page.keyboard.press('i'));
    await chooser.setFiles({
      name: 'class-codes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${lines.join('\r\n')}\r\n`),
    });
    await waitForText(page, '40 groups, compared with the scenario and seed most groups played.');
    await waitForText(page, 'Rows 1–8 of 40 · page 1 of 5');
    await shot(page, 'class-results-forty');
    const expected = runClass(lines.join('\n'), '');
    if (!expected.ok) throw new Error(expected.error);
    const names = (texts: string[]) => texts.filter((t) => /^Group \d\d$/.test(t));
    const order = classRows(expected.value.groups, { column: 'livesSaved', descending: true });
    expect(names(await screenTexts(page))).toEqual(order.slice(0, 8).map((r) => r.cells.group));
    await page.keyboard.press(']');
    await waitForText(page, 'Rows 9–16 of 40 · page 2 of 5');
    expect(names(await screenTexts(page))).toEqual(order.slice(8, 16).map((r) => r.cells.group));
    await clickRect(page, {
      x: CLASS_SCREEN.pagerX + CLASS_SCREEN.pagerW + 8,
      y: CLASS_SCREEN.backY,
      w: CLASS_SCREEN.pagerW,
      h: 40,
    });
    await waitForText(page, 'Rows 17–24 of 40 · page 3 of 5');
    await waitForText(page, 'Deaths, 12 months · this page’s groups in colour');
    await shot(page, 'class-results-forty-page-3');
  });
});
