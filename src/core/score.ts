import type { GameState } from './state';

/** What drove each side's score, each term read against the no-moves world (docs/MODEL.md). */
export interface Scores {
  usScore: number;
  chinaScore: number;
  us: { lives: number; economy: number; relations: number; home: number };
  china: { relief: number; face: number; standing: number; stability: number; cost: number };
}

type Ledger = GameState['ledger'];

/**
 * Both sides' scores (strategy.md §1): each side on its own interests, neither on the other's
 * losses, and each term read against `baseline`, the same seeded world played to the same quarter
 * with no moves by either side, so 0 is what doing nothing gets. One US point is 1,000 lives
 * saved, or the equivalent in the other terms; China's points are on the same scale.
 */
export function scores(s: GameState, baseline: GameState): Scores {
  const L = s.ledger;
  const B = baseline.ledger;
  const quarters = Math.max(1, s.turn);
  const meanGap = (k: keyof Ledger) => (L[k] - B[k]) / quarters;
  const us = {
    lives: (B.deathsTotal - L.deathsTotal) / 1000,
    economy: -(L.usEconomicCost - B.usEconomicCost),
    relations: meanGap('relationsSum') / 5,
    home: L.usHome - B.usHome,
  };
  const china = {
    relief: -(L.chinaPressure - B.chinaPressure) / 10,
    face: meanGap('goodwillSum') / 5 + 3 * (L.summits - B.summits),
    standing: L.chinaStanding - B.chinaStanding,
    stability: meanGap('relationsSum') / 5,
    cost: -2 * (L.chinaEnforcementCost - B.chinaEnforcementCost),
  };
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return { usScore: r1(sum(us)), chinaScore: r1(sum(china)), us, china };
}
