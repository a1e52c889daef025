import { describe, expect, it } from 'vitest';
import { expert } from '../../src/core/ai/planner';
import { US_SCRIPTS } from '../../src/core/ai/scripts';
import { beats, type Cell, PERSONALITIES, runTournament } from '../../src/core/ai/tournament';
import { builtInScenario, SCENARIO_IDS } from '../../src/core/scenarios';
import type { Side } from '../../src/core/vocabulary';

/**
 * strategy.md §4 on every shipped scenario, at a seed count CI can afford (the full 200-seed
 * tables are regenerated for docs/MODEL.md by `npm run tournament`).
 */
const SEEDS = 40;

describe.each(SCENARIO_IDS)('%s', (id) => {
  const scenario = builtInScenario(id);
  if (!scenario) throw new Error(id);
  const t = runTournament(scenario, {
    seeds: SEEDS,
    us: { ...PERSONALITIES.us, ...US_SCRIPTS },
  });
  const cell = (us: string, china: string) =>
    t.cells.find((c) => c.us === us && c.china === china) as Cell;
  const personalities = { us: Object.keys(PERSONALITIES.us), china: t.china };

  it('has no dominant personality for either side', () => {
    const only = runTournament(scenario, { seeds: SEEDS });
    expect(only.dominant).toEqual({ us: null, china: null });
  });

  it.each(['us', 'china'] as Side[])('gives every %s personality a counter', (side) => {
    const other: Side = side === 'us' ? 'china' : 'us';
    for (const p of personalities[side]) {
      const at = (q: string) => (side === 'us' ? cell(p, q) : cell(q, p));
      // Something the other side plays leaves p clearly worse off than something else it plays.
      const countered = personalities[other].some((q) =>
        personalities[other].some((r) => r !== q && beats(at(r), at(q), side)),
      );
      expect(countered, `${side} ${p}`).toBe(true);
    }
  });

  it.each(['tariffCycle', 'sanctionCycle'])(
    '%s does no better for the US than one durable deal, against every China',
    (cycle) => {
      for (const china of t.china)
        expect(beats(cell(cycle, china), cell('durableDeal', china), 'us'), china).toBe(false);
    },
  );
});

/**
 * strategy.md §4 for the planning AI: against each personality of the other side, no fixed
 * personality (nor, for the US, a fixed script such as ignoring China) does better than it by more
 * than one standard error. It plans, so it is slow: a few seeds of the shortest scenario here;
 * `npm run tournament` plays every scenario at `--expert-seeds` (docs/MODEL.md has the tables).
 */
describe('the planning AI (truce-2026)', () => {
  const EXPERT_SEEDS = 8;
  const scenario = builtInScenario('truce-2026');
  if (!scenario) throw new Error('truce-2026');

  it('does at least as well for the US as every fixed personality and script', () => {
    const t = runTournament(scenario, {
      seeds: EXPERT_SEEDS,
      us: { ...PERSONALITIES.us, ...US_SCRIPTS },
      planners: { seeds: EXPERT_SEEDS, us: { expert } },
    });
    expect(t.planners?.behind.us.expert).toEqual(Object.fromEntries(t.china.map((c) => [c, []])));
  }, 120_000);

  it('does at least as well for China as every fixed personality', () => {
    const t = runTournament(scenario, {
      seeds: EXPERT_SEEDS,
      planners: { seeds: EXPERT_SEEDS, china: { expert } },
    });
    expect(t.planners?.behind.china.expert).toEqual(Object.fromEntries(t.us.map((u) => [u, []])));
  }, 120_000);
});
