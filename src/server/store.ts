import type { Entry } from './group';
import type { ClassSettingsInput, Holder } from './protocol';

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
  append(classId: string, group: string, seq: number, entry: Entry): void;
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
