import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'colyseus.js';
import { decodeReplayCode, encodeReplayCode } from '../core/code';
import { makeReplay } from '../core/replay';
import { builtInScenario } from '../core/scenarios';
import type { BySide, Policy } from '../core/vocabulary';
import { playGame } from '../machine/driver';
import { playSeat, SeatClient } from '../online/seat';
import { spawnServe } from './spawnServe';
import { percentile } from './stats';

/**
 * `npm run --silent bench:rooms -- --groups <n> [--turns <n>] [--format json]`: a class of n groups
 * played by 2n bots on loopback against `serve` in its own process, with a teacher's dashboard
 * open. Measures moves played per second over the class, the 95th percentile of the time from a
 * seat submitting its turn to the view that shows it taken (for the second seat of a quarter, the
 * next quarter's view), the server's peak resident memory, and lostMoves: moves of the same games
 * played headless that the server's logs do not hold. By default every bot submits the moment its
 * turn opens (the worst case: a whole class at once); `--spread <ms>` spreads each quarter's
 * submissions evenly over that many ms, as a class of players does. `--url <address>` measures a server already
 * running instead (its memory is then not measured).
 */
const SETTINGS = { scenario: 'truce-2026', seed: 5, turns: 8, turnSeconds: 0 };
const POLICIES: BySide<Policy> = { us: 'reciprocal', china: 'leverage' };

/** Peak resident memory of a process in MB, from Linux's /proc; null elsewhere. */
function peakRssMB(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

const movesIn = (code: string | null): number => {
  const replay = code ? decodeReplayCode(code) : null;
  if (!replay?.ok) return 0;
  return replay.value.turns.reduce((a, t) => a + (t.us?.length ?? 0) + (t.china?.length ?? 0), 0);
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      groups: { type: 'string' },
      turns: { type: 'string' },
      format: { type: 'string' },
      url: { type: 'string' },
      spread: { type: 'string' },
    },
  });
  const spread = Number(values.spread ?? 0);
  if (!Number.isFinite(spread) || spread < 0 || spread > 60_000)
    throw new Error(`--spread: '${values.spread}' is not a number of ms from 0 to 60000`);
  const groups = Number(values.groups ?? 10);
  const turns = Number(values.turns ?? SETTINGS.turns);
  if (!Number.isInteger(groups) || groups < 1 || groups > 60)
    throw new Error(`--groups: '${values.groups}' is not a number of groups from 1 to 60`);
  const settings = { ...SETTINGS, turns };
  const dir = mkdtempSync(join(tmpdir(), 'precursor-bench-'));
  // --url: a server already running (its memory is then not measured).
  const server = values.url
    ? {
        child: null,
        url: values.url.replace(/^ws/, 'http'),
        ws: values.url.replace(/^http/, 'ws'),
      }
    : await spawnServe(['--port', '0', '--db', join(dir, 'bench.sqlite')], { stderr: 'inherit' });
  try {
    const made = (await (
      await fetch(`${server.url}/api/classes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(settings),
      })
    ).json()) as { classId: string; teacherToken: string };
    const dashboard = await new Client(server.ws).joinOrCreate('class', {
      classId: made.classId,
      token: made.teacherToken,
    });
    let statuses = 0;
    dashboard.onMessage('status', () => {
      statuses += 1;
    });
    const seats = await Promise.all(
      Array.from({ length: groups }, async (_, i) => {
        const group = `group ${i + 1}`;
        const us = await SeatClient.join(server.ws, { classId: made.classId, group, seat: 'us' });
        const china = await SeatClient.join(server.ws, {
          classId: made.classId,
          group,
          seat: 'china',
        });
        return { us, china };
      }),
    );
    const start = performance.now();
    const times = (
      await Promise.all(
        // With --spread, seat k of the class waits k/clients of it before each turn, so the
        // class's submissions are spread evenly over that time, as players' are.
        seats.flatMap((g, i) => [
          playSeat(g.us, 'us', POLICIES.us, 60_000, (spread * (2 * i)) / (2 * groups)),
          playSeat(g.china, 'china', POLICIES.china, 60_000, (spread * (2 * i + 1)) / (2 * groups)),
        ]),
      )
    ).flat();
    const seconds = (performance.now() - start) / 1000;
    const rssMB = server.child ? peakRssMB(server.child.pid) : null;
    const sc = builtInScenario(settings.scenario);
    if (!sc) throw new Error('the benchmark scenario is missing');
    const headless = playGame({
      scenario: sc,
      seed: settings.seed,
      turns,
      controllers: { us: 'ai', china: 'ai' },
      policies: POLICIES,
    });
    const expected = encodeReplayCode(makeReplay(sc, settings.seed, headless.context.played));
    const codes = seats.map((g) => g.us.view?.code ?? null);
    const moves = codes.reduce((a, c) => a + movesIn(c), 0);
    const lostMoves = codes.reduce((a, c) => a + Math.max(0, movesIn(expected) - movesIn(c)), 0);
    const differ = codes.filter((c) => c !== expected).length;
    const sorted = [...times].sort((a, b) => a - b);
    const result = {
      groups,
      clients: groups * 2 + 1,
      movesPerSec: Math.round(moves / seconds),
      p95MoveMs: Math.round(percentile(sorted, 0.95) * 10) / 10,
      rssMB,
      lostMoves,
    };
    if (values.format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
    else
      process.stdout.write(
        `${groups} groups, ${result.clients} clients, ${turns} quarters: ${moves} moves in ${seconds.toFixed(1)} s (${result.movesPerSec}/s), ` +
          `p95 from a submitted turn to its update ${result.p95MoveMs} ms, server peak RSS ${rssMB} MB, ` +
          `lost moves ${lostMoves}, games unlike the headless one ${differ}, dashboard updates ${statuses}\n`,
      );
    await Promise.all(seats.flatMap((g) => [g.us.leave(), g.china.leave()]));
    await dashboard.leave();
    if (differ > 0) process.exitCode = 1;
  } finally {
    server.child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  process.stderr.write(`bench:rooms: ${e.message}\n`);
  process.exit(1);
});
