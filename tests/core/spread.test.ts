import { describe, expect, it } from 'vitest';
import {
  percentBeaten,
  percentile,
  SPREAD_SEEDS,
  type SpreadInput,
  spread,
  spreadRun,
  spreadSeeds,
  summarise,
} from '../../src/core/ai/spread';
import { scoresSoFar } from '../../src/core/baseline';
import { builtInScenario } from '../../src/core/scenarios';
import { playGame } from '../../src/machine/driver';

const truce = builtInScenario('truce-2026') ?? (undefined as never);

const input = (over: Partial<SpreadInput> = {}): SpreadInput => ({
  scenario: truce,
  turns: truce.turns,
  quarters: truce.turns,
  policies: { us: 'reciprocal', china: 'leverage' },
  injects: [],
  seeds: spreadSeeds(7, 12),
  ...over,
});

describe('percentiles', () => {
  it('interpolates between ranks of a known list (type 7)', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 100)).toBe(10);
    expect(percentile(xs, 50)).toBeCloseTo(5.5);
    expect(percentile(xs, 10)).toBeCloseTo(1.9);
    expect(percentile(xs, 90)).toBeCloseTo(9.1);
    expect(percentile([4], 90)).toBe(4);
    expect(percentile([], 50)).toBeNaN();
  });

  it('counts the share beaten, a tie as half', () => {
    const xs = [1, 2, 2, 3];
    expect(percentBeaten(xs, 0)).toBe(0);
    expect(percentBeaten(xs, 2)).toBe(50); // beats 1, ties two 2s
    expect(percentBeaten(xs, 2.5)).toBe(75);
    expect(percentBeaten(xs, 9)).toBe(100);
  });

  it('summarises runs into a band per quarter and sorted scores', () => {
    const runs = [3, 1, 2].map((k) => ({
      seed: k,
      score: { us: k, china: -k },
      deaths12m: [10 * k, 100 * k],
    }));
    const s = summarise(runs);
    expect(s.runs).toBe(3);
    expect(s.scores).toEqual({ us: [1, 2, 3], china: [-3, -2, -1] });
    expect(s.deaths12m.p50).toEqual([20, 200]);
    expect(s.deaths12m.p10[0]).toBeCloseTo(12);
    expect(s.deaths12m.p90[1]).toBeCloseTo(280);
  });
});

describe('the spread of a scenario over seeds', () => {
  it("uses 100 seeds by default, never the game's own, wrapping at the top of the range", () => {
    const seeds = spreadSeeds(41);
    expect(seeds).toHaveLength(SPREAD_SEEDS);
    expect(seeds).not.toContain(41);
    expect(new Set(seeds).size).toBe(SPREAD_SEEDS);
    expect(spreadSeeds(2 ** 31 - 1, 2)).toEqual([0, 1]);
  });

  it('is deterministic', () => {
    expect(spread(input())).toEqual(spread(input()));
  });

  it('gives each quarter a band with p10 ≤ p50 ≤ p90', () => {
    const s = spread(input());
    expect(s.runs).toBe(12);
    expect(s.deaths12m.p10).toHaveLength(truce.turns);
    s.deaths12m.p10.forEach((lo, q) => {
      expect(lo).toBeLessThanOrEqual(s.deaths12m.p50[q] ?? Number.NaN);
      expect(s.deaths12m.p50[q]).toBeLessThanOrEqual(s.deaths12m.p90[q] ?? Number.NaN);
    });
  });

  it('plays each seed as the statechart does, facilitator events and all', () => {
    const injects = [[], ['taiwanVisit'], [], ['summit']] as const;
    const policies = { us: 'hawk', china: 'hardline' } as const;
    const game = playGame(
      {
        scenario: truce,
        seed: 99,
        turns: 6,
        controllers: { us: 'ai', china: 'ai' },
        policies,
        crises: [
          { turn: 2, event: 'taiwanVisit' },
          { turn: 4, event: 'summit' },
        ],
      },
      [],
    ).context;
    expect(game.played.map((p) => p.inject)).toEqual([...injects, [], []]);
    const run = spreadRun(input({ turns: 6, quarters: 6, policies, injects }), 99);
    const s = scoresSoFar(truce, game.game, injects);
    expect(run.score).toEqual({ us: s.usScore, china: s.chinaScore });
    expect(run.deaths12m).toEqual(game.history.map((r) => r.deaths12m));
  });

  it('stops each run where an ended game stopped', () => {
    const run = spreadRun(input({ quarters: 3 }), 5);
    expect(run.deaths12m).toHaveLength(3);
  });

  it('depends on the personality in the seat: the band and scores move with it', () => {
    const standard = spread(input());
    const passive = spread(input({ policies: { us: 'passive', china: 'leverage' } }));
    expect(passive.scores.us).not.toEqual(standard.scores.us);
    expect(passive.deaths12m.p50).not.toEqual(standard.deaths12m.p50);
  });
});
