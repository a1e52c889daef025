import { describe, expect, it } from 'vitest';
import { noMovesWorld } from '../../src/core/baseline';
import type { ReplayTurn } from '../../src/core/replay';
import { type Scenario, startGame } from '../../src/core/scenario';
import { scores } from '../../src/core/score';
import { type GameState, isOver } from '../../src/core/state';
import { playTurn } from '../../src/core/turn';
import type { Move, RuleId } from '../../src/core/vocabulary';
import { scenario } from '../helpers';

/**
 * The bargaining of strategy.md §1-2, each as two seeded runs that differ in one thing, tagged by
 * the rule `npm run check:rules` switches off to watch them fail.
 */
const ruleTest = (rule: RuleId, name: string, fn: () => void) => it(`[${rule}] ${name}`, fn);

/** Plays the bare core from a scenario (random events off), scripted turns where given. */
function run(sc: Scenario, seed: number, script: ReplayTurn[] = [], turns = sc.turns): GameState[] {
  const calm = { ...sc, randomEvents: [] };
  let s = startGame(calm, seed, turns);
  const states: GameState[] = [];
  for (let i = 0; !isOver(s); i++) {
    const t = script[i] ?? {};
    s = playTurn(s, calm, { us: (t.us ?? []) as Move[], china: (t.china ?? []) as Move[] }).state;
    states.push(s);
  }
  return states;
}

const at = (turn: number, spec: ReplayTurn, n = 12): ReplayTurn[] =>
  Array.from({ length: n }, (_, i) => (i + 1 === turn ? spec : {}));
const merge = (...scripts: ReplayTurn[][]): ReplayTurn[] =>
  Array.from({ length: Math.max(...scripts.map((s) => s.length)) }, (_, i) =>
    Object.assign({}, ...scripts.map((s) => s[i] ?? {})),
  );

/** A walk-out under a 40% tariff: China needs relief badly. */
const squeezed = (truce: boolean): Scenario => {
  const base = scenario('sandbox');
  return {
    ...base,
    initial: { ...base.initial, posture: 'suspended', tariff: 40, relations: -40 },
    truce: truce ? { reassessAfter: 12 } : null,
  };
};

describe.each([3, 17, 29])('seed %i', (seed) => {
  ruleTest(
    'leverage',
    'relief that reverses a measure before it stood is a breach, not a concession',
    () => {
      const raise = at(1, { us: [{ type: 'setTariff', rate: 20 }] });
      const hasty = run(
        scenario('sandbox'),
        seed,
        merge(raise, at(2, { us: [{ type: 'setTariff', rate: 0 }] })),
      );
      const patient = run(
        scenario('sandbox'),
        seed,
        merge(raise, at(3, { us: [{ type: 'setTariff', rate: 0 }] })),
      );
      // The hasty cut costs credibility and buys no concession; the one after the raise stood does.
      expect(hasty[1]?.usCredibility).toBeLessThan((hasty[0]?.usCredibility ?? 0) - 10);
      expect(hasty[1]?.concessionsOwed).toBe(0);
      expect(patient[2]?.concessionsOwed).toBe(1);
      expect(patient[2]?.usCredibility).toBeGreaterThan(hasty[2]?.usCredibility ?? 100);
    },
  );

  ruleTest(
    'tariffs',
    'pressure with a credible path to relief brings China back to the table',
    () => {
      const withPath = run(squeezed(true), seed, [], 3);
      const without = run(squeezed(false), seed, [], 3);
      expect(withPath[0]?.posture).toBe('talks');
      expect(without.every((s) => s.posture === 'suspended')).toBe(true);
    },
  );

  ruleTest('tariffs', 'pressure with no path to relief hardens Beijing', () => {
    const withPath = run(squeezed(true), seed, [], 6);
    const without = run(squeezed(false), seed, [], 6);
    expect(without[5]?.relations).toBeLessThan((withPath[5]?.relations ?? 0) - 5);
  });

  ruleTest(
    'displacement',
    'pressure with no path to relief pushes supply to other producers',
    () => {
      // A low baseline need for relief, so only the tariff's pressure crosses the line.
      const need = (tariff: number): Scenario => {
        const sc = squeezed(false);
        return { ...sc, initial: { ...sc.initial, economicBase: 10, tariff } };
      };
      const hard = run(need(80), seed, [], 8);
      const light = run(need(0), seed, [], 8);
      expect(hard[7]?.altSupply).toBeGreaterThan((light[7]?.altSupply ?? 0) + 3);
    },
  );

  ruleTest(
    'relationship',
    'a summit attended ends a walk-out; one left unanswered does not',
    () => {
      const sc = scenario('pelosi-2022');
      const invite = at(1, { us: [{ type: 'proposeSummit' }] }, 4);
      const attended = run(
        sc,
        seed,
        merge(invite, at(2, { china: [{ type: 'attendSummit' }] }, 4)),
        4,
      );
      const snubbed = run(sc, seed, invite, 4);
      expect(attended[1]?.posture).toBe('talks');
      expect(attended[1]?.ledger.summits).toBe(1);
      expect(snubbed.every((s) => s.posture === 'suspended')).toBe(true);
      expect(snubbed[1]?.relations).toBeLessThan(attended[1]?.relations ?? 0);
    },
  );
});

