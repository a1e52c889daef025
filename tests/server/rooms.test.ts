import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AI_LEVELS, US_POLICIES } from '../../src/core/vocabulary';
import { playSeat, SeatClient } from '../../src/online/seat';
import { TeacherClient } from '../../src/online/teacher';
import type { ObserverView, SeatView } from '../../src/server/group';
import { type RunningServer, startServer } from '../../src/server/server';
import { sentComposerView } from '../../src/view/offerText';
import { EN } from '../../src/words/en';
import { ZH_CN } from '../../src/words/zh-CN';
import { createClass, headlessCode, SETTINGS } from './helpers';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ db: ':memory:', creations: { burst: 40, perMinute: 1 } });
});
afterAll(async () => {
  await server?.close();
});

const seatView = (c: SeatClient) => c.view as SeatView;

async function twoSeats(group: string, settings: unknown = SETTINGS) {
  const { body } = await createClass(server.url, settings);
  const us = await SeatClient.join(server.wsUrl, { classId: body.classId, group, seat: 'us' });
  const china = await SeatClient.join(server.wsUrl, {
    classId: body.classId,
    group,
    seat: 'china',
  });
  await us.until((c) => c.view !== null && c.token !== null);
  await china.until((c) => c.view !== null && c.token !== null);
  return { classId: body.classId, teacherToken: body.teacherToken, us, china };
}

