import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Side } from '../core/vocabulary';
import { classResults, type GroupResult } from '../machine/results';
import type { Language } from '../view/speaking';
import { type Entry, GroupGame, type GroupStatus, type SeatClock } from './group';
import { type ClassSettingsInput, type Holder, holderRefusal, type SeatName } from './protocol';
import type { Store, StoredClocks } from './store';

/** 16 random bytes, URL-safe: class ids, seat and teacher tokens. Unguessable, never derived. */
export const newId = (): string => randomBytes(16).toString('base64url');

/** Compares tokens in constant time. */
export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** The clock the hub reads for turn timers; tests hand it their own. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

interface Group {
  game: GroupGame;
  tokens: { us?: string; china?: string };
  timers: Partial<Record<Side, { handle: unknown; deadline: number }>>;
  /** Time left on a seat's clock while the class is paused, in ms. */
  left: Partial<Record<Side, number>>;
  /** The quarter the timers were set for. */
  timedQuarter: number;
  /** The clocks as last stored, to write only what changed. */
  storedClocks: string;
}

/** Each seat's turn clock of `group` (none when there is no group). */
function clocksOf(group: Group | undefined): Record<Side, SeatClock> {
  const of = (side: Side): SeatClock => ({
    deadline: group?.timers[side]?.deadline ?? null,
    leftMs: group?.left[side] ?? null,
  });
  return { us: of('us'), china: of('china') };
}

const newGroup = (game: GroupGame, tokens: Group['tokens']): Group => ({
  game,
  tokens,
  timers: {},
  left: {},
  timedQuarter: 0,
  storedClocks: '',
});

/**
 * A group's clocks as a restarted server takes them up: each seat gets the time it had left when
 * the server was last recorded running (`alive`), never more than a whole turn; the time the
 * server was down does not count against anyone.
 */
function resumeClocks(
  group: Group,
  clocks: StoredClocks | undefined,
  alive: number | null,
  turnMs: number,
): void {
  if (!clocks) return;
  group.timedQuarter = clocks.quarter;
  for (const side of ['us', 'china'] as const) {
    const left = clocks.left[side];
    const deadline = clocks.deadline[side];
    if (left !== undefined) group.left[side] = left;
    else if (deadline !== undefined && alive !== null)
      group.left[side] = Math.min(turnMs, Math.max(0, deadline - alive));
  }
}

interface Class {
  id: string;
  teacherToken: string;
  settings: ClassSettingsInput;
  created: number;
  groups: Map<string, Group>;
}

export type Listener = (classId: string, group: string) => void;

/** Most groups a class may hold. */
export const MAX_GROUPS = 60;

/**
 * Every class and group the server holds, their logs and their seats. Rooms call it; it stores
 * each entry before applying it and tells its listeners what changed. At start it reads the store
 * and replays every group's log from its seed, so a restarted server carries on where it was.
 */
export class Hub {
  private classes = new Map<string, Class>();
  private listeners = new Set<Listener>();

