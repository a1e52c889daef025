import { cardTitle, moveCost, moveSummary, refusalReason } from '../core/moves';
import type { GameState } from '../core/state';
import type { Ask, Move, MoveType, SanctionTarget, Side } from '../core/vocabulary';
import { moveTerm, type TermRef } from './glossary';
import { CARD_KEYS } from './keys';

/** One move on offer, as a card: a concrete Move with its cost and, if it does not fit, why. */
export interface CardView {
  /** Position in the hand, also the index into the shortcut keys. */
  index: number;
  /** The key that picks it: 1–9, 0, then letters. */
  key: string;
  move: Move;
  title: string;
  summary: string;
  /** The glossary entry that explains the card. */
  term: TermRef;
  cost: number;
  /** Why the card cannot be played now (from the core's refusalReason), or null. */
  refusal: string | null;
  /** Index of this move in the side's pending list, or -1 when not picked. */
  pendingIndex: number;
}

const roundTo5 = (x: number) => Math.max(0, Math.min(100, Math.round(x / 5) * 5));

/** Summitry is one place in the hand: attend when the other side has invited, otherwise propose. */
const summitMove = (s: GameState, side: Side): Move =>
  s.summitInvite && s.summitInvite.from !== side
    ? { type: 'attendSummit' }
    : { type: 'proposeSummit' };

/** The concrete moves a side is offered, parameters filled in from the state. */
function handMoves(s: GameState, side: Side): Move[] {
  if (side === 'us') {
    const sanctionMove = (target: SanctionTarget): Move => ({
      type: s.sanctions[target] ? 'liftSanction' : 'sanction',
      target,
    });
    return [
      { type: 'giveCredit' },
      { type: 'withholdCredit' },
      { type: 'setTariff', rate: roundTo5(s.tariff + 10) },
      { type: 'setTariff', rate: roundTo5(s.tariff - 10) },
      sanctionMove('chemicalFirms'),
      sanctionMove('forensicInstitute'),
      { type: s.listedMajorProducer ? 'delistMajorProducer' : 'listMajorProducer' },
      { type: 'shareIntelligence' },
      { type: 'fundDemandReduction' },
      { type: 'pressMexico' },
      { type: 'buildCoalition' },
      summitMove(s, side),
    ];
  }
  // A demand is offered only where there is something to ask for, and the hand keeps to the
  // sixteen places (and keys) of the grid: with all three demands open, level 3 enforcement yields.
  const asks: Ask[] = [
    ...(s.tariff > 0 ? (['tariffRelief'] as const) : []),
    ...(s.sanctions.forensicInstitute || s.sanctions.chemicalFirms
      ? (['liftSanctions'] as const)
      : []),
    ...(s.listedMajorProducer ? (['delisting'] as const) : []),
  ];
  const enforceLevels = asks.length === 3 ? [1, 2] : [1, 2, 3];
  return [
    { type: 'announceConsensus' },
    { type: 'reannounce' },
    { type: 'schedulePrecursors', count: 1 },
    { type: 'schedulePrecursors', count: 3 },
    { type: 'scheduleClass', class: 'fentanyl' },
    { type: 'scheduleClass', class: 'nitazenes' },
    { type: 'licenseExports' },
    { type: 'requireKYC' },
    ...enforceLevels.map((level): Move => ({ type: 'enforce', level })),
    { type: s.posture === 'suspended' ? 'resumeCooperation' : 'suspendCooperation' },
    ...asks.map((ask): Move => ({ type: 'demandConcession', ask })),
    { type: 'relaxEnforcement' },
    summitMove(s, side),
  ];
}

/** The side's hand: each move with what its card says (the move's own words, src/words). */
export function handFor(s: GameState, side: Side): { move: Move; title: string }[] {
  return handMoves(s, side).map((move) => ({ move, title: cardTitle(move, s) }));
}

export const sameMove = (a: Move, b: Move): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The side's cards with cost and state. A picked card is not refused (pressing it takes it back);
 * any other card carries the core's own reason when it would be refused.
 */
export function cardsFor(
  s: GameState,
  side: Side,
  pending: readonly Move[],
  offered: readonly MoveType[],
): CardView[] {
  return handFor(s, side).map(({ move, title }, index) => {
    const pendingIndex = pending.findIndex((p) => sameMove(p, move));
    return {
      index,
      key: CARD_KEYS[index] ?? '',
      move,
      title,
      summary: moveSummary(move.type),
      term: moveTerm(move.type),
      cost: moveCost(move),
      refusal: pendingIndex >= 0 ? null : refusalReason(s, side, pending, move, offered),
      pendingIndex,
    };
  });
}
