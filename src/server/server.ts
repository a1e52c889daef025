import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { matchMaker, Server } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { type Clock, Hub, SYSTEM_CLOCK } from './hub';
import { MESSAGE_MAX_CHARS, parseClassSettings } from './protocol';
import { RedisStore } from './redisStore';
import { Bucket, ClassRoom, GroupRoom } from './rooms';
import { SqliteStore } from './sqliteStore';

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
  /**
   * Several processes sharing the classes: the Redis server (`redis://host:port`) that holds the
   * classes, their logs and the rooms' matchmaking. Without it, one process and its SQLite file.
   */
  redis?: string;
  /**
   * With `redis`, the `host:port` at which players reach this process (each process has its own,
   * or a load balancer routes by room). Default: `host:port` as it listens.
   */
  publicAddress?: string;
}

export const DEFAULT_RETENTION_DAYS = 30;

/** Classes the server creates in a burst, and refilled each minute: no one fills the disk. */
export const CREATIONS = { burst: 20, perMinute: 10 };

export const DEFAULT_DB = 'data/precursor.sqlite';

/** How often the server records that it is running, for the turn clocks after a restart (ms). */
const HEARTBEAT_MS = 5_000;

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

/**
 * The requests under `/api/` may come from another origin: the game under `npm start` is served
 * on Vite's port and reaches the rooms on theirs. Teacher tokens travel in the Authorization
 * header, never in cookies, so any origin may ask and none is handed a credential it lacks.
 */
export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'content-type, authorization',
  'access-control-allow-methods': 'GET, POST, DELETE',
} as const;

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
interface Routes {
  hub: Hub;
  /** The built game's folder, if it is served. */
  dist: string | null;
  creations: { take(): boolean };
  /** The address of the process that holds a class this one does not (several processes). */
  elsewhere: (classId: string) => Promise<string | null>;
}

/** Passes a teacher's request on to the process that holds the class, and its answer back. */
async function relay(
  owner: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
): Promise<void> {
  const authorization = req.headers.authorization;
  const answer = await fetch(`http://${owner}${path}`, {
    method: req.method ?? 'GET',
    headers: authorization ? { authorization } : {},
  });
  res.writeHead(answer.status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(await answer.text());
}

async function handle(
  { hub, dist, creations, elsewhere }: Routes,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname.startsWith('/api/')) {
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
  }
  // Where the rooms are, for the page: here, on the page's own origin.
  if (url.pathname === '/api/rooms' && req.method === 'GET') return json(res, 200, { port: null });
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
  const api = /^\/api\/classes\/([A-Za-z0-9_-]{22})\/(status|results)$/.exec(url.pathname);
  const classId = (one ?? api)?.[1] ?? '';
  if (classId && !hub.hasClass(classId)) {
    const owner = await elsewhere(classId);
    if (owner) return relay(owner, req, res, url.pathname);
  }
  if (one && req.method === 'DELETE') {
    const teacher = hub.teacher(classId, bearer(req));
    if (!teacher.ok) return json(res, 403, { error: teacher.error });
    hub.deleteClass(classId);
    return json(res, 200, { classId, deleted: true });
  }
  if (api && req.method === 'GET') {
    const what = api[2];
    const teacher = hub.teacher(classId, bearer(req));
    if (!teacher.ok) return json(res, 403, { error: teacher.error });
    return what === 'status'
      ? json(res, 200, {
          classId,
          settings: teacher.value,
          now: Date.now(),
          groups: hub.statuses(classId),
        })
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
 * The room engine's log: its warnings and errors on stderr, its progress notes nowhere (stdout
 * carries the one line scripts read).
 */
const QUIET = {
  debug: () => {},
  trace: () => {},
  info: () => {},
  warn: (...args: unknown[]) => console.error(...args),
  error: (...args: unknown[]) => console.error(...args),
};

/** A port nothing listens on at `host` now, for a process that must know its address before it listens. */
function freePort(host: string): Promise<number> {
  return new Promise((done, fail) => {
    const probe = net.createServer();
    probe.once('error', fail);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/** How the process keeps its classes and finds other processes' rooms: alone, or through Redis. */
async function storage(config: ServerConfig, host: string, port: number) {
  if (!config.redis)
    return { store: new SqliteStore(config.db ?? DEFAULT_DB), options: {}, shared: null };
  const shown = host.includes(':') ? `[${host}]` : host;
  const address = config.publicAddress ?? `${shown}:${port}`;
  const shared = await RedisStore.open(config.redis, address);
  const options = {
    presence: new RedisPresence(config.redis),
    driver: new RedisDriver(config.redis),
    publicAddress: address,
    // A class's rooms are made by the process that holds the class (its hub has the games).
    selectProcessIdToCreateRoom: async (_room: string, options: { classId?: unknown }) => {
      const owner =
        typeof options.classId === 'string' ? await shared.ownerOf(options.classId) : null;
      return (owner && (await shared.processAt(owner))) || matchMaker.processId;
    },
  };
  return { store: shared, options, shared: { store: shared, address } };
}

/**
 * Starts the room server: the built game and the rooms on one port. Binds to 127.0.0.1 unless a
 * host is given. Every class and game in the store is resumed before it listens: the SQLite file,
 * or with `redis` the classes this process's address holds.
 */
export async function startServer(config: ServerConfig = {}): Promise<RunningServer> {
  const host = config.host ?? '127.0.0.1';
  const wanted = config.port ?? 0;
  const listenPort = config.redis && wanted === 0 ? await freePort(host) : wanted;
  const { store, options, shared } = await storage(config, host, listenPort);
  const hub = new Hub(store, config.clock ?? SYSTEM_CLOCK);
  const retention = config.retentionDays ?? DEFAULT_RETENTION_DAYS;
  hub.expire(retention);
  const daily = setInterval(() => hub.expire(retention), 3_600_000);
  daily.unref();
  // A restarted server gives each seat the clock it had when this was last written.
  hub.heartbeat();
  const heartbeat = setInterval(() => hub.heartbeat(), HEARTBEAT_MS);
  heartbeat.unref();
  const rate = config.creations ?? CREATIONS;
  const creations = new Bucket(Date.now, { burst: rate.burst, perSecond: rate.perMinute / 60 });
  GroupRoom.hub = hub;
  ClassRoom.hub = hub;
  const routes: Routes = {
    hub,
    dist: config.dist && existsSync(config.dist) ? resolve(config.dist) : null,
    creations,
    elsewhere: async (classId) => {
      const owner = shared ? await shared.store.ownerOf(classId) : null;
      return owner && owner !== shared?.address ? owner : null;
    },
  };
  const httpServer = http.createServer((req, res) => {
    handle(routes, req, res).catch(() => json(res, 500, { error: 'server error' }));
  });
  const gameServer = new Server({
    logger: QUIET,
    transport: new WebSocketTransport({ server: httpServer, maxPayload: 16 * 1024 }),
    greet: false,
    gracefullyShutdown: false,
    ...options,
  });
  gameServer.define('group', GroupRoom).filterBy(['classId', 'group']);
  gameServer.define('class', ClassRoom).filterBy(['classId']);
  await gameServer.listen(listenPort, host);
  await shared?.store.register(matchMaker.processId);
  const port = (httpServer.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    wsUrl: `ws://${shown}:${port}`,
    port,
    hub,
    close: async () => {
      clearInterval(daily);
      clearInterval(heartbeat);
      hub.heartbeat();
      hub.stop();
      await gameServer.gracefullyShutdown(false);
      await store.close();
    },
  };
}
