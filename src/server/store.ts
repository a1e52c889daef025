import type { Entry } from './group';
import type { ClassSettingsInput, Holder } from './protocol';

/**
 * The layout of what the store holds. A store of a later version is refused rather than misread;
 * one of an earlier version is brought up to this one when it is opened.
 * 1: classes, groups, logs. 2: each group's turn clocks, and when the server was last running.
 */
export const STORE_VERSION = 2;

/** A store written by a later version of Precursor: what to say, naming where it is. */
export function newerStore(where: string, found: number): Error {
  return new Error(
    `${where}: written by a later version of Precursor (storage version ${found}; this one reads up to ${STORE_VERSION}). Run that version, or start with another --db.`,
  );
}

/**
 * A group's turn clocks as last set: the quarter they run in, each running clock's deadline and
 * each paused clock's time left (ms). Kept so a restarted server gives each seat the time it had.
 */
export interface StoredClocks {
  quarter: number;
  deadline: { us?: number; china?: number };
  left: { us?: number; china?: number };
}

/** A class as stored: its settings and the teacher's token. */
export interface StoredClass {
  id: string;
  teacherToken: string;
  settings: ClassSettingsInput;
  created: number;
}

/** A group as stored: who holds each side when it was made, and the seat tokens handed out. */
export interface StoredGroup {
  classId: string;
  name: string;
  holders: { us: Holder; china: Holder };
  tokens: { us?: string; china?: string };
  /** The turn clocks when the server last set them (none before any was set). */
  clocks?: StoredClocks;
}

/**
 * Where the server keeps classes, groups and their logs: one SQLite file on one machine
 * (`sqliteStore.ts`), Redis when several processes share the classes (`redisStore.ts`). Reads
 * happen once, when the server starts; every write is made before the hub applies it.
 */
export interface Store {
  addClass(c: StoredClass): void;
  addGroup(g: StoredGroup): void;
  setTokens(classId: string, name: string, tokens: StoredGroup['tokens']): void;
  setClocks(classId: string, name: string, clocks: StoredClocks): void;
  append(classId: string, group: string, seq: number, entry: Entry): void;
  /** Records that the server is running at `now` (ms): written every few seconds. */
  alive(now: number): void;
  /** When the server was last recorded running, before this start; null if never. */
  lastAlive(): number | null;
  /** Every class this server holds, oldest first. */
  classes(): StoredClass[];
  /** A class's groups in the order they were made. */
  groups(classId: string): StoredGroup[];
  entries(classId: string, group: string): Entry[];
  /** Deletes a class with its groups and their logs. */
  deleteClass(classId: string): void;
  /** Waits for every write, then lets go of the storage. */
  close(): void | Promise<void>;
}
