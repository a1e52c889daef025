import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Entry } from './group';
import {
  newerStore,
  STORE_VERSION,
  type Store,
  type StoredClass,
  type StoredClocks,
  type StoredGroup,
} from './store';

/**
 * The server's storage on one machine: classes, groups and every group's log of entries, in one
 * SQLite file. Each entry is written before it is applied, in a write-ahead log that survives the
 * process being killed, so a restarted server replays every game from its seed to where it was.
 */
export class SqliteStore implements Store {
  private db: Database.Database;
  private insertEntry: Database.Statement;
  private updateTokens: Database.Statement;
  private updateClocks: Database.Statement;
  private writeAlive: Database.Statement;
  private aliveBefore: number | null;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > STORE_VERSION) {
      this.db.close();
      throw newerStore(file, version);
    }
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS classes (
        id TEXT PRIMARY KEY, teacher_token TEXT NOT NULL, settings TEXT NOT NULL, created INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS groups (
        class_id TEXT NOT NULL, name TEXT NOT NULL, holders TEXT NOT NULL, tokens TEXT NOT NULL,
        PRIMARY KEY (class_id, name));
      CREATE TABLE IF NOT EXISTS entries (
        class_id TEXT NOT NULL, grp TEXT NOT NULL, seq INTEGER NOT NULL, entry TEXT NOT NULL,
        PRIMARY KEY (class_id, grp, seq));
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
    // Version 1 (or a file from before versions were kept) had no clocks.
    const columns = this.db.prepare('PRAGMA table_info(groups)').all() as { name: string }[];
    if (!columns.some((c) => c.name === 'clocks'))
      this.db.exec('ALTER TABLE groups ADD COLUMN clocks TEXT');
    this.db.pragma(`user_version = ${STORE_VERSION}`);
    this.updateClocks = this.db.prepare(
      'UPDATE groups SET clocks = ? WHERE class_id = ? AND name = ?',
    );
    this.writeAlive = this.db.prepare(
      "INSERT INTO meta (key, value) VALUES ('alive', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    );
    const alive = this.db.prepare("SELECT value FROM meta WHERE key = 'alive'").get() as
      | { value: string }
      | undefined;
    this.aliveBefore = alive ? Number(alive.value) : null;
    this.insertEntry = this.db.prepare(
      'INSERT INTO entries (class_id, grp, seq, entry) VALUES (?, ?, ?, ?)',
    );
    this.updateTokens = this.db.prepare(
      'UPDATE groups SET tokens = ? WHERE class_id = ? AND name = ?',
    );
  }

  addClass(c: StoredClass): void {
    this.db
      .prepare('INSERT INTO classes (id, teacher_token, settings, created) VALUES (?, ?, ?, ?)')
      .run(c.id, c.teacherToken, JSON.stringify(c.settings), c.created);
  }

  addGroup(g: StoredGroup): void {
    this.db
      .prepare('INSERT INTO groups (class_id, name, holders, tokens) VALUES (?, ?, ?, ?)')
      .run(g.classId, g.name, JSON.stringify(g.holders), JSON.stringify(g.tokens));
  }

  setTokens(classId: string, name: string, tokens: StoredGroup['tokens']): void {
    this.updateTokens.run(JSON.stringify(tokens), classId, name);
  }

  setClocks(classId: string, name: string, clocks: StoredClocks): void {
    this.updateClocks.run(JSON.stringify(clocks), classId, name);
  }

  alive(now: number): void {
    this.writeAlive.run(String(now));
  }

  lastAlive(): number | null {
    return this.aliveBefore;
  }

  append(classId: string, group: string, seq: number, entry: Entry): void {
    this.insertEntry.run(classId, group, seq, JSON.stringify(entry));
  }

  classes(): StoredClass[] {
    const rows = this.db.prepare('SELECT * FROM classes ORDER BY created, id').all() as {
      id: string;
      teacher_token: string;
      settings: string;
      created: number;
    }[];
    return rows.map((r) => ({
      id: r.id,
      teacherToken: r.teacher_token,
      settings: JSON.parse(r.settings),
      created: r.created,
    }));
  }

  groups(classId: string): StoredGroup[] {
    const rows = this.db
      .prepare('SELECT * FROM groups WHERE class_id = ? ORDER BY rowid')
      .all(classId) as {
      class_id: string;
      name: string;
      holders: string;
      tokens: string;
      clocks: string | null;
    }[];
    return rows.map((r) => ({
      classId: r.class_id,
      name: r.name,
      holders: JSON.parse(r.holders),
      tokens: JSON.parse(r.tokens),
      ...(r.clocks ? { clocks: JSON.parse(r.clocks) } : {}),
    }));
  }

  entries(classId: string, group: string): Entry[] {
    const rows = this.db
      .prepare('SELECT entry FROM entries WHERE class_id = ? AND grp = ? ORDER BY seq')
      .all(classId, group) as { entry: string }[];
    return rows.map((r) => JSON.parse(r.entry));
  }

  /** Deletes a class with its groups and their logs. */
  deleteClass(classId: string): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM entries WHERE class_id = ?').run(classId);
      this.db.prepare('DELETE FROM groups WHERE class_id = ?').run(classId);
      this.db.prepare('DELETE FROM classes WHERE id = ?').run(classId);
    })();
  }

  close(): void {
    this.db.close();
  }
}
