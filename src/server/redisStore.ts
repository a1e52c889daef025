import { Redis } from 'ioredis';
import type { Entry } from './group';
import {
  newerStore,
  STORE_VERSION,
  type Store,
  type StoredClass,
  type StoredClocks,
  type StoredGroup,
} from './store';

/** Every key the rooms keep in Redis starts with this. */
const PREFIX = 'precursor:';

const key = {
  /** The ids of the classes a process (by its public address) holds. */
  owned: (owner: string) => `${PREFIX}owner:${owner}`,
  /** A class's record, with the address of the process that holds it. */
  cls: (id: string) => `${PREFIX}class:${id}`,
  /** A class's group names in the order they were made. */
  names: (id: string) => `${PREFIX}groups:${id}`,
  /** A class's groups by name: who holds each side, the seat tokens. */
  groups: (id: string) => `${PREFIX}group:${id}`,
  /** One group's log of entries. */
  log: (id: string, group: string) => `${PREFIX}log:${id}:${group}`,
  /** The room engine's id of the process now running at an address. */
  process: (owner: string) => `${PREFIX}process:${owner}`,
  /** When the process at an address was last recorded running (ms). */
  alive: (owner: string) => `${PREFIX}alive:${owner}`,
  /** The layout of these keys (`STORE_VERSION`). */
  version: `${PREFIX}version`,
};

interface ClassRecord extends StoredClass {
  owner: string;
}

/**
 * The store when several processes share the classes: each class lives in Redis beside the
 * address of the process that holds it (the one that created it). A process reads the classes it
 * holds when it starts, so one started again at the same address carries on with them. Writes are
 * sent in order on one connection before the hub applies them; `close` waits until Redis has every
 * one. Unlike SQLite's, a write is not on disk when the move applies: a process killed at that
 * moment can lose what Redis had not yet received.
 */
export class RedisStore implements Store {
  private last: Promise<unknown> = Promise.resolve();
  private failed: Error | null = null;

  private constructor(
    private redis: Redis,
    private owner: string,
    private snapshot: {
      classes: StoredClass[];
      groups: Map<string, StoredGroup[]>;
      logs: Map<string, Entry[]>;
      alive: number | null;
    },
  ) {}

  /** Connects to `url` and reads every class the process at `owner` holds. */
  static async open(url: string, owner: string): Promise<RedisStore> {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    await redis.connect();
    const version = Number((await redis.get(key.version)) ?? 0);
    if (version > STORE_VERSION) {
      redis.disconnect();
      throw newerStore(url, version);
    }
    // Version 1 differs only in keeping no clocks: nothing to convert.
    await redis.set(key.version, String(STORE_VERSION));
    const alive = await redis.get(key.alive(owner));
    const ids = await redis.smembers(key.owned(owner));
    const classes: StoredClass[] = [];
    const groups = new Map<string, StoredGroup[]>();
    const logs = new Map<string, Entry[]>();
    for (const id of ids) {
      const text = await redis.get(key.cls(id));
      if (!text) continue;
      const { owner: _, ...c } = JSON.parse(text) as ClassRecord;
      classes.push(c);
      const names = await redis.lrange(key.names(id), 0, -1);
      const records = names.length ? await redis.hmget(key.groups(id), ...names) : [];
      const list: StoredGroup[] = [];
      for (const [i, name] of names.entries()) {
        const g = records[i];
        if (!g) continue;
        list.push({
          classId: id,
          name,
          ...(JSON.parse(g) as Omit<StoredGroup, 'classId' | 'name'>),
        });
        const entries = await redis.lrange(key.log(id, name), 0, -1);
        logs.set(
          `${id}\n${name}`,
          entries.map((e) => JSON.parse(e) as Entry),
        );
      }
      groups.set(id, list);
    }
    classes.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
    return new RedisStore(redis, owner, {
      classes,
      groups,
      logs,
      alive: alive === null ? null : Number(alive),
    });
  }

  /** Sends a write after every earlier one; a failure is reported once and on `close`. */
  private write(send: (r: Redis) => Promise<unknown>): void {
    this.last = this.last.then(() =>
      send(this.redis).catch((e: Error) => {
        if (!this.failed)
          process.stderr.write(`precursor: a write to Redis failed (${e.message})\n`);
        this.failed = e;
      }),
    );
  }

  addClass(c: StoredClass): void {
    const record: ClassRecord = { ...c, owner: this.owner };
    this.write((r) =>
      r.multi().set(key.cls(c.id), JSON.stringify(record)).sadd(key.owned(this.owner), c.id).exec(),
    );
  }

  addGroup(g: StoredGroup): void {
    const { classId, name, ...rest } = g;
    this.write((r) =>
      r
        .multi()
        .rpush(key.names(classId), name)
        .hset(key.groups(classId), name, JSON.stringify(rest))
        .exec(),
    );
  }

  /** Changes one field of a stored group. */
  private updateGroup(classId: string, name: string, change: Partial<StoredGroup>): void {
    this.write(async (r) => {
      const text = await r.hget(key.groups(classId), name);
      if (!text) return;
      const g = JSON.parse(text) as Omit<StoredGroup, 'classId' | 'name'>;
      await r.hset(key.groups(classId), name, JSON.stringify({ ...g, ...change }));
    });
  }

  setTokens(classId: string, name: string, tokens: StoredGroup['tokens']): void {
    this.updateGroup(classId, name, { tokens });
  }

  setClocks(classId: string, name: string, clocks: StoredClocks): void {
    this.updateGroup(classId, name, { clocks });
  }

  alive(now: number): void {
    this.write((r) => r.set(key.alive(this.owner), String(now)));
  }

  lastAlive(): number | null {
    return this.snapshot.alive;
  }

  append(classId: string, group: string, _seq: number, entry: Entry): void {
    this.write((r) => r.rpush(key.log(classId, group), JSON.stringify(entry)));
  }

  classes(): StoredClass[] {
    return this.snapshot.classes;
  }

  groups(classId: string): StoredGroup[] {
    return this.snapshot.groups.get(classId) ?? [];
  }

  entries(classId: string, group: string): Entry[] {
    return this.snapshot.logs.get(`${classId}\n${group}`) ?? [];
  }

  deleteClass(classId: string): void {
    this.write(async (r) => {
      const names = await r.lrange(key.names(classId), 0, -1);
      const logs = names.map((n) => key.log(classId, n));
      await r
        .multi()
        .del(key.cls(classId), key.names(classId), key.groups(classId), ...logs)
        .srem(key.owned(this.owner), classId)
        .exec();
    });
  }

  /** The address of the process that holds a class, or null when no process does. */
  async ownerOf(classId: string): Promise<string | null> {
    const text = await this.redis.get(key.cls(classId));
    return text ? (JSON.parse(text) as ClassRecord).owner : null;
  }

  /** Records that the room engine's process `processId` now runs at this store's address. */
  async register(processId: string): Promise<void> {
    await this.redis.set(key.process(this.owner), processId);
  }

  /** The room engine's id of the process running at `owner`, if one has registered. */
  async processAt(owner: string): Promise<string | null> {
    return this.redis.get(key.process(owner));
  }

  async close(): Promise<void> {
    await this.last;
    await this.redis.quit();
    if (this.failed) throw new Error(`a write to Redis failed (${this.failed.message})`);
  }
}
