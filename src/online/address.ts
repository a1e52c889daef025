/** Where the room server is, as the page's own origin answers `GET /api/rooms`. */
export interface RoomsAddress {
  /** http(s)://host:port, for the HTTP requests. */
  http: string;
  /** ws(s)://host:port, for the rooms. */
  ws: string;
}

/** The part of `location` the address is made from. */
export interface PageLocation {
  protocol: string;
  hostname: string;
  origin: string;
}

type Get = (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }>;

/** The address the answer `{port}` names: null is the page's own origin, a number a port of its host. */
export function addressOf(page: PageLocation, port: number | null): RoomsAddress {
  const host = page.hostname.includes(':') ? `[${page.hostname}]` : page.hostname;
  const http = port === null ? page.origin : `${page.protocol}//${host}:${port}`;
  return { http, ws: http.replace(/^http/, 'ws') };
}

/**
 * Asks the page's origin where the rooms are: `npm run serve` answers `{"port": null}` (the same
 * origin), `npm start` the rooms' own port. No answer, or not that one (the static build, the
 * single-file page), is null: there are no rooms to reach.
 */
export async function findRooms(
  page: PageLocation,
  get: Get = (url) => fetch(url, { cache: 'no-store' }),
): Promise<RoomsAddress | null> {
  if (!/^https?:$/.test(page.protocol)) return null;
  try {
    const answer = await get(`${page.origin}/api/rooms`);
    if (!answer.ok) return null;
    const body = (await answer.json()) as { port?: unknown };
    const port = body?.port;
    if (port === null) return addressOf(page, null);
    if (typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65536)
      return addressOf(page, port);
    return null;
  } catch {
    return null;
  }
}
