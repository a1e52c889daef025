import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Entry } from './group';
import type { Store, StoredClass, StoredGroup } from './store';

/**
 * The server's storage on one machine: classes, groups and every group's log of entries, in one
 * SQLite file. Each entry is written before it is applied, in a write-ahead log that survives the
 * process being killed, so a restarted server replays every game from its seed to where it was.
 */
export class SqliteStore implements Store {
  private db: Database.Database;
  private insertEntry: Database.Statement;
  private updateTokens: Database.Statement;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS classes (
        id TEXT PRIMARY KEY, teacher_token TEXT NOT NULL, settings TEXT NOT NULL, created INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS groups (
        class_id TEXT NOT NULL, name TEXT NOT NULL, holders TEXT NOT NULL, tokens TEXT NOT NULL,
        PRIMARY KEY (class_id, name));
      CREATE TABLE IF NOT EXISTS entries (
        class_id TEXT NOT NULL, grp TEXT NOT NULL, seq INTEGER NOT NULL, entry TEXT NOT NULL,
        PRIMARY KEY (class_id, grp, seq));
    `);
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
      .all(classId) as { class_id: string; name: string; holders: string; tokens: string }[];
    return rows.map((r) => ({
      classId: r.class_id,
      name: r.name,
      holders: JSON.parse(r.holders),
      tokens: JSON.parse(r.tokens),
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
