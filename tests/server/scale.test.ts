import net, { type AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { BySide, Policy, Side } from '../../src/core/vocabulary';
import { playSeat, SeatClient } from '../../src/online/seat';
import type { SeatView } from '../../src/server/group';
import { createClass, headlessCode } from './helpers';
import { kill, killAll, type Served, serve, startRedis } from './processes';

afterAll(killAll);

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

const SETTINGS = { scenario: 'truce-2026', seed: 5, turns: 5, turnSeconds: 0 };
const POLICIES: BySide<Policy>[] = [
  { us: 'reciprocal', china: 'leverage' },
  { us: 'hawk', china: 'cooperative' },
];
const view = (c: SeatClient) => c.view as SeatView;

describe('two server processes sharing classes through Redis', () => {
  it('seat players who join through either process in the same game, answer the teacher from either, and resume a killed process at its address', async () => {
    const redis = `redis://127.0.0.1:${await freePort()}`;
    await startRedis(Number(new URL(redis).port));
    const ports = [await freePort(), await freePort()];
    const start = (port: number) => serve(['--port', String(port)], { REDIS_URL: redis });
    let a: Served = await start(ports[0] as number);
    const b = await start(ports[1] as number);
    const { body } = await createClass(a.url, SETTINGS);
    const classId = body.classId;
    // Group 1's US joins through b and China through a; group 2 sits entirely through b.
    const through: BySide<Served>[] = [
      { us: b, china: a },
      { us: b, china: b },
    ];
    const seat = async (i: number, side: Side, token?: string) => {
      const server = (through[i] as BySide<Served>)[side];
      const c = await SeatClient.join(server.ws, {
        classId,
        group: `group ${i + 1}`,
        seat: side,
        ...(token ? { token } : {}),
      });
      await c.until((s) => s.view !== null);
      return c;
    };
    const groups = [
      { us: await seat(0, 'us'), china: await seat(0, 'china') },
      { us: await seat(1, 'us'), china: await seat(1, 'china') },
    ];
    // One game, whichever process each seat came through: China sees the US's first quarter.
    for (const [i, g] of groups.entries()) {
      const p = POLICIES[i] as BySide<Policy>;
      for (let q = 1; q <= 2; q++) {
        g.us.send('turn.auto', { policy: p.us });
        g.china.send('turn.auto', { policy: p.china });
        await g.china.until((c) => view(c).quarter === q + 1);
      }
    }
    const tokens = groups.map((g) => ({ us: g.us.token ?? '', china: g.china.token ?? '' }));
    const status = async (server: Served) =>
      (await (
        await fetch(`${server.url}/api/classes/${classId}/status`, {
          headers: { authorization: `Bearer ${body.teacherToken}` },
        })
      ).json()) as { groups: { group: string; quarter: number }[] };
    // b holds no class of its own: it passes the teacher's request to a.
    expect((await status(b)).groups.map((g) => [g.group, g.quarter])).toEqual([
      ['group 1', 3],
      ['group 2', 3],
    ]);

    // a, which holds the class and its rooms, is killed, and started again at its address.
    await kill(a.child);
    a = await start(ports[0] as number);
    through[0] = { us: b, china: a };
    const again = [
      { us: await seat(0, 'us', tokens[0]?.us), china: await seat(0, 'china', tokens[0]?.china) },
      { us: await seat(1, 'us', tokens[1]?.us), china: await seat(1, 'china', tokens[1]?.china) },
    ];
    expect(again.map((g) => view(g.us).quarter)).toEqual([3, 3]);
    await Promise.all(
      again.flatMap((g, i) => [
        playSeat(g.us, 'us', (POLICIES[i] as BySide<Policy>).us),
        playSeat(g.china, 'china', (POLICIES[i] as BySide<Policy>).china),
      ]),
    );
    const expected = POLICIES.map((p) => headlessCode(SETTINGS, p));
    expect(again.map((g) => view(g.china).code)).toEqual(expected);
    const results = (await (
      await fetch(`${b.url}/api/classes/${classId}/results`, {
        headers: { authorization: `Bearer ${body.teacherToken}` },
      })
    ).json()) as { groups: { group: string; code: string }[] };
    expect(results.groups.map((g) => g.code)).toEqual(expected);
    // The first seats lost their connection with the killed process (every room of the class
    // lives in the process that holds it); the second's leave.
    for (const g of again) await Promise.all([g.us.leave(), g.china.leave()]);
  }, 90_000);
});
