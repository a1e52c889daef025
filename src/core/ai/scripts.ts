import type { Move } from '../vocabulary';
import type { Player } from './tournament';

/**
 * Fixed scripts: the same moves whatever the other side does. The tournament holds the game to
 * strategy.md §4 with them: cycling a measure buys nothing, and ignoring China is no solution.
 */
const everyQuarter =
  (moves: Move[]): Player =>
  () =>
    moves;

const alternate =
  (on: Move[], off: Move[]): Player =>
  (s) =>
    s.turn % 2 === 0 ? on : off;

export const US_SCRIPTS: Record<string, Player> = {
  /** Tariff to 5% and back to 0% every other quarter, so each cut looks like a concession. */
  tariffCycle: (s) => [{ type: 'setTariff', rate: s.tariff === 0 ? 5 : 0 }],
  /** Sanctions on chemical firms one quarter, lifted the next. */
  sanctionCycle: alternate(
    [{ type: 'sanction', target: 'chemicalFirms' }],
    [{ type: 'liftSanction', target: 'chemicalFirms' }],
  ),
  /** Never deals with China: credit, demand funding and pressure on Mexico every quarter. */
  ignoreChina: everyQuarter([
    { type: 'giveCredit' },
    { type: 'fundDemandReduction' },
    { type: 'pressMexico' },
  ]),
  /** One durable deal: the tariff cut by ten points once, at the first quarter, and held. */
  durableDeal: (s) =>
    s.turn === 0 && s.tariff > 0 ? [{ type: 'setTariff', rate: Math.max(0, s.tariff - 10) }] : [],
};
