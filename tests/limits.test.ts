import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaySnapshots } from '../src/app/replay';
import { largestReplay, longestScenario, mostCrises } from '../src/cli/largest';
import { runSim } from '../src/cli/sim';
import { encodeClassCode, encodeReplayCode } from '../src/core/code';
import { LIMITS } from '../src/core/limits';
import { turnRecordSchema } from '../src/core/save';
import { parseScenario } from '../src/core/scenario';
import { SCENARIO_IDS } from '../src/core/scenarios';
import type { TurnRecord } from '../src/core/turn';
import { playGame, work } from '../src/machine/driver';
import { classResults } from '../src/machine/results';
import {
  checkClassCode,
  checkClassResults,
  checkCode,
  checkReplayFile,
  replaySize,
} from './fuzz/ways-in';
import { scenario } from './helpers';

const steps = (run: () => unknown): number => {
  const before = work.events;
  run();
  return work.events - before;
};
const inRange = (records: readonly TurnRecord[]) => {
  for (const r of records) expect(turnRecordSchema.safeParse(r).error?.issues ?? []).toEqual([]);
};

describe('the largest input each schema allows', () => {
  it.each(SCENARIO_IDS)(
    '%s: every move and every event in every quarter, as a code and as a file, plays to values a save holds',
    (id) => {
      const replay = largestReplay(scenario(id));
      const code = encodeReplayCode(replay);
      expect(code.length).toBeLessThan(LIMITS.replayCode);
      expect(checkCode(code).accepted).toBe(true);
      expect(checkReplayFile(JSON.stringify(replay)).accepted).toBe(true);
    },
  );

  it('a class code with the most crises, and a class of 60 of the largest codes', () => {
    const history = scenario('history-2018');
    const classCode = encodeClassCode({
      scenario: history.id,
      seed: 2 ** 31 - 1,
      turns: history.turns,
      turnSeconds: 3600,
      crises: mostCrises(history.turns),
    });
    expect(checkClassCode(classCode).accepted).toBe(true);
    const code = encodeReplayCode(largestReplay(history, 2 ** 31 - 1));
    const groups = Array.from(
      { length: LIMITS.classGroups },
      (_, i) => [`${'G'.repeat(LIMITS.groupName - 3)}${i}`, code] as [string, string],
    );
    expect(checkClassResults([groups, classCode]).accepted).toBe(true);
  });

  it('sim plays the largest replay of the longest scenario a file may hold', () => {
    const long = longestScenario(scenario('sandbox'));
    const dir = mkdtempSync(join(tmpdir(), 'precursor-largest-'));
    const scenarioPath = join(dir, 'longest.json');
    const replayPath = join(dir, 'largest.json');
    writeFileSync(scenarioPath, JSON.stringify(long));
    writeFileSync(replayPath, JSON.stringify(largestReplay(long)));
    const out = JSON.parse(
      runSim(['--scenario', scenarioPath, '--replay', replayPath, '--format', 'json']),
    );
    expect(out.turns).toHaveLength(LIMITS.turns);
    inRange(out.turns);
  });
});

/**
 * Work is counted in statechart events (driver's `work`), not timed: a test cannot time reliably on
 * a shared machine, and a count shows a quadratic just as well.
 */
describe('playing an input costs work in proportion to its size', () => {
  const long = longestScenario(scenario('sandbox'));
  const input = { scenario: long, seed: 1, controllers: { us: 'human', china: 'human' } } as const;

  it('the viewer plays k turns with k times the events of one', () => {
    const one = steps(() => replaySnapshots(input, largestReplay(long, 1, 1).turns));
    for (const k of [2, 5, 10, 20, LIMITS.turns]) {
      const turns = largestReplay(long, 1, k).turns;
      const spent = steps(() => replaySnapshots(input, turns));
      expect(spent, `${k} turns`).toBeLessThanOrEqual(k * one);
      expect(spent / replaySize(turns), `${k} turns`).toBeLessThan(1.5);
    }
  });

  it('class results play n groups with n times the events of one', () => {
    const code = encodeReplayCode(largestReplay(scenario('history-2018')));
    const group = (n: number) => Array.from({ length: n }, (_, i) => ({ group: `G${i}`, code }));
    const one = steps(() => classResults(group(1)));
    for (const n of [2, 10, LIMITS.classGroups])
      expect(
        steps(() => classResults(group(n))),
        `${n} groups`,
      ).toBeLessThanOrEqual(n * one);
  });
});

/** Starts and pushes far from the shipped worlds, which once ran past what a save holds. */
describe('the model keeps every accepted world within what a save holds', () => {
  it('refuses a start deadlier than any world the model knows, naming the field', () => {
    const base = scenario('sandbox');
    const deadly = {
      ...base,
      id: 'deadly',
      initial: { ...base.initial, users: 1, penetration: 0.01, deathsBefore: [1e5, 1e5, 1e5] },
    };
    const r = parseScenario(deadly, 'deadly.json');
    expect(r.ok ? '' : r.error).toMatch(/^deadly\.json: initial\.deathsBefore: 100000 deaths/);
  });

  it('keeps other producers within bounds with a new supplier every quarter, scripted and injected', () => {
    const base = longestScenario(scenario('sandbox'));
    const crowded = {
      ...base,
      initial: { ...base.initial, altSupply: 200 },
      scripted: Array.from({ length: LIMITS.turns }, (_, i) => ({
        turn: i + 1,
        events: ['indiaSupplier' as const],
      })),
    };
    const turns = Array.from({ length: LIMITS.turns }, () => ({
      inject: ['indiaSupplier' as const],
    }));
    const snapshot = playGame(
      { scenario: crowded, seed: 1, controllers: { us: 'human', china: 'human' } },
      turns,
    );
    expect(snapshot.context.history).toHaveLength(LIMITS.turns);
    inRange(snapshot.context.history);
  });
});
