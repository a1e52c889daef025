import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BySide, Policy } from '../../src/core/vocabulary';
import { playSeat, SeatClient } from '../../src/online/seat';
import type { SeatView } from '../../src/server/group';
import { createClass, headlessCode } from './helpers';
import { kill, killAll, serve } from './processes';

const dir = mkdtempSync(join(tmpdir(), 'precursor-fault-'));
const serveOn = (db: string) => serve(['--port', '0', '--db', db]);

afterAll(() => {
  killAll();
  rmSync(dir, { recursive: true, force: true });
});

const SETTINGS = { scenario: 'truce-2026', seed: 11, turns: 6, turnSeconds: 0 };
const POLICIES: BySide<Policy>[] = [
  { us: 'reciprocal', china: 'leverage' },
  { us: 'hawk', china: 'cooperative' },
  { us: 'dove', china: 'hardline' },
];
const view = (c: SeatClient) => c.view as SeatView;

describe('a server killed mid-class', () => {
  it('is started again on the same SQLite file, and every group finishes with the results of the same moves played headless', async () => {
    const db = join(dir, 'class.sqlite');
    const first = await serveOn(db);
    const { body } = await createClass(first.url, SETTINGS);
    const classId = body.classId;
    const groups = await Promise.all(
      POLICIES.map(async (_, i) => {
        const group = `group ${i + 1}`;
        const us = await SeatClient.join(first.ws, { classId, group, seat: 'us' });
        const china = await SeatClient.join(first.ws, { classId, group, seat: 'china' });
        await us.until((c) => c.token !== null && c.view !== null);
        await china.until((c) => c.token !== null && c.view !== null);
        return { group, us, china };
      }),
    );
    // Two quarters each, then mid-quarter: group 1's US has ended its turn, group 2's US has a
    // move pending, group 3 is between quarters.
    for (const [i, g] of groups.entries()) {
      const p = POLICIES[i] as BySide<Policy>;
      for (let q = 1; q <= 2; q++) {
        g.us.send('turn.auto', { policy: p.us });
        g.china.send('turn.auto', { policy: p.china });
        await g.us.until((c) => view(c).quarter === q + 1);
      }
    }
    const [g1, g2] = groups;
    if (!g1 || !g2) throw new Error('groups missing');
    g1.us.send('turn.auto', { policy: 'reciprocal' });
    await g1.us.until((c) => view(c).ended.us);
    const card = view(g2.us).turn.cards.find((c) => c.refusal === null);
    g2.us.send('move.add', { move: card?.move });
    await g2.us.until((c) => view(c).turn.pending.length === 1);
    const tokens = groups.map((g) => ({ us: g.us.token, china: g.china.token }));

    await kill(first.child);
    const second = await serveOn(db);
    const again = await Promise.all(
      groups.map(async (g, i) => {
        const join = (seat: 'us' | 'china') =>
          SeatClient.join(second.ws, {
            classId,
            group: g.group,
            seat,
            token: tokens[i]?.[seat] ?? '',
          });
        const [us, china] = [await join('us'), await join('china')];
        await us.until((c) => c.view !== null);
        await china.until((c) => c.view !== null);
        return { us, china };
      }),
    );
    // Where each game was: the quarter, the turn ended, the move pending.
    expect(again.map((g) => view(g.us).quarter)).toEqual([3, 3, 3]);
    expect(view(again[0]?.us as SeatClient).ended).toEqual({ us: true, china: false });
    expect(view(again[1]?.us as SeatClient).turn.pending).toHaveLength(1);

    await Promise.all(
      again.flatMap((g, i) => [
        playSeat(g.us, 'us', (POLICIES[i] as BySide<Policy>).us),
        playSeat(g.china, 'china', (POLICIES[i] as BySide<Policy>).china),
      ]),
    );
    const expected = POLICIES.map((p) => headlessCode(SETTINGS, p));
    expect(again.map((g) => view(g.us).code)).toEqual(expected);
    const results = (await (
      await fetch(`${second.url}/api/classes/${classId}/results`, {
        headers: { authorization: `Bearer ${body.teacherToken}` },
      })
    ).json()) as { groups: { group: string; code: string; error: string | null }[] };
    expect(results.groups.map((g) => [g.group, g.code, g.error])).toEqual(
      expected.map((code, i) => [`group ${i + 1}`, code, null]),
    );
    // The first server's clients lost their connection with it; the second's leave.
    for (const g of again) await Promise.all([g.us.leave(), g.china.leave()]);
    await kill(second.child);
  }, 60_000);
});
