import { describe, expect, it } from 'vitest';
import { findRooms } from '../../src/online/address';

const page = (href: string) => {
  const u = new URL(href);
  return { protocol: u.protocol, hostname: u.hostname, origin: u.origin };
};
const answering = (status: number, body: unknown) => async (url: string) => {
  asked.push(url);
  return {
    ok: status < 300,
    json: async () => (typeof body === 'string' ? JSON.parse(body) : body),
  };
};
let asked: string[] = [];

describe('finding the rooms', () => {
  it('asks the page’s own origin, and reads null as that origin', async () => {
    asked = [];
    const found = await findRooms(
      page('http://192.168.1.23:2567/?class=x'),
      answering(200, { port: null }),
    );
    expect(asked).toEqual(['http://192.168.1.23:2567/api/rooms']);
    expect(found).toEqual({ http: 'http://192.168.1.23:2567', ws: 'ws://192.168.1.23:2567' });
  });

  it('reads a port as the rooms’ own port on the page’s host (the development server)', async () => {
    const found = await findRooms(page('http://127.0.0.1:5173/'), answering(200, { port: 2567 }));
    expect(found).toEqual({ http: 'http://127.0.0.1:2567', ws: 'ws://127.0.0.1:2567' });
    const secure = await findRooms(page('https://school.example/'), answering(200, { port: 8443 }));
    expect(secure).toEqual({
      http: 'https://school.example:8443',
      ws: 'wss://school.example:8443',
    });
  });

  it('finds none where nothing answers as the rooms (the static build, a file)', async () => {
    expect(await findRooms(page('http://127.0.0.1:4173/'), answering(404, {}))).toBeNull();
    // A static server answers every path with the page itself.
    expect(
      await findRooms(page('http://127.0.0.1:4173/'), answering(200, '<!doctype html>')),
    ).toBeNull();
    expect(
      await findRooms(page('http://127.0.0.1:4173/'), answering(200, { port: 'x' })),
    ).toBeNull();
    const refused = async () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await findRooms(page('http://127.0.0.1:4173/'), refused)).toBeNull();
    asked = [];
    expect(
      await findRooms(page('file:///tmp/precursor.html'), answering(200, { port: null })),
    ).toBeNull();
    expect(asked).toEqual([]);
  });
});
