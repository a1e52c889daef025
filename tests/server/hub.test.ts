import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { AI_LEVELS, CHINA_POLICIES, type Move } from '../../src/core/vocabulary';
import { type Clock, Hub } from '../../src/server/hub';
import { SqliteStore } from '../../src/server/sqliteStore';
import { STORE_VERSION } from '../../src/server/store';
import { SETTINGS } from './helpers';

/** A clock whose timers fire only when the test says. */
function manualClock() {
  const timers = new Map<number, () => void>();
  let next = 1;
  const time = { now: 1_000_000 };
  const clock: Clock = {
    now: () => time.now,
    setTimeout: (fn) => {
      timers.set(next, fn);
      return next++;
    },
    clearTimeout: (h) => void timers.delete(h as number),
  };
  const fireAll = () => {
    const due = [...timers.values()];
    timers.clear();
    for (const fn of due) fn();
  };
  return { clock, timers, fireAll, time };
}

const dir = mkdtempSync(join(tmpdir(), 'precursor-hub-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const firstCard = (hub: Hub, classId: string, group: string, side: 'us' | 'china'): Move => {
  const card = hub
    .game(classId, group)
    ?.seatView(side)
    .turn.cards.find((c) => c.refusal === null);
  if (!card) throw new Error('no playable card');
  return card.move;
};

describe('the turn clock', () => {
  it('ends a seat’s turn when it runs out: what it picked is played, a pass if nothing', () => {
    const { clock, timers, fireAll } = manualClock();
    const hub = new Hub(new SqliteStore(':memory:'), clock);
    const { classId } = hub.createClass({ ...SETTINGS, turnSeconds: 60 });
    hub.join(classId, 'g', 'us', undefined);
    hub.join(classId, 'g', 'china', undefined);
    expect(timers.size).toBe(2);
    const move = firstCard(hub, classId, 'g', 'us');
    expect(hub.act(classId, 'g', { k: 'add', side: 'us', move })).toEqual({
      ok: true,
      value: null,
    });
    fireAll();
    const game = hub.game(classId, 'g');
    expect(game?.snapshot.context.played).toEqual([{ us: [move], china: [], inject: [] }]);
    // The next quarter has its own clocks.
    expect(timers.size).toBe(2);
    hub.stop();
    expect(timers.size).toBe(0);
  });
});

describe('a restarted hub', () => {
  it('resumes every group from the stored log: the same pending moves, quarter, tokens and code', () => {
    const file = join(dir, 'resume.sqlite');
    const store = new SqliteStore(file);
    const hub = new Hub(store);
    const { classId, teacherToken } = hub.createClass(SETTINGS);
    const us = hub.join(classId, 'g', 'us', undefined);
    hub.join(classId, 'g', 'china', undefined);
    hub.join(classId, 'solo', 'us', undefined, 'expert');
    hub.act(classId, 'g', { k: 'add', side: 'us', move: firstCard(hub, classId, 'g', 'us') });
    hub.act(classId, 'g', { k: 'end', side: 'us' });
    hub.act(classId, 'g', { k: 'auto', side: 'china', moves: [] });
    hub.act(classId, 'g', { k: 'add', side: 'china', move: firstCard(hub, classId, 'g', 'china') });
    hub.act(classId, 'g', { k: 'say', side: 'china', text: 'your move' });
    hub.act(classId, 'solo', { k: 'end', side: 'us' });
    const before = ['g', 'solo'].map((g) => {
      const game = hub.game(classId, g);
      return { pending: game?.pending, ended: game?.ended, said: game?.said, code: game?.code() };
    });
    store.close();

    const again = new Hub(new SqliteStore(file));
    const after = ['g', 'solo'].map((g) => {
      const game = again.game(classId, g);
      return { pending: game?.pending, ended: game?.ended, said: game?.said, code: game?.code() };
    });
    expect(after).toEqual(before);
    expect(again.game(classId, 'g')?.game.turn).toBe(1);
    expect(again.teacher(classId, teacherToken).ok).toBe(true);
    const token = us.ok ? (us.value.token ?? undefined) : undefined;
    expect(again.join(classId, 'g', 'us', token)).toEqual({ ok: true, value: { token } });
    expect(again.join(classId, 'g', 'us', undefined).ok).toBe(false);
  });
});

describe('a restarted hub’s turn clocks', () => {
  it('give each seat the time it had left when the server was last running; the time it was down does not count', () => {
    const file = join(dir, 'clocks.sqlite');
    const { clock, time } = manualClock();
    const store = new SqliteStore(file);
    const hub = new Hub(store, clock);
    const { classId } = hub.createClass({ ...SETTINGS, turnSeconds: 60 });
    hub.join(classId, 'g', 'us', undefined);
    hub.join(classId, 'g', 'china', undefined);
    hub.join(classId, 'p', 'us', undefined);
    hub.join(classId, 'p', 'china', undefined);
    time.now += 20_000;
    hub.act(classId, 'p', { k: 'pause', paused: true });
    time.now += 5_000;
    hub.heartbeat();
    // Killed: nothing is stopped or closed. It is started again ten minutes later.
    time.now += 600_000;
    const again = new Hub(new SqliteStore(file), clock);
    expect(again.clocks(classId, 'g').us).toEqual({ deadline: time.now + 35_000, leftMs: null });
    expect(again.clocks(classId, 'g').china.deadline).toBe(time.now + 35_000);
    // A paused group keeps what it had when it was paused.
    expect(again.clocks(classId, 'p').us).toEqual({ deadline: null, leftMs: 40_000 });
    again.act(classId, 'p', { k: 'pause', paused: false });
    expect(again.clocks(classId, 'p').us.deadline).toBe(time.now + 40_000);
    again.stop();
    store.close();
  });
});

describe('the store’s version', () => {
  it('brings a file of the first layout up to this one, and refuses a file of a later one', () => {
    const old = join(dir, 'v1.sqlite');
    const db = new Database(old);
    db.exec(`
      CREATE TABLE classes (id TEXT PRIMARY KEY, teacher_token TEXT NOT NULL, settings TEXT NOT NULL, created INTEGER NOT NULL);
      CREATE TABLE groups (class_id TEXT NOT NULL, name TEXT NOT NULL, holders TEXT NOT NULL, tokens TEXT NOT NULL, PRIMARY KEY (class_id, name));
      CREATE TABLE entries (class_id TEXT NOT NULL, grp TEXT NOT NULL, seq INTEGER NOT NULL, entry TEXT NOT NULL, PRIMARY KEY (class_id, grp, seq));
    `);
    db.prepare('INSERT INTO classes VALUES (?, ?, ?, ?)').run(
      'c',
      't',
      JSON.stringify(SETTINGS),
      1,
    );
    db.prepare('INSERT INTO groups VALUES (?, ?, ?, ?)').run(
      'c',
      'g',
      '{"us":"person","china":"person"}',
      '{}',
    );
    db.close();
    const store = new SqliteStore(old);
    expect(store.groups('c')).toEqual([
      { classId: 'c', name: 'g', holders: { us: 'person', china: 'person' }, tokens: {} },
    ]);
    store.setClocks('c', 'g', { quarter: 1, deadline: { us: 5 }, left: {} });
    expect(store.groups('c')[0]?.clocks).toEqual({ quarter: 1, deadline: { us: 5 }, left: {} });
    store.close();

    const later = join(dir, 'later.sqlite');
    const newer = new Database(later);
    newer.pragma(`user_version = ${STORE_VERSION + 1}`);
    newer.close();
    expect(() => new SqliteStore(later)).toThrow(
      `${later}: written by a later version of Precursor (storage version ${STORE_VERSION + 1}`,
    );
  });
});

describe('a stored log that no longer applies', () => {
  it('resumes its group before the entry, and the rest of the server starts', () => {
    const file = join(dir, 'stale.sqlite');
    const store = new SqliteStore(file);
    const hub = new Hub(store);
    const { classId } = hub.createClass(SETTINGS);
    hub.join(classId, 'g', 'us', undefined);
    hub.join(classId, 'ok', 'us', undefined);
    hub.act(classId, 'ok', { k: 'end', side: 'us' });
    store.append(classId, 'g', 0, { k: 'remove', side: 'us', index: 5 });
    store.append(classId, 'g', 1, { k: 'end', side: 'us' });
    store.close();
    const write = process.stderr.write;
    const lines: string[] = [];
    process.stderr.write = ((line: string) => lines.push(line) > 0) as typeof write;
    let again: Hub;
    try {
      again = new Hub(new SqliteStore(file));
    } finally {
      process.stderr.write = write;
    }
    expect(again.game(classId, 'g')?.applied).toBe(0);
    expect(again.game(classId, 'ok')?.ended.us).toBe(true);
    expect(lines.join('')).toMatch(/group 'g': stored entry 0 no longer applies/);
  });
});

describe('a seat the teacher frees', () => {
  it('goes to the next person who joins that side; the old token no longer holds it', () => {
    const hub = new Hub(new SqliteStore(':memory:'));
    const { classId } = hub.createClass(SETTINGS);
    const first = hub.join(classId, 'g', 'us', undefined);
    const old = first.ok ? (first.value.token ?? '') : '';
    expect(hub.join(classId, 'g', 'us', undefined).ok).toBe(false);
    expect(hub.release(classId, 'g', 'us')).toEqual({ ok: true, value: null });
    expect(hub.holds(classId, 'g', 'us', old)).toBe(false);
    const next = hub.join(classId, 'g', 'us', undefined);
    expect(next.ok && next.value.token !== old).toBe(true);
    expect(hub.join(classId, 'g', 'us', old).ok).toBe(false);
  });

  it('goes to the computer only at a policy of that side', () => {
    const hub = new Hub(new SqliteStore(':memory:'));
    const { classId } = hub.createClass(SETTINGS);
    expect(hub.join(classId, 'g', 'us', undefined, 'hawk')).toEqual({
      ok: false,
      error: `computer: 'hawk' is not a policy for China (one of ${[...CHINA_POLICIES, ...AI_LEVELS].join(', ')})`,
    });
    hub.join(classId, 'g', 'us', undefined, 'expert');
    expect(hub.act(classId, 'g', { k: 'seat', side: 'us', holder: 'leverage' }).ok).toBe(false);
    expect(hub.act(classId, 'g', { k: 'seat', side: 'us', holder: 'dove' }).ok).toBe(true);
  });
});

describe('retention', () => {
  it('deletes the classes older than the retention period, with their groups and logs', () => {
    const file = join(dir, 'retention.sqlite');
    const store = new SqliteStore(file);
    const hub = new Hub(store);
    const day = 86_400_000;
    const now = 100 * day;
    const old = hub.createClass(SETTINGS, now - 31 * day);
    const recent = hub.createClass(SETTINGS, now - 29 * day);
    hub.join(old.classId, 'g', 'us', undefined);
    hub.act(old.classId, 'g', { k: 'end', side: 'us' });
    expect(hub.expire(30, now)).toEqual([old.classId]);
    expect(hub.hasClass(old.classId)).toBe(false);
    expect(hub.hasClass(recent.classId)).toBe(true);
    expect(store.entries(old.classId, 'g')).toEqual([]);
    expect(store.groups(old.classId)).toEqual([]);
    store.close();
    expect(new Hub(new SqliteStore(file)).hasClass(old.classId)).toBe(false);
  });
});

describe('the teacher’s class-wide commands', () => {
  it('pause every group: no seat acts and the clocks stand still; resume gives back the time that was left', () => {
    const { clock, timers, time } = manualClock();
    const hub = new Hub(new SqliteStore(':memory:'), clock);
    const { classId } = hub.createClass({ ...SETTINGS, turnSeconds: 60 });
    for (const g of ['a', 'b']) {
      hub.join(classId, g, 'us', undefined);
      hub.join(classId, g, 'china', undefined, 'leverage');
    }
    time.now += 20_000;
    expect(hub.everyGroup(classId, { k: 'pause', paused: true })).toEqual([]);
    expect(timers.size).toBe(0);
    expect(hub.clocks(classId, 'a').us).toEqual({ deadline: null, leftMs: 40_000 });
    const move = firstCard(hub, classId, 'a', 'us');
    expect(hub.act(classId, 'a', { k: 'add', side: 'us', move })).toEqual({
      ok: false,
      error: 'the game is paused: wait for the teacher to resume it',
    });
    // A group that joins during the pause starts paused; the computer waits too.
    hub.join(classId, 'c', 'us', undefined, 'leverage');
    expect(hub.game(classId, 'c')?.paused).toBe(true);
    expect(hub.game(classId, 'c')?.ended.china).toBe(false);
    time.now += 600_000;
    expect(hub.everyGroup(classId, { k: 'pause', paused: false })).toEqual([]);
    expect(hub.clocks(classId, 'a').us).toEqual({ deadline: time.now + 40_000, leftMs: null });
    expect(hub.game(classId, 'c')?.ended.china).toBe(true);
    expect(hub.act(classId, 'a', { k: 'add', side: 'us', move }).ok).toBe(true);
  });

  it('pause one group: the others play on, a new group starts running, and pausing every group leaves it paused', () => {
    const { clock, timers, time } = manualClock();
    const hub = new Hub(new SqliteStore(':memory:'), clock);
    const { classId } = hub.createClass({ ...SETTINGS, turnSeconds: 60 });
    for (const g of ['a', 'b']) hub.join(classId, g, 'us', undefined, 'leverage');
    time.now += 15_000;
    expect(hub.act(classId, 'a', { k: 'pause', paused: true }).ok).toBe(true);
    expect(hub.clocks(classId, 'a').us).toEqual({ deadline: null, leftMs: 45_000 });
    expect(hub.clocks(classId, 'b').us.deadline).toBe(time.now + 45_000);
    // The dashboard's table carries each group's clocks.
    expect(hub.statuses(classId).map((g) => g.clocks?.us)).toEqual([
      { deadline: null, leftMs: 45_000 },
      { deadline: time.now + 45_000, leftMs: null },
    ]);
    expect(timers.size).toBe(1);
    expect(
      hub.act(classId, 'b', { k: 'add', side: 'us', move: firstCard(hub, classId, 'b', 'us') }).ok,
    ).toBe(true);
    hub.join(classId, 'c', 'us', undefined, 'leverage');
    expect(hub.game(classId, 'c')?.paused).toBe(false);
    // Every group: the ones running pause, the one already paused is no error.
    expect(hub.everyGroup(classId, { k: 'pause', paused: true })).toEqual([]);
    expect(['a', 'b', 'c'].map((g) => hub.game(classId, g)?.paused)).toEqual([true, true, true]);
    expect(hub.everyGroup(classId, { k: 'pause', paused: false })).toEqual([]);
    expect(['a', 'b', 'c'].map((g) => hub.game(classId, g)?.paused)).toEqual([false, false, false]);
  });

  it('extend a clock: a running one runs out that much later, a paused one keeps that much more, for one group or all', () => {
    const { clock, timers, time, fireAll } = manualClock();
    const hub = new Hub(new SqliteStore(':memory:'), clock);
    const { classId } = hub.createClass({ ...SETTINGS, turnSeconds: 60 });
    for (const g of ['a', 'b']) hub.join(classId, g, 'us', undefined, 'leverage');
    time.now += 50_000;
    expect(hub.extend(classId, 'a', 30_000)).toEqual([]);
    expect(hub.clocks(classId, 'a').us).toEqual({ deadline: time.now + 40_000, leftMs: null });
    expect(hub.clocks(classId, 'b').us).toEqual({ deadline: time.now + 10_000, leftMs: null });
    expect(timers.size).toBe(2);
    expect(hub.act(classId, 'b', { k: 'pause', paused: true }).ok).toBe(true);
    expect(hub.extend(classId, undefined, 60_000)).toEqual([]);
    expect(hub.clocks(classId, 'a').us.deadline).toBe(time.now + 100_000);
    expect(hub.clocks(classId, 'b').us).toEqual({ deadline: null, leftMs: 70_000 });
    // The old deadline's timer is gone: only the new one ends the turn.
    expect(timers.size).toBe(1);
    fireAll();
    expect(hub.game(classId, 'a')?.snapshot.context.played).toHaveLength(1);
    expect(hub.extend(classId, 'nobody', 1000)).toEqual([
      "nobody: no group 'nobody' in this class",
    ]);
    const untimed = hub.createClass(SETTINGS).classId;
    expect(hub.extend(untimed, undefined, 1000)).toEqual(['clock: this class has no turn clock']);
  });

  it('end every game where it is: its code holds the quarters played', () => {
    const hub = new Hub(new SqliteStore(':memory:'));
    const { classId } = hub.createClass(SETTINGS);
    hub.join(classId, 'a', 'us', undefined, 'leverage');
    hub.act(classId, 'a', { k: 'end', side: 'us' });
    expect(hub.everyGroup(classId, { k: 'quit' })).toEqual([]);
    const game = hub.game(classId, 'a');
    expect(game?.over).toBe(true);
    expect(game?.snapshot.context.played).toHaveLength(1);
    expect(hub.act(classId, 'a', { k: 'end', side: 'us' })).toEqual({
      ok: false,
      error: 'the game is over',
    });
    expect(hub.results(classId)[0]?.flag).toEqual({ kind: 'quarters', played: 1, expected: 4 });
  });
});
