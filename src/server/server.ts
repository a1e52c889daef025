import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { type Clock, Hub, SYSTEM_CLOCK } from './hub';
import { MESSAGE_MAX_CHARS, parseClassSettings } from './protocol';
import { Bucket, ClassRoom, GroupRoom } from './rooms';
import { Store } from './store';

export interface ServerConfig {
  /** Where to listen: loopback unless told otherwise. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The SQLite file; `:memory:` keeps nothing. */
  db?: string;
  /** The built game to serve (dist/); absent or missing, only the rooms are served. */
  dist?: string;
  clock?: Clock;
  /** Classes are deleted this many days after they were created (default 30). */
  retentionDays?: number;
  /** Classes created in a burst, and refilled each minute (default 20 and 10). */
  creations?: { burst: number; perMinute: number };
}

export const DEFAULT_RETENTION_DAYS = 30;

/** Classes the server creates in a burst, and refilled each minute: no one fills the disk. */
export const CREATIONS = { burst: 20, perMinute: 10 };

export const DEFAULT_DB = 'data/precursor.sqlite';

export interface RunningServer {
  /** http://host:port */
  url: string;
  /** ws://host:port, for the colyseus.js client. */
  wsUrl: string;
  port: number;
  hub: Hub;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((done) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MESSAGE_MAX_CHARS) {
        done(null);
        req.destroy();
      }
    });
    req.on('end', () => done(text));
    req.on('error', () => done(null));
  });
}

const bearer = (req: http.IncomingMessage): string =>
  /^Bearer ([A-Za-z0-9_-]{1,64})$/.exec(req.headers.authorization ?? '')?.[1] ?? '';

/**
 * The HTTP side: `POST /api/classes` creates a class (body: its settings, or a class code as a JSON
 * string) and answers its id and teacher token; `GET /api/classes/<id>/status` and `…/results`
 * answer the teacher (Authorization: Bearer <teacher token>), and `DELETE /api/classes/<id>`
 * deletes the class and its games. Anything else is a file of the built
 * game, never outside it.
 */
async function handle(
  hub: Hub,
  dist: string | null,
  creations: { take(): boolean },
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/api/classes' && req.method === 'POST') {
    if (!creations.take())
      return json(res, 429, { error: 'too many classes created just now: try again in a minute' });
    const text = await readBody(req);
    if (text === null) return json(res, 413, { error: 'body: too large or unreadable' });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return json(res, 400, { error: 'body: not valid JSON' });
    }
    const settings = parseClassSettings(body);
    if (!settings.ok) return json(res, 400, { error: settings.error });
    return json(res, 201, { ...hub.createClass(settings.value), settings: settings.value });
  }
  const one = /^\/api\/classes\/([A-Za-z0-9_-]{22})$/.exec(url.pathname);
  if (one && req.method === 'DELETE') {
    const classId = one[1] ?? '';
    const teacher = hub.teacher(classId, bearer(req));
    if (!teacher.ok) return json(res, 403, { error: teacher.error });
    hub.deleteClass(classId);
    return json(res, 200, { classId, deleted: true });
  }
  const api = /^\/api\/classes\/([A-Za-z0-9_-]{22})\/(status|results)$/.exec(url.pathname);
  if (api && req.method === 'GET') {
    const [, classId = '', what] = api;
    const teacher = hub.teacher(classId, bearer(req));
    if (!teacher.ok) return json(res, 403, { error: teacher.error });
    return what === 'status'
      ? json(res, 200, { classId, settings: teacher.value, groups: hub.statuses(classId) })
      : json(res, 200, { classId, settings: teacher.value, groups: hub.results(classId) });
  }
  if (url.pathname.startsWith('/api/')) return json(res, 404, { error: 'no such request' });
  if (!dist || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(404).end();
    return;
  }
  const path = normalize(join(dist, decodeURIComponent(url.pathname)));
  if (path !== dist && !path.startsWith(dist + sep)) {
    res.writeHead(404).end();
    return;
  }
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

/**
 * Starts the room server: the built game and the rooms on one port. Binds to 127.0.0.1 unless a
 * host is given. Every class and game in the SQLite file is resumed before it listens.
 */
export async function startServer(config: ServerConfig = {}): Promise<RunningServer> {
  const host = config.host ?? '127.0.0.1';
  const store = new Store(config.db ?? DEFAULT_DB);
  const hub = new Hub(store, config.clock ?? SYSTEM_CLOCK);
  const retention = config.retentionDays ?? DEFAULT_RETENTION_DAYS;
  hub.expire(retention);
  const daily = setInterval(() => hub.expire(retention), 3_600_000);
  daily.unref();
  const rate = config.creations ?? CREATIONS;
  const creations = new Bucket(Date.now, { burst: rate.burst, perSecond: rate.perMinute / 60 });
  GroupRoom.hub = hub;
  ClassRoom.hub = hub;
  const dist = config.dist && existsSync(config.dist) ? resolve(config.dist) : null;
  const httpServer = http.createServer((req, res) => {
    handle(hub, dist, creations, req, res).catch(() => json(res, 500, { error: 'server error' }));
  });
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: httpServer, maxPayload: 16 * 1024 }),
    greet: false,
    gracefullyShutdown: false,
  });
  gameServer.define('group', GroupRoom).filterBy(['classId', 'group']);
  gameServer.define('class', ClassRoom).filterBy(['classId']);
  await gameServer.listen(config.port ?? 0, host);
  const port = (httpServer.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    wsUrl: `ws://${shown}:${port}`,
    port,
    hub,
    close: async () => {
      clearInterval(daily);
      hub.stop();
      await gameServer.gracefullyShutdown(false);
      store.close();
    },
  };
}
