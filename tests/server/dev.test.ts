import { resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRooms } from '../../src/online/address';
import { SeatClient } from '../../src/online/seat';
import { createClass } from './helpers';

/**
 * `npm start`: Vite's development server with the room server beside it on its own port. The
 * page asks its own origin `GET /api/rooms` where the rooms are; this starts the development
 * server as `npm start` does (the project's vite.config.ts) and follows that answer to a class.
 */
let dev: ViteDevServer;
let origin = '';

beforeAll(async () => {
  process.env.PRECURSOR_ROOMS_PORT = '0';
  process.env.PRECURSOR_DB = ':memory:';
  dev = await createServer({
    configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
    root: resolve(import.meta.dirname, '../..'),
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    // Only the server's own answers are asked for: no scan of the game's dependencies.
    optimizeDeps: { noDiscovery: true, include: [] },
    logLevel: 'silent',
  });
  await dev.listen();
  const address = dev.httpServer?.address();
  if (!address || typeof address === 'string')
    throw new Error('the development server has no port');
  origin = `http://127.0.0.1:${address.port}`;
}, 60_000);
afterAll(async () => {
  await dev?.close();
  delete process.env.PRECURSOR_ROOMS_PORT;
  delete process.env.PRECURSOR_DB;
});

describe('the development server (npm start)', () => {
  it('answers GET /api/rooms with the rooms’ own port, where a class is created and a seat joins', async () => {
    const res = await fetch(`${origin}/api/rooms`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { port: number };
    expect(Number.isInteger(body.port)).toBe(true);
    expect(body.port).not.toBe(Number(new URL(origin).port));
    const rooms = await findRooms({ protocol: 'http:', hostname: '127.0.0.1', origin });
    expect(rooms).toEqual({
      http: `http://127.0.0.1:${body.port}`,
      ws: `ws://127.0.0.1:${body.port}`,
    });
    if (!rooms) return;
    const made = await createClass(rooms.http);
    expect(made.status).toBe(201);
    const seat = await SeatClient.join(rooms.ws, {
      classId: made.body.classId,
      group: 'dev',
      seat: 'us',
    });
    await seat.until((c) => c.view !== null);
    expect(seat.view?.group).toBe('dev');
    await seat.leave();
  }, 60_000);
});