describe.each([3, 17])('offers (strategy.md §3), seed %i', (seed) => {
  const offer: Move = {
    type: 'proposeOffer',
    give: [{ type: 'setTariff', rate: 0 }],
    ask: [{ type: 'requireKYC' }],
    within: 2,
  };
  const deal = (kyc: boolean): ReplayTurn[] => [
    { us: [offer] },
    { us: [{ type: 'setTariff', rate: 0 }], china: [{ type: 'acceptOffer' }] },
    kyc ? { china: [{ type: 'requireKYC' }] } : {},
    {},
  ];
  const statusOf = (s: GameState | undefined) => s?.offers.find((o) => o.id === 1)?.status;

  ruleTest('leverage', 'a deal carried out by both is kept; one side failing breaches it', () => {
    const kept = run(scenario('truce-2026'), seed, deal(true), 4);
    const broken = run(scenario('truce-2026'), seed, deal(false), 4);
    expect(statusOf(kept[0])).toBe('open');
    expect(statusOf(kept[1])).toBe('deal');
    expect(statusOf(kept[2])).toBe('kept');
    expect(statusOf(broken[3])).toBe('breached');
    expect(broken[3]?.offers.find((o) => o.id === 1)?.breachedBy).toEqual(['china']);
    expect(broken[3]?.chinaCredibility).toBeLessThan((kept[3]?.chinaCredibility ?? 0) - 20);
  });

  ruleTest(
    'tariffs',
    'an open offer of relief is a credible path: pressure brings China back',
    () => {
      const relief: Move = {
        type: 'proposeOffer',
        give: [{ type: 'setTariff', rate: 30 }],
        ask: [{ type: 'resumeCooperation' }],
        within: 2,
      };
      const offered = run(squeezed(false), seed, [{ us: [relief] }], 3);
      const silent = run(squeezed(false), seed, [], 3);
      expect(offered[0]?.posture).toBe('talks');
      expect(silent.every((s) => s.posture === 'suspended')).toBe(true);
    },
  );
});

describe('scores (strategy.md §1)', () => {
  it('read 0 for the no-moves world, and each side only on its own interests', () => {
    const sc = scenario('sandbox');
    const none = noMovesWorld(sc, 5, sc.turns);
    expect(scores(none, none)).toMatchObject({ usScore: 0, chinaScore: 0 });
    // Demand funding at home saves US lives; China's score neither gains nor loses by it.
    const funded = run(
      sc,
      5,
      at(1, { us: [{ type: 'fundDemandReduction' }] }).map(() => ({
        us: [{ type: 'fundDemandReduction' }],
      })),
    );
    const end = funded[funded.length - 1] as GameState;
    const s = scores(end, noMovesWorld({ ...sc, randomEvents: [] }, 5, sc.turns));
    expect(s.us.lives).toBeGreaterThan(1);
    expect(s.chinaScore).toBe(0);
  });
});
