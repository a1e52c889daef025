import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { encodeClassCode } from '../../src/core/code';
import { SCENE } from '../../src/scenes/keys';
import { SETUP } from '../../src/ui/layout';
import type { Box, PublishedElement, PublishedText } from '../../src/ui/publish';
import { EN } from '../../src/words/en';
import { ZH_CN } from '../../src/words/zh-CN';
import { activeScene, clickRect, waitForReport, waitForScene, waitForText } from './harness';

/** The languages the tours can be taken in. */
export type TourLanguage = 'en' | 'zh-CN';

/**
 * What a screen in `lang` shows of the catalogue's `key`, filled with `vars`: the longest run of
 * it between values not given, so a tour waits for the same words in either language.
 */
export function wordsOf(
  lang: TourLanguage,
  key: keyof typeof EN,
  vars: Record<string, string | number> = {},
): string {
  const text = (lang === 'en' ? undefined : ZH_CN[key]) ?? EN[key];
  const filled = text.replace(/\{(\w+)\}/g, (_whole, name: string) =>
    vars[name] === undefined ? '\u0000' : String(vars[name]),
  );
  const runs = filled.split('\u0000').map((r) => r.trim());
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** What the screen publishes (ui/publish.ts, through the test hook), in page pixels. */
export const elements = (page: Page): Promise<PublishedElement[]> =>
  page.evaluate(() => window.__precursor?.elements() ?? []);
export const textBoxes = (page: Page): Promise<PublishedText[]> =>
  page.evaluate(() => window.__precursor?.textBoxes() ?? []);
export const hitTest = (page: Page, x: number, y: number): Promise<PublishedElement | null> =>
  page.evaluate(([px, py]) => window.__precursor?.hitTest(px ?? 0, py ?? 0) ?? null, [x, y]);

const INSET = 4;

/** The four points just inside the corners of `b`. */
export function corners(b: Box): { where: string; x: number; y: number }[] {
  const [l, r, t, d] = [b.x + INSET, b.x + b.w - INSET, b.y + INSET, b.y + b.h - INSET];
  return [
    { where: 'top left', x: l, y: t },
    { where: 'top right', x: r, y: t },
    { where: 'bottom left', x: l, y: d },
    { where: 'bottom right', x: r, y: d },
  ];
}

/**
 * Presses, for real, just inside one corner (0 top left, 1 top right, 2 bottom left, 3 bottom
 * right) of the element named `name` (or, failing that, the first whose name holds it), once it is
 * there and enabled: with the mouse, or a finger on a touch device.
 */
export async function pressCorner(
  page: Page,
  name: string,
  corner: 0 | 1 | 2 | 3 = 0,
  by: 'mouse' | 'finger' = 'mouse',
): Promise<void> {
  const pick = (list: PublishedElement[]) =>
    list.find((e) => e.name === name) ?? list.find((e) => e.name.includes(name));
  let found: PublishedElement | undefined;
  const until = Date.now() + 10_000;
  for (;;) {
    found = pick(await elements(page));
    if (found && !found.state.includes('disabled')) break;
    if (Date.now() > until)
      throw new Error(`no enabled element named “${name}” on ${await activeScene(page)}`);
    await page.waitForTimeout(50);
  }
  const at = corners(found.bounds)[corner];
  if (!at) throw new Error('no such corner');
  if (by === 'finger') await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

const same = (a: PublishedElement, b: PublishedElement) =>
  a.scene === b.scene &&
  a.name === b.name &&
  a.role === b.role &&
  Math.abs(a.bounds.x - b.bounds.x) < 0.5 &&
  Math.abs(a.bounds.y - b.bounds.y) < 0.5;

const describe = (e: PublishedElement | null) => (e ? `${e.role} “${e.name}”` : 'nothing');

/**
 * Every published element, hit-tested just inside each corner against Phaser's input: the topmost
 * interactive object there must be that element. Returns what went wrong, one line each.
 */
export async function missedCorners(page: Page, screen: string): Promise<string[]> {
  const problems: string[] = [];
  const list = await elements(page);
  if (list.length === 0) problems.push(`${screen}: publishes no interactive element`);
  for (const e of list)
    for (const c of corners(e.bounds)) {
      const hit = await hitTest(page, c.x, c.y);
      if (!hit || !same(hit, e))
        problems.push(`${screen}: ${describe(e)} ${c.where} → ${describe(hit)}`);
    }
  return problems;
}

const TOLERANCE = 1;

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > TOLERANCE &&
  Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > TOLERANCE;

const outside = (inner: Box, outer: Box) =>
  inner.x < outer.x - TOLERANCE ||
  inner.y < outer.y - TOLERANCE ||
  inner.x + inner.w > outer.x + outer.w + TOLERANCE ||
  inner.y + inner.h > outer.y + outer.h + TOLERANCE;

const short = (t: string) => JSON.stringify(t.length > 48 ? `${t.slice(0, 45)}…` : t);

/**
 * Every visible text against every other of its screen and against its region (its panel, dialog
 * or button, else the screen). Returns what went wrong, one line each.
 */
export async function collisions(page: Page, screen: string): Promise<string[]> {
  const texts = await textBoxes(page);
  const box = await page.locator('canvas').boundingBox();
  if (!box) throw new Error('no game canvas on the page');
  const canvas = { x: box.x, y: box.y, w: box.width, h: box.height };
  const problems: string[] = [];
  texts.forEach((t, i) => {
    if (outside(t.bounds, canvas)) problems.push(`${screen}: ${short(t.text)} leaves the screen`);
    else if (outside(t.bounds, t.regionBounds))
      problems.push(`${screen}: ${short(t.text)} leaves its ${t.region}`);
    if (t.floating) return;
    for (const u of texts.slice(i + 1))
      if (!u.floating && u.scene === t.scene && overlap(t.bounds, u.bounds))
        problems.push(`${screen}: ${short(t.text)} overlaps ${short(u.text)}`);
  });
  return problems;
}

/** A check run on every screen of the tour, by name; it may press keys but must leave it as found. */
export type ScreenCheck = (page: Page, screen: string) => Promise<void>;

/** Waits two frames, so what a key or click changed has been drawn and published. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** Waits until the accessible layer has caught up with the frame on screen. */
export async function layerSettled(page: Page): Promise<void> {
  await settle(page);
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
}

/** Runs axe on the page: every serious or critical violation, one line each. */
export async function axeProblems(page: Page, screen: string): Promise<string[]> {
  await layerSettled(page);
  const result = await new AxeBuilder({ page }).analyze();
  if (process.env.AXE_LOG)
    console.log(
      screen,
      result.violations.map((v) => `${v.id}:${v.impact}:${v.nodes.length}`),
    );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (node) => `${screen}: ${v.id} (${v.impact}) at ${node.target.join(' ')}: ${v.help}`,
      ),
    );
}

