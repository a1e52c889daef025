import type { GameState } from './state';

export interface Scores {
  usScore: number;
  chinaScore: number;
  /** What drove each score, for the debrief. */
  us: { lives: number; relations: number; economy: number; toughness: number };
  china: { relief: number; face: number; stability: number; cost: number; pressure: number };
}

/**
 * Both sides' scores (docs/MODEL.md explains each term). The US wants fewer deaths, to look tough
 * and a cheap policy; China wants relief, face and stability at low cost.
 */
export function scores(s: GameState): Scores {
  const L = s.ledger;
  const turns = Math.max(1, s.turn);
  const reference = (s.deathsBefore[s.deathsBefore.length - 1] ?? 1) * turns;
  const us = {
    lives: 100 * (1 - L.deathsTotal / reference),
    relations: s.relations / 5,
    economy: -L.usEconomicCost,
    toughness: Math.min(10, L.usToughness / 2),
  };
  const sanctionsNow = Object.values(s.sanctions).filter(Boolean).length;
  const china = {
    relief:
      (L.startTariff - s.tariff) / 2 +
      10 * (L.startSanctions - sanctionsNow) +
      (L.startListed && !s.listedMajorProducer ? 10 : 0) -
      (!L.startListed && s.listedMajorProducer ? 10 : 0),
    face: s.goodwill / 5,
    stability: (s.relations + 100) / 10,
    cost: -2 * L.chinaEnforcementCost,
    pressure: -L.chinaPressure,
  };
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return { usScore: r1(sum(us)), chinaScore: r1(sum(china)), us, china };
}
