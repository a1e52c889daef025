import { Client, type Room } from 'colyseus.js';
import type { WorldEvent } from '../core/vocabulary';
import type { GroupStatus } from '../server/group';
import type { ClassSettingsInput, Holder } from '../server/protocol';
import { language, t } from '../words';
import type { RoomsAddress } from './address';

/** A class as its teacher holds it: the key to every request about it. */
export interface TeacherKey {
  classId: string;
  teacherToken: string;
}

/** What a request answered: its value, or the server's one line saying why not. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

/** A group's line of the class results, as the server builds it: what the screens use of it. */
export interface ResultLine {
  group: string;
  code: string;
  error: string | null;
}

async function request<T>(
  url: string,
  init: { method: string; token?: string; body?: unknown },
): Promise<Answer<T>> {
  try {
    const res = await fetch(url, {
      method: init.method,
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    const body = (await res.json()) as T & { error?: string };
    if (!res.ok)
      return { ok: false, error: body.error ?? t('online.answered', { status: res.status }) };
    return { ok: true, value: body };
  } catch (e) {
    return { ok: false, error: t('online.noAnswer', { reason: (e as Error).message }) };
  }
}

/** Creates a class with `settings`: its id and teacher token. */
export const createClass = (rooms: RoomsAddress, settings: ClassSettingsInput) =>
  request<TeacherKey>(`${rooms.http}/api/classes`, { method: 'POST', body: settings });

/** The class results built from every group's log, with each group's replay code. */
export const classResults = (rooms: RoomsAddress, key: TeacherKey) =>
  request<{ classId: string; settings: ClassSettingsInput; groups: ResultLine[] }>(
    `${rooms.http}/api/classes/${key.classId}/results`,
    { method: 'GET', token: key.teacherToken },
  );

/** Deletes the class, its groups and their logs. */
export const deleteClass = (rooms: RoomsAddress, key: TeacherKey) =>
  request<{ deleted: boolean }>(`${rooms.http}/api/classes/${key.classId}`, {
    method: 'DELETE',
    token: key.teacherToken,
  });

/**
 * The teacher's room of a class: the table of groups as the server sends it (`status`), and the
 * teacher's commands. `onStatus` hears every table; `onError` every refusal, in one line.
 */
export class TeacherClient {
  groups: GroupStatus[] = [];
  /** The seconds of a turn on the class's clock; 0 for none. */
  turnSeconds = 0;
  /** The server's clock less this device's, from the last table's `now`, in ms. */
  clockOffset = 0;
  onStatus: (groups: GroupStatus[]) => void = () => {};
  onError: (message: string) => void = () => {};
  onLeave: (code: number) => void = () => {};

  private constructor(private readonly room: Room) {
    room.onMessage(
      'status',
      (body: { groups: GroupStatus[]; turnSeconds: number; now: number }) => {
        this.groups = body.groups;
        this.turnSeconds = body.turnSeconds;
        this.clockOffset = body.now - Date.now();
        this.onStatus(this.groups);
      },
    );
    room.onMessage('error', (body: { message: string }) => this.onError(body.message));
    room.onLeave((code) => this.onLeave(code));
  }

  static async join(rooms: RoomsAddress, key: TeacherKey): Promise<TeacherClient> {
    const room = await new Client(rooms.ws).joinOrCreate('class', {
      classId: key.classId,
      token: key.teacherToken,
      lang: language(),
    });
    return new TeacherClient(room);
  }

  /** Pauses every group, or `group` only: no seat acts and the clocks stand still. */
  pause(group?: string): void {
    this.room.send('pause', group === undefined ? {} : { group });
  }

  resume(group?: string): void {
    this.room.send('resume', group === undefined ? {} : { group });
  }

  /** `seconds` more on this quarter's clock of every group, or of `group` only. */
  extend(seconds: number, group?: string): void {
    this.room.send('extend', group === undefined ? { seconds } : { seconds, group });
  }

  /** Ends every game where it is. */
  end(): void {
    this.room.send('end', {});
  }

  /** A world event for every group, or for `group` only. */
  inject(event: WorldEvent, group?: string): void {
    this.room.send('inject', group === undefined ? { event } : { event, group });
  }

  /** Hands `side` of `group` to the computer (a policy), or back to a person. */
  seat(group: string, side: 'us' | 'china', holder: Holder): void {
    this.room.send('seat', { group, side, holder });
  }

  /** The seat's token no longer holds it: the next person to join that side takes it. */
  release(group: string, side: 'us' | 'china'): void {
    this.room.send('release', { group, side });
  }

  leave(): Promise<number> {
    return this.room.leave(true);
  }
}
