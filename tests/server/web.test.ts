import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeatClient } from '../../src/online/seat';
import { classResults, createClass, deleteClass, TeacherClient } from '../../src/online/teacher';
import { type RunningServer, startServer } from '../../src/server/server';
import { SETTINGS } from './helpers';

let server: RunningServer;
const rooms = () => ({ http: server.url, ws: server.wsUrl });

beforeAll(async () => {
  server = await startServer({ db: ':memory:' });
});
afterAll(async () => {
  await server?.close();
});

describe('the page’s requests', () => {
  it('are told the rooms are on the page’s own origin', async () => {
    const res = await fetch(`${server.url}/api/rooms`);
    expect(await res.json()).toEqual({ port: null });
  });

  it('may come from another origin: the preflight is answered, and every /api/ answer says so', async () => {
    const preflight = await fetch(`${server.url}/api/classes`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'content-type, authorization',
    );
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE');
    const refused = await fetch(`${server.url}/api/classes/AbCdEfGhIjKlMnOpQrSt_-/status`);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    // The game's own files are not for other origins.
    const page = await fetch(`${server.url}/index.html`);
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the teacher’s client', () => {
  it('creates a class, sees its groups, pauses them, reads the results and deletes it', async () => {
    const made = await createClass(rooms(), SETTINGS);
    if (!made.ok) throw new Error(made.error);
    const key = made.value;
    const teacher = await TeacherClient.join(rooms(), key);
    const us = await SeatClient.join(server.wsUrl, {
      classId: key.classId,
      group: 'Table 1',
      seat: 'us',
    });
    await us.until((c) => c.view !== null);
    await new Promise<void>((done) => {
      teacher.onStatus = (groups) => groups.length === 1 && done();
    });
    expect(teacher.groups[0]?.group).toBe('Table 1');
    teacher.pause();
    await us.until((c) => c.view?.paused === true);
    teacher.resume();
    await us.until((c) => c.view?.paused === false);
    const results = await classResults(rooms(), key);
    expect(results.ok && results.value.groups.map((g) => g.group)).toEqual(['Table 1']);
    const wrong = await classResults(rooms(), { ...key, teacherToken: us.token ?? '' });
    expect(wrong.ok).toBe(false);
    await Promise.all([us.leave(), teacher.leave()]);
    expect((await deleteClass(rooms(), key)).ok).toBe(true);
    expect((await classResults(rooms(), key)).ok).toBe(false);
  });
});
