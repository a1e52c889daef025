import { matchMaker } from '@colyseus/core';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Route,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WORLD_EVENTS } from '../../src/core/vocabulary';
import { SCENE } from '../../src/scenes/keys';
import { type RunningServer, startServer } from '../../src/server/server';
import { COMPOSER, DESIGN } from '../../src/ui/layout';
import { t } from '../../src/words';
import { ZH_CN } from '../../src/words/zh-CN';
import {
  type PageProblems,
  screenTexts,
  shot,
  waitForScene,
  waitForText,
  watchForProblems,
} from './harness';
import { CHROMIUM, CHROMIUM_ARGS, DIST } from './paths';
import { collisions, elements, missedCorners, pressCorner } from './published';

/**
 * An online class in three browsers: the teacher's dashboard, and the two teams of one group
 * (US and China) who join through the dashboard's link and play their quarters from their own
 * screens, against the room server started here on the built game.
 */
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const watched: PageProblems[] = [];
/** The WebSockets each page opened, and whether each has closed. */
const socketsOf = new Map<Page, { closed: boolean }[]>();

beforeAll(async () => {
  server = await startServer({ dist: DIST, db: ':memory:', port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});
// Each test's pages close when it ends: five games drawn in the background slow the next test.
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: DESIGN.width, height: DESIGN.height },
    deviceScaleFactor: 1,
    // Less motion, as in the other long plays (tests/e2e/harness.ts, Motion).
    reducedMotion: 'reduce',
  });
  contexts.push(context);
  const page = await context.newPage();
  watched.push(watchForProblems(page));
  const sockets: { closed: boolean }[] = [];
  socketsOf.set(page, sockets);
  page.on('websocket', (ws) => {
    const seen = { closed: false };
    sockets.push(seen);
    // Closed, or failed to open (a try to join again while the network is down).
    ws.on('close', () => {
      seen.closed = true;
    });
    ws.on('socketerror', () => {
      seen.closed = true;
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__precursor?.ready === true, undefined, {
    timeout: 20_000,
  });
  return page;
}

/** Presses the published element named `name` (a button, a card) with the mouse, at its centre. */
async function press(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (n) => (window.__precursor?.elements() ?? []).some((e) => e.name === n),
    name,
    { timeout: 10_000 },
  );
  const found = (await elements(page)).find((e) => e.name === name);
  if (!found) throw new Error(`no element named “${name}”`);
  await page.mouse.click(found.bounds.x + found.bounds.w / 2, found.bounds.y + found.bounds.h / 2);
}

async function join(link: string, group: string, side: string): Promise<Page> {
  const page = await newPage(link);
  await waitForScene(page, SCENE.join);
  await page.locator('input[aria-label="Group name"]').fill(group);
  await press(page, side);
  await press(page, 'Join');
  await waitForScene(page, SCENE.seat);
  return page;
}

/** Picks the first card the hand can play, and ends the turn. */
async function playQuarter(page: Page): Promise<void> {
  const playable = (await elements(page)).find(
    (e) => e.role === 'card' && !(e.description ?? '').includes('Cannot play now'),
  );
  if (playable) {
    await press(page, playable.name);
    await page.waitForFunction(
      (n) =>
        (window.__precursor?.elements() ?? []).some(
          (e) => e.name === n && e.state.includes('selected'),
        ) || (window.__precursor?.texts() ?? []).some((t) => t.startsWith('Picked:')),
      playable.name,
      { timeout: 10_000 },
    );
  }
  await press(page, 'End turn');
}

/**
 * The US seat composes an offer in the game's composer (the first thing it can give for the
 * first thing it can ask), sees it among its offers, and ends the quarter; China then sees it to
 * answer.
 */
async function proposeFromUs(us: Page, china: Page): Promise<void> {
  await pressCorner(us, 'Make an offer…');
  await waitForScene(us, SCENE.offer);
  const toggles = (await elements(us)).filter((e) => e.role === 'toggle');
  // The first thing the US can give (left), and the first it can ask of China (right).
  const give = toggles.find((e) => e.bounds.x < COMPOSER.askX);
  const ask = toggles.find((e) => e.bounds.x >= COMPOSER.askX);
  if (!give || !ask) throw new Error('the composer shows no terms to give and ask');
  await pressCorner(us, give.name);
  await pressCorner(us, ask.name);
  await waitForText(us, 'You offer: public credit for China’s steps for ');
  await shot(us, 'online-seat-composer');
  await pressCorner(us, 'Confirm');
  await waitForScene(us, SCENE.seat);
  await waitForText(us, 'New: you offer:');
  await press(us, 'End turn');
  await waitForText(us, 'Waiting for China');
  await press(china, 'End turn');
  await waitForText(china, 'QUARTER 2 OF');
  await waitForText(china, 'US offers: public credit for China’s steps for ');
}

/** Drops the server's end of a seat's WebSocket with no closing handshake, as a lost network does. */
async function cutSeat(group: string, seat: 'us' | 'china'): Promise<number> {
  let cut = 0;
  for (const cached of await matchMaker.query({ name: 'group' })) {
    const room = matchMaker.getLocalRoomById(cached.roomId) as unknown as {
      group: string;
      clients: { userData?: { seat?: string }; ref: { terminate(): void } }[];
    };
    if (room?.group !== group) continue;
    for (const client of room.clients)
      if (client.userData?.seat === seat) {
        client.ref.terminate();
        cut += 1;
      }
  }
  return cut;
}

/** Presses the dashboard's Group button until it names `group`. */
async function chooseGroup(teacher: Page, group: string): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const names = (await elements(teacher)).map((e) => e.name);
    if (names.includes(`Group: ${group}`)) return;
    const button = names.find((n) => n.startsWith('Group: '));
    if (!button) throw new Error('no Group button on the dashboard');
    await pressCorner(teacher, button);
    await teacher.waitForFunction(
      (n) => !(window.__precursor?.elements() ?? []).some((e) => e.name === n),
      button,
    );
  }
  throw new Error(`the Group button never named ${group}`);
}