describe('a class', () => {
  it('is created with unguessable ids, and refused with the field named when its settings are wrong', async () => {
    const made = await createClass(server.url);
    expect(made.status).toBe(201);
    expect(made.body.classId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(made.body.teacherToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const bad = await createClass(server.url, { ...SETTINGS, turns: 'four' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/turns/);
    const unknown = await createClass(server.url, { ...SETTINGS, scenario: 'nowhere' });
    expect(unknown.body.error).toMatch(/scenario: unknown scenario 'nowhere'/);
  });

  it('answers its status and results to its teacher only', async () => {
    const { classId, teacherToken, us, china } = await twoSeats('status');
    const ask = (token: string) =>
      fetch(`${server.url}/api/classes/${classId}/status`, {
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await ask(teacherToken)).status).toBe(200);
    const student = await ask(us.token ?? '');
    expect(student.status).toBe(403);
    const body = (await (await ask(teacherToken)).json()) as { groups: { group: string }[] };
    expect(body.groups.map((g) => g.group)).toEqual(['status']);
    await Promise.all([us.leave(), china.leave()]);
  });
});

describe('deleting a class', () => {
  it('is for its teacher only, and takes its groups with it', async () => {
    const { classId, teacherToken, us, china } = await twoSeats('deleted');
    const del = (token: string) =>
      fetch(`${server.url}/api/classes/${classId}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await del(us.token ?? '')).status).toBe(403);
    expect(server.hub.hasClass(classId)).toBe(true);
    expect((await del(teacherToken)).status).toBe(200);
    expect(server.hub.hasClass(classId)).toBe(false);
    expect(server.hub.game(classId, 'deleted')).toBeUndefined();
    await Promise.all([us.leave(), china.leave()]);
  });
});

describe('seats', () => {
  it('hands out a token on the first join, refuses the seat to anyone without it, and gives it back with it', async () => {
    const { classId, us, china } = await twoSeats('tokens');
    const client = new Client(server.wsUrl);
    await expect(
      client.joinOrCreate('group', { classId, group: 'tokens', seat: 'us' }),
    ).rejects.toThrow(/token: the US seat of group 'tokens' is taken/);
    const token = us.token ?? '';
    await us.leave();
    const again = await SeatClient.join(server.wsUrl, {
      classId,
      group: 'tokens',
      seat: 'us',
      token,
    });
    await again.until((c) => c.view !== null);
    expect(seatView(again).side).toBe('us');
    // A seat token of one group is no key to another group's seat, nor to the other seat, nor to
    // the teacher's room.
    const other = await SeatClient.join(server.wsUrl, { classId, group: 'other', seat: 'us' });
    await other.until((c) => c.token !== null);
    await expect(
      client.joinOrCreate('group', { classId, group: 'other', seat: 'us', token }),
    ).rejects.toThrow(/token: the US seat of group 'other' is taken/);
    await other.leave();
    await expect(
      client.joinOrCreate('group', { classId, group: 'tokens', seat: 'china', token }),
    ).rejects.toThrow(/token: the China seat/);
    await expect(client.joinOrCreate('class', { classId, token })).rejects.toThrow(
      /no class with this id and teacher token/,
    );
    await Promise.all([again.leave(), china.leave()]);
  });

  it('knows a group by its name trimmed, and lets no observer make up a group', async () => {
    const { classId, us, china } = await twoSeats('Table 3');
    const watch = await SeatClient.join(server.wsUrl, {
      classId,
      group: ' Table 3 ',
      seat: 'observer',
    });
    await watch.until((c) => c.view !== null);
    us.send('turn.end');
    await watch.until((c) => c.view?.ended.us === true);
    await expect(
      new Client(server.wsUrl).joinOrCreate('group', {
        classId,
        group: 'Table 9',
        seat: 'observer',
      }),
    ).rejects.toThrow(/group: no group 'Table 9' in this class to watch/);
    await Promise.all([us.leave(), china.leave(), watch.leave()]);
  });

  it('refuses join options that fail validation, naming the field', async () => {
    const client = new Client(server.wsUrl);
    await expect(
      client.joinOrCreate('group', { classId: 'x', group: 'a', seat: 'us' }),
    ).rejects.toThrow(/classId: must be an id/);
    const { body } = await createClass(server.url);
    await expect(
      client.joinOrCreate('group', { classId: body.classId, group: 'a', seat: 'referee' }),
    ).rejects.toThrow(/seat/);
    await expect(
      client.joinOrCreate('group', { classId: body.classId, group: 'a', seat: 'us', lang: 'fr' }),
    ).rejects.toThrow(/lang/);
  });

  it('sends a seat that reads Chinese its view in Chinese', async () => {
    const { body } = await createClass(server.url);
    const seat = await SeatClient.join(server.wsUrl, {
      classId: body.classId,
      group: 'words',
      seat: 'us',
      lang: 'zh-CN',
    });
    await seat.until((c) => c.view !== null);
    const labels = (seat.view as SeatView).turn.indicators.map((i) => i.label);
    expect(labels).toContain(ZH_CN['indicator.deaths12m.label']);
    await seat.leave();
  });

  it('sends a seat and an observer their views in the language they switch to, and refuses one it does not know', async () => {
    const { body } = await createClass(server.url);
    const join = (seat: 'us' | 'observer') =>
      SeatClient.join(server.wsUrl, { classId: body.classId, group: 'switch', seat });
    const seat = await join('us');
    const watcher = await join('observer');
    await seat.until((c) => c.view !== null);
    await watcher.until((c) => c.view !== null);
    const seatLabels = () => (seat.view as SeatView).turn.indicators.map((i) => i.label);
    const watchLabels = () => (watcher.view as ObserverView).indicators.map((i) => i.label);
    expect(seatLabels()).toContain(EN['indicator.deaths12m.label']);
    const zh = ZH_CN['indicator.deaths12m.label'] ?? 'missing';
    seat.speak('zh-CN');
    watcher.speak('zh-CN');
    await seat.until(() => seatLabels().includes(zh));
    await watcher.until(() => watchLabels().includes(zh));
    seat.send('lang', { lang: 'fr' });
    expect(((await seat.next()).body as { message: string }).message).toMatch(/lang/);
    await seat.leave();
    await watcher.leave();
  });
});

describe('a seat', () => {
  it('acts only for its own side: another side’s move, or a message naming a side, is refused and nothing changes', async () => {
    const { classId, us, china } = await twoSeats('sides');
    const game = () => server.hub.game(classId, 'sides');
    const before = game()?.applied;
    us.send('move.add', { move: { type: 'announceConsensus' } });
    const refused = await us.next();
    expect(refused.type).toBe('error');
    expect(String((refused.body as { message: string }).message)).toMatch(/^move\.add: .*Chin/);
    us.send('turn.end', { side: 'china' });
    expect(((await us.next()).body as { message: string }).message).toMatch(/side/);
    expect(game()?.applied).toBe(before);
    expect(game()?.pending).toEqual({ us: [], china: [] });
    expect(game()?.ended).toEqual({ us: false, china: false });
    await Promise.all([us.leave(), china.leave()]);
  });

  it('has every message validated: a malformed move, an unknown type, a message too large: refused, nothing changes', async () => {
    const { classId, us, china } = await twoSeats('valid');
    const game = () => server.hub.game(classId, 'valid');
    const before = game()?.applied;
    const views = us.received.filter((m) => m.type === 'view').length;
    us.send('move.add', { move: { type: 'noSuchMove' } });
    expect(((await us.next()).body as { message: string }).message).toMatch(/move\.type/);
    us.send('game.win', {});
    expect(((await us.next()).body as { message: string }).message).toMatch(/type/);
    us.send('say', { text: 'x'.repeat(5000) });
    expect(((await us.next()).body as { message: string }).message).toMatch(/too large/);
    us.send('turn.auto', { policy: 'leverage' });
    expect(((await us.next()).body as { message: string }).message).toBe(
      `turn.auto: policy: 'leverage' is not a policy for the US (one of ${[...US_POLICIES, ...AI_LEVELS].join(', ')})`,
    );
    us.send('move.remove', { index: 3 });
    expect(((await us.next()).body as { message: string }).message).toMatch(
      /move\.remove: index: there is no pending move 3/,
    );
    expect(game()?.applied).toBe(before);
    expect(us.received.filter((m) => m.type === 'view').length).toBe(views);
    await Promise.all([us.leave(), china.leave()]);
  });

  it('is rate-limited: a flood is refused past the burst', async () => {
    const { us, china } = await twoSeats('flood');
    for (let i = 0; i < 60; i++) us.send('say', { text: `hello ${i}` });
    await us.until((c) => c.errors.some((e) => e.startsWith('rate:')));
    const said = await us
      .until((c) => (seatView(c).said.length ?? 0) >= 1)
      .then(() => seatView(us).said.length);
    expect(said).toBeLessThan(60);
    // And at most ten a quarter, however slowly they come.
    expect(said).toBeLessThanOrEqual(10);
    expect(us.errors).toContain('say: at most 10 messages a quarter from each side');
    await Promise.all([us.leave(), china.leave()]);
  });
});

describe('a game through the rooms', () => {
  it('played by two bots gives the replay code of the same game played headless', async () => {
    const { us, china } = await twoSeats('bots');
    await Promise.all([playSeat(us, 'us', 'reciprocal'), playSeat(china, 'china', 'expert')]);
    const code = headlessCode(SETTINGS, { us: 'reciprocal', china: 'expert' });
    expect(seatView(us).code).toBe(code);
    expect(seatView(china).code).toBe(code);
    await Promise.all([us.leave(), china.leave()]);
  });

  it('with the computer at one side: it plays as soon as its turn opens', async () => {
    const { body } = await createClass(server.url);
    const us = await SeatClient.join(server.wsUrl, {
      classId: body.classId,
      group: 'solo',
      seat: 'us',
      computer: 'leverage',
    });
    await playSeat(us, 'us', 'hawk');
    expect(seatView(us).code).toBe(headlessCode(SETTINGS, { us: 'hawk', china: 'leverage' }));
    await us.leave();
  });
});

describe('offers between the seats', () => {
  it('are composed by one seat from the terms it is sent, checked by the server, answered by the other, and the deal shows on both', async () => {
    const { us, china } = await twoSeats('offers');
    expect(seatView(us).scenario).toBe(SETTINGS.scenario);
    const sent = seatView(us).composer;
    expect(sent.proposal).toBeNull();
    // The first term the US could give and the first it could ask of China.
    const give = sent.give.findIndex((o) => o.refusal === null);
    const ask = sent.ask.findIndex((o) => o.refusal === null);
    expect(give).toBeGreaterThanOrEqual(0);
    expect(ask).toBeGreaterThanOrEqual(0);
    const composed = sentComposerView(sent, 'us', { give: [give], ask: [ask], within: 2 });
    expect(composed.refusal).toBeNull();
    // An offer the core refuses is refused by the server, naming why; nothing changes.
    us.send('move.add', { move: { type: 'proposeOffer', give: [], ask: [], within: 2 } });
    expect(((await us.next()).body as { message: string }).message).toMatch(
      /move\.add: .*must give or ask/,
    );
    us.send('move.add', { move: composed.move });
    await us.until((c) => seatView(c).composer.proposal !== null);
    expect(seatView(us).composer.draft).toEqual({ give: [give], ask: [ask], within: 2 });
    expect(seatView(us).turn.offers.proposing).toBe(composed.words);
    // The terms are sent once a quarter: the later views of the quarter leave them out.
    const views = us.received.filter((m) => m.type === 'view');
    expect(views.length).toBeGreaterThan(1);
    const withTerms = views.filter((m) => (m.body as SeatView).composer.give !== undefined);
    expect(withTerms).toHaveLength(1);
    // China sees nothing of it while it is pending; it goes on the table when the quarter ends.
    expect(seatView(china).turn.offers.toAnswer).toBeNull();
    us.send('turn.end');
    china.send('turn.end');
    await china.until((c) => seatView(c).quarter === 2);
    const offer = seatView(china).turn.offers.toAnswer;
    expect(offer?.text).toContain(sent.give[give]?.words);
    expect(offer?.text).toContain(sent.ask[ask]?.words);
    // The US, with its offer open, cannot make another.
    await us.until((c) => seatView(c).quarter === 2);
    expect(seatView(us).composer.blocked).toMatch(/open|table|answer/i);
    china.send('move.add', { move: { type: 'acceptOffer' } });
    await china.until((c) => seatView(c).turn.offers.toAnswer?.answer === 'accept');
    china.send('turn.end');
    us.send('turn.end');
    await Promise.all([
      us.until((c) => seatView(c).quarter === 3),
      china.until((c) => seatView(c).quarter === 3),
    ]);
    for (const seat of [us, china]) expect(seatView(seat).turn.offers.deals).toHaveLength(1);
    await Promise.all([us.leave(), china.leave()]);
  });
});

describe('hidden information', () => {
  /** Plays China's first playable cards, then the US's first, in two groups of one class. */
  it('never reaches the other seat: what the US receives is the same whatever China has pending, and holds no secret of China’s', async () => {
    const { body } = await createClass(server.url);
    const join = (group: string, seat: 'us' | 'china' | 'observer') =>
      SeatClient.join(server.wsUrl, { classId: body.classId, group, seat });
    const [usA, chinaA, usB, chinaB, watchA] = [
      await join('A', 'us'),
      await join('A', 'china'),
      await join('B', 'us'),
      await join('B', 'china'),
      await join('A', 'observer'),
    ];
    for (const c of [usA, chinaA, usB, chinaB, watchA]) await c.until((x) => x.view !== null);
    // China of group A picks three moves and keeps them pending; China of group B picks none.
    const playable = seatView(chinaA)
      .turn.cards.filter((c) => c.refusal === null)
      .slice(0, 3);
    expect(playable.length).toBeGreaterThan(0);
    for (const card of playable) {
      chinaA.send('move.add', { move: card.move });
      await chinaA.until((c) => seatView(c).turn.pending.some((p) => p.cardIndex === card.index));
    }
    // Both US seats play the same move and end their turn; then both Chinas end theirs.
    for (const us of [usA, usB]) {
      const card = seatView(us).turn.cards.find((c) => c.refusal === null);
      us.send('move.add', { move: card?.move });
      us.send('turn.end');
      await us.until((c) => seatView(c).ended.us);
    }
    // Everything but the seat token, which is random, and the server's time at joining.
    const beforeResolution = (c: SeatClient) =>
      JSON.stringify(c.received.filter((m) => m.type !== 'seat' && m.type !== 'time')).replaceAll(
        '"group":"A"',
        '"group":"B"',
      );
    const usSawA = beforeResolution(usA);
    const watchSawA = JSON.stringify(watchA.received);
    expect(usSawA).toBe(beforeResolution(usB));
    for (const china of [chinaA, chinaB]) china.send('turn.end');
    await usA.until((c) => seatView(c).quarter === 2);
    await Promise.all([
      playSeat(usA, 'us', 'pass'),
      playSeat(chinaA, 'china', 'pass'),
      watchA.until((c) => c.view?.over === true),
    ]);
    // Until the end: no seed, no code, no chips, no score of China's, in anything the US got.
    const untilOver = (c: SeatClient) =>
      JSON.stringify(c.received.filter((m) => !(m.body as { over?: boolean }).over));
    for (const text of [untilOver(usA), untilOver(watchA)]) {
      expect(text).not.toMatch(/Chips in hand|"seed"|p2\.[A-Za-z0-9_-]{8}/);
    }
    expect(untilOver(chinaA)).toMatch(/Chips in hand/);
    // While China's moves were pending, the observer saw nothing of them either.
    for (const card of playable) expect(watchSawA).not.toContain(card.title);
    // At the end, the ordinary replay code (which carries the seed) reaches both seats.
    expect(seatView(usA).code).toMatch(/^p2\./);
    for (const c of [usA, chinaA, usB, chinaB, watchA]) await c.leave();
  });
});

describe('the teacher', () => {
  it('pauses and resumes the class, sees the groups live, sends an event to every group, and hands a side to the computer', async () => {
    const { classId, teacherToken, us, china } = await twoSeats('taught');
    const room = await new Client(server.wsUrl).joinOrCreate('class', {
      classId,
      token: teacherToken,
    });
    const statuses: { groups: { group: string; waitingFor: string[]; holders: object }[] }[] = [];
    room.onMessage('status', (s) => statuses.push(s));
    room.onMessage('error', () => {});
    room.send('pause');
    await us.until((c) => seatView(c).paused);
    us.send('turn.end');
    expect(((await us.next()).body as { message: string }).message).toMatch(/paused/);
    room.send('resume');
    await us.until((c) => !seatView(c).paused);
    room.send('inject', { event: 'summit' });
    room.send('seat', { group: 'taught', side: 'china', holder: 'cooperative' });
    await us.until((c) => seatView(c).holders.china === 'cooperative' && seatView(c).ended.china);
    await playSeat(us, 'us', 'dove');
    const game = server.hub.game(classId, 'taught');
    expect(game?.snapshot.context.played[0]?.inject).toEqual(['summit']);
    await new Promise<void>((done) => {
      const check = () =>
        statuses.at(-1)?.groups[0]?.waitingFor.length === 0 ? done() : setTimeout(check, 20);
      check();
    });
    expect(statuses.at(-1)?.groups[0]?.holders).toEqual({ us: 'person', china: 'cooperative' });
    await room.leave();
    await Promise.all([us.leave(), china.leave()]);
  });
});

/** Resolves once `done` holds, checked every 20 ms; rejects after five seconds. */
function eventually(done: () => boolean): Promise<void> {
  const until = Date.now() + 5000;
  return new Promise((resolve, reject) => {
    const check = () =>
      done()
        ? resolve()
        : Date.now() > until
          ? reject(new Error('not so after 5 s'))
          : setTimeout(check, 20);
    check();
  });
}

describe('the teacher’s commands for one group', () => {
  it('send an event to that group only, hand its empty side to the computer and back to a person, and free a seat', async () => {
    const { classId, teacherToken, us, china } = await twoSeats('one');
    const other = await SeatClient.join(server.wsUrl, { classId, group: 'two', seat: 'us' });
    await other.until((c) => c.view !== null);
    const teacher = await TeacherClient.join(
      { http: server.url, ws: server.wsUrl },
      {
        classId,
        teacherToken,
      },
    );
    const errors: string[] = [];
    teacher.onError = (m) => errors.push(m);
    // Group one paused alone: group two plays on.
    teacher.pause('one');
    await us.until((c) => seatView(c).paused);
    expect(server.hub.game(classId, 'two')?.paused).toBe(false);
    teacher.resume('one');
    await us.until((c) => !seatView(c).paused);
    // This class has no clock to extend; a clock extended by nothing is refused, naming the field.
    teacher.extend(60, 'one');
    teacher.extend(0);
    await eventually(() => errors.length === 2);
    expect(errors[0]).toBe('extend: clock: this class has no turn clock');
    expect(errors[1]).toMatch(/seconds/);
    errors.length = 0;
    teacher.inject('summit', 'one');
    const injects = (group: string) => server.hub.game(classId, group)?.snapshot.context.injects;
    await eventually(() => injects('one')?.length === 1);
    expect(injects('two')).toEqual([]);
    // China of group two is empty: the computer takes it, then gives it back to a person.
    teacher.seat('two', 'china', 'expert');
    await other.until((c) => c.view?.holders.china === 'expert');
    teacher.seat('two', 'china', 'person');
    await other.until((c) => c.view?.holders.china === 'person');
    await Promise.all([playSeat(us, 'us', 'pass'), playSeat(china, 'china', 'pass')]).catch(
      () => {},
    );
    const played = (group: string) => server.hub.game(classId, group)?.snapshot.context.played;
    expect(played('one')?.[0]?.inject).toEqual(['summit']);
    expect(injects('two')).toEqual([]);
    // Freed, group one's US seat goes to the next person who joins it; the old token is refused.
    teacher.release('one', 'us');
    await eventually(() => !server.hub.holds(classId, 'one', 'us', us.token ?? ''));
    const taker = await SeatClient.join(server.wsUrl, { classId, group: 'one', seat: 'us' });
    await taker.until((c) => c.token !== null);
    expect(taker.token).not.toBe(us.token);
    expect(errors).toEqual([]);
    await teacher.leave();
    for (const c of [us, china, other, taker]) await c.leave();
  });
});

// Last: it spends what is left of the burst of class creations.
describe('creating classes', () => {
  it('is limited: past the burst, the server answers 429 and creates nothing', async () => {
    let status = 201;
    for (let i = 0; i < 41 && status === 201; i++) status = (await createClass(server.url)).status;
    expect(status).toBe(429);
  });
});