  constructor(
    private store: Store,
    private clock: Clock = SYSTEM_CLOCK,
  ) {
    for (const c of store.classes()) {
      const groups = new Map<string, Group>();
      const cls: Class = { ...c, groups };
      this.classes.set(c.id, cls);
      for (const g of store.groups(c.id)) {
        const game = new GroupGame(g.name, c.settings, g.holders);
        for (const entry of store.entries(c.id, g.name)) {
          // An entry that no longer applies (a log written under another model) stops the replay
          // of that group there, with a line on stderr, rather than the whole server.
          const refused = game.refusal(entry);
          if (refused) {
            process.stderr.write(
              `precursor: class ${c.id}, group '${g.name}': stored entry ${game.applied} no longer applies (${refused}); the game resumes before it\n`,
            );
            break;
          }
          game.apply(entry);
        }
        const group = newGroup(game, g.tokens);
        resumeClocks(group, g.clocks, store.lastAlive(), c.settings.turnSeconds * 1000);
        groups.set(g.name, group);
        // A computer's turn that was due when the server stopped is played now.
        this.afterChange(cls, g.name);
      }
    }
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  createClass(
    settings: ClassSettingsInput,
    now = this.clock.now(),
  ): { classId: string; teacherToken: string } {
    const c = { id: newId(), teacherToken: newId(), settings, created: now };
    this.store.addClass(c);
    this.classes.set(c.id, { ...c, groups: new Map() });
    return { classId: c.id, teacherToken: c.teacherToken };
  }

  hasClass(classId: string): boolean {
    return this.classes.has(classId);
  }

  /** The class if `token` is its teacher's. */
  teacher(classId: string, token: string): Result<ClassSettingsInput> {
    const c = this.classes.get(classId);
    if (!c || !sameToken(token, c.teacherToken))
      return fail('no class with this id and teacher token');
    return { ok: true, value: c.settings };
  }

  /** The seconds of a turn on the class's clock; 0 for no clock. */
  turnSeconds(classId: string): number {
    return this.classes.get(classId)?.settings.turnSeconds ?? 0;
  }

  game(classId: string, group: string): GroupGame | undefined {
    return this.classes.get(classId)?.groups.get(group)?.game;
  }

  /**
   * A player takes a seat: the first to sit at a side gets its token; rejoining with that token
   * takes the seat back; a side held by the computer or by someone else is refused. An observer
   * needs no token. A player joining a group that does not exist yet creates it (an observer
   * cannot).
   */
  join(
    classId: string,
    groupName: string,
    seat: SeatName,
    token: string | undefined,
    computer?: Holder,
  ): Result<{ token: string | null }> {
    const c = this.classes.get(classId);
    if (!c) return fail('classId: no class with this id');
    let group = c.groups.get(groupName);
    if (!group && seat === 'observer')
      return fail(`group: no group '${groupName}' in this class to watch`);
    if (!group) {
      if (c.groups.size >= MAX_GROUPS)
        return fail(`group: the class is full (${MAX_GROUPS} groups)`);
      const other: Side | null = seat === 'us' ? 'china' : seat === 'china' ? 'us' : null;
      const holders = { us: 'person', china: 'person' } as { us: Holder; china: Holder };
      if (other && computer) {
        const wrong = holderRefusal(other, computer);
        if (wrong) return fail(`computer: ${wrong}`);
        holders[other] = computer;
      }
      this.store.addGroup({ classId, name: groupName, holders, tokens: {} });
      group = newGroup(new GroupGame(groupName, c.settings, holders), {});
      c.groups.set(groupName, group);
      // A group that starts while the whole class is paused starts paused.
      const playing = [...c.groups.values()].filter((g) => g !== group && !g.game.over);
      if (playing.length > 0 && playing.every((g) => g.game.paused))
        this.commit(classId, group, { k: 'pause', paused: true });
    }
    if (seat === 'observer') return { ok: true, value: { token: null } };
    if (group.game.holders[seat] !== 'person')
      return fail(`seat: the ${seat === 'us' ? 'US' : 'China'} seat is played by the computer`);
    const held = group.tokens[seat];
    if (held) {
      if (sameToken(token, held)) return { ok: true, value: { token: held } };
      return fail(
        `token: the ${seat === 'us' ? 'US' : 'China'} seat of group '${groupName}' is taken; rejoin with its seat token`,
      );
    }
    const fresh = newId();
    group.tokens[seat] = fresh;
    this.store.setTokens(classId, groupName, group.tokens);
    this.afterChange(c, groupName);
    return { ok: true, value: { token: fresh } };
  }

  /**
   * The teacher frees a seat: its token no longer holds it, and the next person to join that side
   * takes it (a player whose device was lost, or who never got the token).
   */
  release(classId: string, groupName: string, side: Side): Result<null> {
    const c = this.classes.get(classId);
    const group = c?.groups.get(groupName);
    if (!c || !group) return fail(`group: no group '${groupName}' in this class`);
    delete group.tokens[side];
    this.store.setTokens(classId, groupName, group.tokens);
    this.notify(classId, groupName);
    return { ok: true, value: null };
  }

  /** Whether `token` holds `side` of the group now. */
  holds(classId: string, groupName: string, side: Side, token: string): boolean {
    return sameToken(token, this.classes.get(classId)?.groups.get(groupName)?.tokens[side]);
  }

  /**
   * Applies an entry to a group: refused in words with nothing changed, or stored, applied, and
   * followed by any computer turns it makes due.
   */
  act(classId: string, groupName: string, entry: Entry): Result<null> {
    const c = this.classes.get(classId);
    const group = c?.groups.get(groupName);
    if (!c || !group) return fail(`group: no group '${groupName}' in this class`);
    const refusal =
      (entry.k === 'seat' ? holderRefusal(entry.side, entry.holder) : null) ??
      group.game.refusal(entry);
    if (refusal) return fail(refusal);
    this.commit(classId, group, entry);
    this.afterChange(c, groupName);
    return { ok: true, value: null };
  }

  private commit(classId: string, group: Group, entry: Entry): void {
    this.store.append(classId, group.game.name, group.game.applied, entry);
    group.game.apply(entry);
  }

  /** Plays the computer's turns that are due, sets the turn clocks, and tells the listeners. */
  private afterChange(c: Class, groupName: string): void {
    const group = c.groups.get(groupName);
    if (!group) return;
    for (let due = group.game.computerTurns(); due.length; due = group.game.computerTurns())
      for (const entry of due) if (!group.game.refusal(entry)) this.commit(c.id, group, entry);
    this.setTimers(c, groupName, group);
    this.notify(c.id, groupName);
  }

  /** Tells the listeners that a group changed. */
  private notify(classId: string, groupName: string): void {
    for (const listener of this.listeners) listener(classId, groupName);
  }

  /**
   * A person's seat whose clock runs out ends its turn with what it has picked: a pass if nothing.
   * While the class is paused the clocks stand still and keep what was left.
   */
  private setTimers(c: Class, groupName: string, group: Group): void {
    this.runClocks(c, groupName, group);
    const clocks: StoredClocks = {
      quarter: group.timedQuarter,
      deadline: {},
      left: { ...group.left },
    };
    for (const side of ['us', 'china'] as const) {
      const t = group.timers[side];
      if (t) clocks.deadline[side] = t.deadline;
    }
    const text = JSON.stringify(clocks);
    if (text === group.storedClocks) return;
    group.storedClocks = text;
    this.store.setClocks(c.id, groupName, clocks);
  }

  private runClocks(c: Class, groupName: string, group: Group): void {
    const game = group.game;
    const quarter = game.over ? -1 : game.game.turn + 1;
    if (quarter !== group.timedQuarter) {
      this.clearTimers(group);
      group.left = {};
      group.timedQuarter = quarter;
    }
    if (c.settings.turnSeconds <= 0 || game.over) return;
    if (game.paused) {
      const now = this.clock.now();
      for (const side of ['us', 'china'] as const) {
        const timer = group.timers[side];
        if (timer) group.left[side] = Math.max(0, timer.deadline - now);
      }
      this.clearTimers(group);
      return;
    }
    for (const side of ['us', 'china'] as const) {
      if (game.holders[side] !== 'person' || game.ended[side] || group.timers[side] !== undefined)
        continue;
      const ms = group.left[side] ?? c.settings.turnSeconds * 1000;
      delete group.left[side];
      const handle = this.clock.setTimeout(() => {
        delete group.timers[side];
        if (game.game.turn + 1 === quarter && !game.ended[side])
          this.act(c.id, groupName, { k: 'end', side, timeout: true });
      }, ms);
      group.timers[side] = { handle, deadline: this.clock.now() + ms };
    }
  }

  private clearTimers(group: Group): void {
    for (const t of Object.values(group.timers)) if (t) this.clock.clearTimeout(t.handle);
    group.timers = {};
  }

  /**
   * The teacher gives the seats of a group (or of every group) `ms` more on this quarter's clock:
   * a running clock's deadline moves on, a paused one keeps that much more. Seats that have ended
   * their turn, games that are over and classes without a clock are left alone. The errors, one
   * per group refused.
   */
  extend(classId: string, groupName: string | undefined, ms: number): string[] {
    const c = this.classes.get(classId);
    if (!c) return ['class: no such class'];
    if (c.settings.turnSeconds <= 0) return ['clock: this class has no turn clock'];
    const names = groupName === undefined ? [...c.groups.keys()] : [groupName];
    return names.flatMap((name) => {
      const group = c.groups.get(name);
      if (!group) return [`${name}: no group '${name}' in this class`];
      if (group.game.over) return groupName === undefined ? [] : [`${name}: the game is over`];
      for (const side of ['us', 'china'] as const) {
        const left = group.left[side];
        if (left !== undefined) group.left[side] = left + ms;
        const timer = group.timers[side];
        if (!timer) continue;
        // The clock starts again from its new deadline.
        this.clock.clearTimeout(timer.handle);
        delete group.timers[side];
        group.left[side] = timer.deadline + ms - this.clock.now();
      }
      this.setTimers(c, name, group);
      this.notify(classId, name);
      return [];
    });
  }

  /** Each seat's turn clock, for the views: the same deadline on every device. */
  clocks(classId: string, groupName: string): Record<Side, SeatClock> {
    return clocksOf(this.classes.get(classId)?.groups.get(groupName));
  }

  /**
   * A teacher's command for the whole class: pause, resume, or end every game where it is. Groups
   * whose game is over are left alone, and so are groups already paused (or running) for a pause
   * (or a resume). The errors, one per group refused.
   */
  everyGroup(classId: string, entry: Entry): string[] {
    const c = this.classes.get(classId);
    if (!c) return ['class: no such class'];
    return [...c.groups.values()]
      .filter((g) => !g.game.over && (entry.k !== 'pause' || g.game.paused !== entry.paused))
      .flatMap((g) => {
        const done = this.act(classId, g.game.name, entry);
        return done.ok ? [] : [`${g.game.name}: ${done.error}`];
      });
  }

  /** Every group's line on the dashboard, its words in `lng`. */
  statuses(classId: string, lng: Language = 'en'): GroupStatus[] {
    const c = this.classes.get(classId);
    return c
      ? [...c.groups.values()].map((g) => ({
          ...g.game.status(lng),
          seated: { us: g.tokens.us !== undefined, china: g.tokens.china !== undefined },
          clocks: clocksOf(g),
        }))
      : [];
  }

  /** The class results table, built from every group's log: no codes to paste. */
  results(classId: string): GroupResult[] {
    const c = this.classes.get(classId);
    if (!c) return [];
    const lines = [...c.groups.values()].map((g) => ({ group: g.game.name, code: g.game.code() }));
    return classResults(lines, c.settings);
  }

  /** Deletes a class, its groups and their logs, here and in the store. */
  deleteClass(classId: string): void {
    const c = this.classes.get(classId);
    if (!c) return;
    for (const g of c.groups.values()) this.clearTimers(g);
    this.classes.delete(classId);
    this.store.deleteClass(classId);
  }

  /** Deletes the classes created more than `days` days before `now`: their ids. */
  expire(days: number, now = this.clock.now()): string[] {
    const old = [...this.classes.values()]
      .filter((c) => c.created < now - days * 86_400_000)
      .map((c) => c.id);
    for (const id of old) this.deleteClass(id);
    return old;
  }

  /** Records in the store that the server is running now (called every few seconds). */
  heartbeat(): void {
    this.store.alive(this.clock.now());
  }

  /** Stops every turn clock (the server is closing). */
  stop(): void {
    for (const c of this.classes.values()) for (const g of c.groups.values()) this.clearTimers(g);
  }
}