/** Each screen of a tour is checked as it arrives; the check pictures it under a name of its own. */
async function visit(page: Page, screen: string, check: ScreenCheck): Promise<void> {
  await settle(page);
  await check(page, screen);
}

/** An overlay opened with `key` over the screen `under`, checked, then closed with Esc. */
async function overlay(
  page: Page,
  key: string,
  scene: string,
  wait: string,
  screen: string,
  under: string,
  check: ScreenCheck,
): Promise<void> {
  await page.keyboard.press(key);
  await waitForScene(page, scene);
  await waitForText(page, wait);
  await visit(page, screen, check);
  await page.keyboard.press('Escape');
  await waitForScene(page, under);
}

/**
 * A class game of two quarters as the US: setup, the questionnaire, the briefing, the turn with
 * each overlay over it, the report, the debrief. Then the title's other ways: how it works, for
 * teachers, the replay list and class results.
 */
export async function tourAsUs(
  open: (query?: string) => Promise<Page>,
  check: ScreenCheck,
  lang: TourLanguage = 'en',
): Promise<void> {
  const say = (key: keyof typeof EN, vars?: Record<string, string | number>) =>
    wordsOf(lang, key, vars);
  const code = encodeClassCode({ scenario: 'truce-2026', seed: 3131, turns: 2, turnSeconds: 0 });
  const page = await open(`?class=${code}`);
  await waitForScene(page, SCENE.setup);
  await waitForText(page, say('screen.setup.button.start'));
  await visit(page, 'setup', check);
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.questionnaire);
  await waitForText(page, say('screen.questionnaire.title_pre').toUpperCase());
  await visit(page, 'questionnaire', check);
  await page.keyboard.press('Escape');
  await waitForScene(page, SCENE.briefing);
  await waitForText(page, say('screen.briefing.button.begin'));
  await visit(page, 'briefing', check);
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.turn);
  await waitForText(page, say('screen.turn.button.endTurn'));
  await visit(page, 'turn-us', check);
  await overlay(page, 'o', SCENE.offer, say('screen.offer.title'), 'offer', SCENE.turn, check);
  await overlay(page, '?', SCENE.help, say('screen.help.title'), 'help', SCENE.turn, check);
  await overlay(
    page,
    'g',
    SCENE.glossary,
    say('screen.glossary.title'),
    'glossary',
    SCENE.turn,
    check,
  );
  await overlay(
    page,
    's',
    SCENE.share,
    say('screen.share.title_other'),
    'share',
    SCENE.turn,
    check,
  );
  await overlay(
    page,
    'f',
    SCENE.facilitator,
    say('screen.facilitator.title'),
    'facilitator',
    SCENE.turn,
    check,
  );
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await waitForReport(page);
  await waitForText(page, say('screen.report.button.continue'));
  await visit(page, 'report', check);
  await page.keyboard.press('a');
  await waitForText(page, say('screen.report.evidence.source'));
  await visit(page, 'report-evidence', check);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.turn);
  await waitForText(page, say('screen.turn.header', { turn: 2, turns: 2 }));
  await visit(page, 'turn-us-2', check);
  await page.keyboard.press('Enter');
  while ((await activeScene(page)) !== SCENE.debrief) {
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
  }
  await waitForText(page, 'Debrief'.toUpperCase(), 15_000).catch(() => undefined);
  await visit(page, 'debrief', check);

  const title = await open();
  await visit(title, 'title', check);
  await title.keyboard.press('3');
  await waitForScene(title, SCENE.howItWorks);
  await waitForText(title, say('screen.howItWorks.button.teachers'));
  await visit(title, 'how-it-works', check);
  await title.keyboard.press('t');
  await waitForScene(title, SCENE.teachers);
  await visit(title, 'teachers', check);
}