describe('an online class', () => {
  it('is created by the teacher, joined by link by both teams of a group, played, paused, ended and compared', async () => {
    const teacher = await newPage(`${server.url}/?teach=new`);
    await waitForScene(teacher, SCENE.onlineClass);
    await waitForText(teacher, 'GROUPS');
    const link = await teacher.locator('input[aria-label="Join link"]').inputValue();
    expect(link).toMatch(/\?class=[A-Za-z0-9_-]{22}$/);
    // A reload finds the class again: the address now names it.
    expect(teacher.url()).toMatch(/\?teach=[A-Za-z0-9_-]{22}$/);

    const us = await join(link, 'Table 1', 'United States');
    const china = await join(link, 'Table 1', 'China');
    await waitForText(teacher, 'Table 1');
    // The seat names the scenario, in the player's language: an observer reading Chinese.
    await waitForText(us, 'THE ONE-YEAR TRUCE · QUARTER 1 OF 8');
    const watcher = await newPage(`${link}&lang=zh-CN`);
    await waitForScene(watcher, SCENE.join);
    await watcher.locator('input').first().fill('Table 1');
    await press(watcher, '旁观');
    await press(watcher, '加入');
    await waitForScene(watcher, SCENE.seat);
    await waitForText(watcher, '为期一年的休战');
    await shot(watcher, 'online-seat-observer-zh');
    await shot(us, 'online-seat-us');

    // The teams negotiate through offers: the US proposes, China accepts, both see the deal.
    await proposeFromUs(us, china);
    await shot(china, 'online-seat-offer');
    await pressCorner(china, 'Accept');
    await china.waitForFunction(
      () =>
        (window.__precursor?.elements() ?? []).some(
          (e) => e.name === 'Accept' && e.state.includes('selected'),
        ),
      undefined,
      { timeout: 10_000 },
    );
    for (const quarter of [2, 3]) {
      await waitForText(us, `QUARTER ${quarter} OF`);
      await playQuarter(us);
      await waitForText(us, 'Waiting for China');
      await playQuarter(china);
      await waitForText(china, `QUARTER ${quarter + 1} OF`);
      // The accepted offer is in the quarter's news on both seats.
      if (quarter === 2)
        for (const seat of [us, china]) await waitForText(seat, 'China: the offer accepted');
    }
    await waitForText(teacher, '4 of ');
    // A second group with the US only: the teacher picks it, gives its empty China to the
    // computer and back to a person; then picks Table 1 and sends it the second world event.
    const lone = await join(link, 'Table 2', 'United States');
    await waitForText(teacher, 'Table 2');
    await chooseGroup(teacher, 'Table 2');
    await shot(teacher, 'online-dashboard');
    await pressCorner(teacher, 'Computer plays China');
    await waitForText(teacher, 'The computer now plays China in Table 2.');
    await waitForText(teacher, 'person · expert');
    await pressCorner(teacher, 'China back to a person');
    await waitForText(teacher, 'person · nobody');
    await waitForText(teacher, 'Computer plays China');
    await chooseGroup(teacher, 'Table 1');
    const second = WORLD_EVENTS[1];
    await press(teacher, `Event: ${t(`event.${WORLD_EVENTS[0]}.label`)}`);
    await pressCorner(teacher, 'Send to Table 1');
    await waitForText(teacher, `Sent “${t(`event.${second}.label`)}” to Table 1`);
    // Every text inside its place and every button pressable at its corners, live.
    expect([
      ...(await collisions(teacher, 'dashboard')),
      ...(await missedCorners(teacher, 'dashboard')),
      ...(await collisions(china, 'seat')),
      ...(await missedCorners(china, 'seat')),
    ]).toEqual([]);

    // A reload takes the same seat back, with the token the browser kept.
    await us.reload();
    await waitForScene(us, SCENE.seat);
    await waitForText(us, 'TABLE 1 · UNITED STATES');
    await waitForText(us, 'QUARTER 4 OF');

    // Table 1, the group chosen, is paused alone; Table 2 is not.
    await pressCorner(teacher, 'Pause Table 1');
    await waitForText(us, 'Paused by the teacher');
    await waitForText(teacher, 'Resume Table 1');
    await shot(china, 'online-seat-paused');
    expect((await screenTexts(lone)).join(' ')).not.toContain('Paused by the teacher');
    await press(teacher, 'Resume Table 1');
    await waitForText(us, 'Your turn.');
    // The event sent to Table 1 strikes at the end of its quarter; Table 2 does not hear of it.
    await playQuarter(us);
    await playQuarter(china);
    await waitForText(us, 'QUARTER 5 OF');
    await waitForText(us, t(`event.${second}.headline`));
    expect((await screenTexts(lone)).join(' ')).not.toContain(t(`event.${second}.headline`));

    // China's network drops mid-quarter: the server's end of its WebSocket is dropped with no
    // closing handshake, as a lost network does, and every request it makes fails as a browser
    // offline fails it. (Chromium's own offline mode is not used: under it, the page sometimes
    // never hears that its open WebSocket was dropped.) While the network is down the seat cannot
    // join again; once it is back, it joins with its token, takes the same seat, and play goes on.
    const sockets = socketsOf.get(china) ?? [];
    expect(sockets.filter((s) => !s.closed)).toHaveLength(1);
    await playQuarter(us);
    const down = (route: Route) => route.abort('internetdisconnected');
    await china.context().route('**/*', down);
    expect(await cutSeat('Table 1', 'china')).toBe(1);
    await expect.poll(() => sockets.every((s) => s.closed), { timeout: 20_000 }).toBe(true);
    await waitForText(china, 'Connection lost: joining again…');
    const before = sockets.length;
    await china.waitForTimeout(2500);
    await shot(china, 'online-seat-lost');
    await china.context().unroute('**/*', down);
    await expect
      .poll(() => sockets.slice(before).some((s) => !s.closed), { timeout: 20_000 })
      .toBe(true);
    await waitForText(china, 'TABLE 1 · CHINA');
    await waitForText(china, 'Your turn.');
    await playQuarter(china);
    await waitForText(us, 'QUARTER 6 OF');
    await waitForText(china, 'QUARTER 6 OF');

    const say = china.locator('input[aria-label="A message to the other team"]');
    await say.fill('We will schedule three precursors if you lift the tariff.');
    await say.press('Enter');
    await waitForText(us, 'China: We will schedule three precursors');

    await press(teacher, 'End the class');
    await press(teacher, 'Press again to end every game');
    await waitForText(us, 'The game is over.');
    await waitForText(china, 'The game is over.');
    await shot(us, 'online-seat-over');
    // Nothing to play once it is over: no hand; Enter opens the debrief, as the hint says.
    expect((await elements(us)).filter((e) => e.role === 'card')).toEqual([]);
    await waitForText(us, 'Enter opens the debrief');
    await us.keyboard.press('Enter');
    await waitForScene(us, SCENE.viewer);

    await press(teacher, 'Class results');
    await waitForScene(teacher, SCENE.classResults);
    await waitForText(teacher, 'Table 1', 20_000);
    await shot(teacher, 'online-class-results');
    expect((await screenTexts(teacher)).some((t) => t.includes('Table 1'))).toBe(true);

    // While the network is down the seat's attempts to join again fail, as they should; nothing
    // else may.
    expect(
      watched.flatMap((w) => w.list).filter((p) => !p.includes('net::ERR_INTERNET_DISCONNECTED')),
    ).toEqual([]);
  }, 180_000);

  it('has a turn clock: a seat that does nothing passes when its clock runs out, and both seats see it', async () => {
    const made = await fetch(`${server.url}/api/classes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Long enough for both teams to join on a slow machine before the first quarter's clock runs out.
      body: JSON.stringify({ scenario: 'truce-2026', seed: 3, turns: 4, turnSeconds: 40 }),
    });
    const { classId, teacherToken } = (await made.json()) as {
      classId: string;
      teacherToken: string;
    };
    const link = `${server.url}/?class=${classId}`;
    const from = watched.length;
    const us = await join(link, 'Clocked', 'United States');
    const china = await join(link, 'Clocked', 'China');
    await waitForText(china, 'Your turn. ');
    await waitForText(china, ' s left');
    // The US plays a card and ends its turn within the first quarter's clock.
    await waitForText(us, 'QUARTER 1 OF');
    await playQuarter(us);
    await waitForText(us, 'Waiting for China to end their turn.');
    await waitForText(us, ' s left');
    await shot(us, 'online-seat-clock');
    expect((await screenTexts(us)).join(' ')).toContain('QUARTER 1 OF');
    // China presses nothing: its clock runs out, it passes, and the quarter ends for both.
    await waitForText(china, 'QUARTER 2 OF', 50_000);
    await waitForText(us, 'QUARTER 2 OF', 20_000);
    await waitForText(us, 'Your turn. ');
    const played = server.hub.game(classId, 'Clocked')?.snapshot.context.played[0];
    expect(played?.us).toHaveLength(1);
    expect(played?.china ?? []).toEqual([]);

    // The teacher gives every group a minute more on this quarter's clock: the seats show it.
    const teacher = await newPage(`${server.url}/`);
    // The title fetches the game's code ahead of need: leaving before it has come aborts it.
    await teacher.waitForLoadState('networkidle');
    await teacher.evaluate(
      ([id, token]) =>
        localStorage.setItem(
          `precursor.online.teacher.${id}`,
          JSON.stringify({ classId: id, teacherToken: token, settingsLine: '' }),
        ),
      [classId, teacherToken] as const,
    );
    await teacher.goto(`${server.url}/?teach=${classId}`);
    await waitForScene(teacher, SCENE.onlineClass);
    await waitForText(teacher, 'Clocked');
    const secondsLeft = async (page: Page) =>
      Number((await screenTexts(page)).join(' ').match(/(\d+) s left/)?.[1] ?? Number.NaN);
    expect(await secondsLeft(us)).toBeLessThanOrEqual(40);
    await pressCorner(teacher, '+1 min for every group');
    await waitForText(teacher, 'Every group has one more minute');
    await expect.poll(() => secondsLeft(us), { timeout: 10_000 }).toBeGreaterThan(60);
    await expect.poll(() => secondsLeft(china), { timeout: 10_000 }).toBeGreaterThan(60);
    // The dashboard counts the group's clock down too: more than a minute, as the seats show.
    const dashboardClock = async () =>
      (await screenTexts(teacher)).find((text) => /^\d+:\d\d$/.test(text)) ?? '';
    await expect.poll(dashboardClock, { timeout: 10_000 }).toMatch(/^1:\d\d$/);
    const first = await dashboardClock();
    await expect.poll(dashboardClock, { timeout: 10_000 }).not.toBe(first);
    await shot(teacher, 'online-dashboard-clock');

    // China's page switches to Chinese from the settings: the server sends its view in Chinese.
    const deaths = ZH_CN['indicator.deaths12m.label'] ?? 'missing';
    expect((await screenTexts(china)).join(' ')).not.toContain(deaths);
    await china.keyboard.press(',');
    await waitForScene(china, SCENE.settings);
    await china.keyboard.press('l');
    await china.keyboard.press('Escape');
    await waitForScene(china, SCENE.seat);
    await waitForText(china, deaths);
    await shot(china, 'online-seat-switched-zh');
    expect(watched.slice(from).flatMap((w) => w.list)).toEqual([]);
  }, 120_000);
});