/** A game as China, to its first turn. */
/** Clicks the `i`th choice of who plays (0 the US, 1 China, …) on Setup. */
export const pickSeat = (page: Page, i: number): Promise<void> =>
  clickRect(page, {
    x: SETUP.left,
    y: SETUP.seatTop + i * SETUP.rowStep,
    w: SETUP.leftWidth,
    h: 42,
  });

export async function tourAsChina(
  open: (query?: string) => Promise<Page>,
  check: ScreenCheck,
): Promise<void> {
  const page = await open();
  await page.keyboard.press('1');
  await waitForScene(page, SCENE.setup);
  await waitForText(page, 'Start ▶');
  await pickSeat(page, 1);
  await waitForText(page, 'The United States is played as:');
  await clickRect(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 });
  await waitForScene(page, SCENE.briefing);
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.turn);
  await waitForText(page, 'End turn');
  await visit(page, 'turn-china', check);
}

/** The replay list, class results (empty) and the replay viewer on a link. */
export async function tourReplays(
  open: (query?: string) => Promise<Page>,
  check: ScreenCheck,
  replayCode: string,
): Promise<void> {
  const page = await open();
  await page.keyboard.press('2');
  await waitForScene(page, SCENE.replay);
  await waitForText(page, 'SAVED GAMES');
  await visit(page, 'replay-list', check);
  await page.keyboard.press('c');
  await waitForScene(page, SCENE.classResults);
  await waitForText(page, 'Show results');
  await visit(page, 'class-results', check);
  const viewer = await open(`?replay=${encodeURIComponent(replayCode)}`);
  await waitForScene(viewer, SCENE.viewer);
  await waitForText(viewer, 'BEFORE THE FIRST QUARTER');
  await viewer.keyboard.press('ArrowRight');
  await waitForText(viewer, 'RULES AT WORK');
  await visit(viewer, 'viewer', check);
}

/**
 * The online class's screens that need no room server: a join link's screen, and the dashboard
 * opened where no room server answers (it says how to start one). Played against the server, the
 * dashboard and the seat are checked in online.test.ts.
 */
export async function tourOnline(
  open: (query?: string) => Promise<Page>,
  check: ScreenCheck,
): Promise<void> {
  const join = await open('?class=AbCdEfGhIjKlMnOpQrSt_-');
  await waitForScene(join, SCENE.join);
  await waitForText(join, 'Join your group');
  await visit(join, 'online-join', check);
  const teacher = await open('?teach=new');
  await waitForScene(teacher, SCENE.onlineClass);
  await waitForText(teacher, 'npm run serve');
  await visit(teacher, 'online-no-rooms', check);
}
